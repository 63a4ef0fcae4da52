import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Element, Root } from "hast";
import rehypeParse from "rehype-parse";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import { describe, expect, it } from "vitest";
import { runPipeline } from "../src/pipeline/run-pipeline.js";
import { buildSite } from "../src/publish/site/build-site.js";
import { renderSlateRfc } from "../src/render/slate-rfc/render-slate-rfc.js";
import { findPeriod } from "../src/render/status/known-periods.js";
import { runWaymark as waymark } from "./helpers/run-waymark.js";
import { needsShared, sharedPath } from "./helpers/shared-corpus.js";
import { testdir } from "./helpers/testdir.js";

const EXAMPLE = join(import.meta.dirname, "..", "examples", "async-wg");
const parser = unified().use(rehypeParse);

const text = (el: Element): string =>
  el.children
    .map((c) => (c.type === "text" ? c.value : c.type === "element" ? text(c) : ""))
    .join("")
    .replace(/\s+/g, " ")
    .trim();

/** The period page's goal rows, in page order, as "title | teams" (teams by name, comma-joined). */
function pageRows(html: string): string[] {
  const rows: string[] = [];
  visit(parser.parse(html) as Root, "element", (table: Element) => {
    if (table.tagName !== "table" || !String(table.properties.className ?? "").includes("slate"))
      return;
    visit(table, "element", (tr: Element) => {
      if (tr.tagName !== "tr" || tr.properties.dataStatus === undefined) return;
      const cells = tr.children.filter((c): c is Element => c.type === "element");
      rows.push(`${text(cells[0]!)} | ${text(cells[3]!)}`);
    });
  });
  return rows;
}

/** The RFC's goal-table rows (Goal | Point of contact | Teams | Status), as "title | teams". */
function rfcGoalRows(markdown: string): string[] {
  return markdown
    .split("\n")
    .filter((l) => l.startsWith("| ") && l.split(" | ").length === 4 && !/^\| (Goal|---) /.test(l))
    .map((l) => {
      const [goal, , teams] = l.slice(2, -2).split(" | ");
      return `${goal!.replace(/\\(.)/g, "$1")} | ${teams}`;
    });
}

/** The RFC's team totals: team name → number of goals asking it. */
function rfcTeamGoals(markdown: string): Record<string, number> {
  const start = markdown.indexOf("## Team asks");
  const section = markdown.slice(start, markdown.indexOf("\n### ", start));
  const out: Record<string, number> = {};
  for (const line of section.split("\n").filter((l) => /^\| (?!Team |---)/.test(l))) {
    const [team, goals] = line.slice(2, -2).split(" | ");
    out[team!] = Number(goals);
  }
  return out;
}

/**
 * Per team, how many goals of the page (those on the slate, not those not accepted) name it: a
 * goal listed under two roadmaps is one goal.
 */
function pageTeamGoals(rows: string[], notAccepted: number): Record<string, number> {
  const out: Record<string, number> = {};
  for (const row of new Set(rows.slice(0, rows.length - notAccepted)))
    for (const team of row.split(" | ")[1]!.split(", ").filter(Boolean))
      out[team] = (out[team] ?? 0) + 1;
  return out;
}

async function compare(dir: string, period: string, pagePath: string) {
  const out = await testdir({});
  const built = await buildSite({ dir, out, date: "2026-11-30" });
  expect(built.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  const page = pageRows(await readFile(join(out, pagePath), "utf8"));
  const { workspace } = await runPipeline(dir, { check: false });
  const rfc = renderSlateRfc(workspace, findPeriod(workspace, period)!);
  const notAccepted = workspace.items.filter(
    (i) => i.period === period && !i.parent && i.status === "not-accepted",
  ).length;
  return { page, rfc, notAccepted };
}

describe("waymark slate rfc: the same tables as the period page", { timeout: 180_000 }, () => {
  it("the example's 2024H2 slate", async () => {
    const { page, rfc, notAccepted } = await compare(
      EXAMPLE,
      "2024h2",
      "periods/2024h2/index.html",
    );
    expect(page).toHaveLength(23);
    expect(rfcGoalRows(rfc)).toEqual(page);
    expect(rfcTeamGoals(rfc)).toEqual(pageTeamGoals(page, notAccepted));
    expect(rfc).toContain("### Async fn everywhere\n\n*Extend Rust's async support");
    expect(rfc).toContain("Total: 11 asks from 11 goals.");
  });

  it(
    "the rust-project-goals corpus's 2026 slate",
    needsShared("corpus/rust-project-goals"),
    async () => {
      const corpus = sharedPath("corpus/rust-project-goals");
      const { page, rfc, notAccepted } = await compare(corpus, "2026", "periods/2026/index.html");
      expect(page.length).toBeGreaterThan(70);
      expect(rfcGoalRows(rfc)).toEqual(page);
      expect(rfcTeamGoals(rfc)).toEqual(pageTeamGoals(page, notAccepted));
      expect(rfc).toMatch(/## Champions\n\n\| Goal \| Team \| Champion \|/);
    },
  );

  it("writes one team's part with --team, and refuses an unknown team", async () => {
    const { code, stdout } = await waymark("slate", "rfc", "2024h2", EXAMPLE, "--team", "libs-api");
    expect(code).toBe(0);
    expect(stdout).toMatch(/^# The 2024H2 goal slate: what the slate asks of Libs-API\n/);
    expect(stdout).toContain("Total: 4 asks from 4 goals.");
    expect(rfcGoalRows(stdout)).toHaveLength(4);
    const bad = await waymark("slate", "rfc", "2024h2", EXAMPLE, "--team", "libs-apj");
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("Unexpected team `libs-apj`");
    expect(bad.stderr).toContain("Did you mean `libs-api`?");
  });

  it("escapes what a file says inside a table cell", async () => {
    const dir = await testdir({
      "waymark.yaml": "group: { name: G }\nteams: { lang: }\n",
      "periods/2025h1.md": "---\ntitle: 2025H1\n---\n",
      "goals/a.md":
        '---\ntitle: "A | B <script>"\nperiod: 2025h1\nstatus: proposed\nstate: help-wanted\nteams: { lang: "Design | meeting" }\n---\n',
    });
    const { workspace } = await runPipeline(dir, { check: false });
    const rfc = renderSlateRfc(workspace, findPeriod(workspace, "2025h1")!);
    expect(rfc).toContain("| A \\| B \\<script\\> | *Owner needed* | lang | proposed |");
    expect(rfc).toContain("| A \\| B \\<script\\> | Design \\| meeting |");
  });
});
