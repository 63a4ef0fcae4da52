import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Definition, Root, Table } from "mdast";
import { toString as mdToString } from "mdast-util-to-string";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import { beforeAll, describe, expect, it } from "vitest";
import { runWaymark as run } from "./helpers/run-waymark.js";
import { needsShared, sharedPath } from "./helpers/shared-corpus.js";

// Each run spawns the bin through tsx, which takes seconds on a busy machine.
const SLOW = 120_000;

// The corpus is read in place, never copied into the repository.
const CORPUS = sharedPath("corpus/wg-async");
const NEEDS_CORPUS = needsShared("corpus/wg-async");

interface SourceRow {
  depth: number;
  title: string;
  emoji: string;
  bar: string;
  owners: string[];
}

const EMOJI: Record<string, string> = {
  "✅": "done",
  "🦀": "in-progress",
  "✋": "help-wanted",
  "💤": "paused",
};

/**
 * roadmap.md's overview, read on its own terms (remark-gfm, no Waymark code): the Deliverable
 * column's link text (or plain text for "tbd"), `↳` for nesting, the state emoji, the bar as
 * drawn, and owners resolved through the page's link definitions to GitHub handles.
 */
async function sourceRows(): Promise<SourceRow[]> {
  const text = await readFile(join(CORPUS, "src", "vision", "roadmap.md"), "utf8");
  const tree = unified().use(remarkParse).use(remarkGfm).parse(text) as Root;
  const defs = new Map<string, string>();
  visit(tree, "definition", (d: Definition) => {
    if (!defs.has(d.identifier)) defs.set(d.identifier, d.url);
  });
  const table = tree.children.find(
    (n): n is Table =>
      n.type === "table" && mdToString(n.children[0]!.children[0]!) === "Deliverable",
  )!;
  return table.children.slice(1).map((row) => {
    const [deliverable, state, progress, owner] = row.children;
    const link = deliverable!.children.find((c) => c.type === "linkReference" || c.type === "link");
    const owners: string[] = [];
    if (owner)
      visit(owner, "linkReference", (ref) => {
        owners.push(
          defs
            .get(ref.identifier)!
            .replace(/^https:\/\/github\.com\//, "")
            .replace(/\/$/, ""),
        );
      });
    const plain = mdToString(deliverable!);
    return {
      depth: plain.includes("↳") ? 1 : 0,
      title: link ? mdToString(link) : plain.replace(/[↳🔻\s\u00a0]+/gu, " ").trim(),
      emoji: mdToString(state!).trim(),
      bar: mdToString(progress!).trim(),
      owners,
    };
  });
}

describe("waymark status on the wg-async corpus", NEEDS_CORPUS, () => {
  let rows: SourceRow[];
  let printed: string;
  beforeAll(async () => {
    rows = await sourceRows();
    const { code, stdout, stderr } = await run("status", CORPUS);
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
    printed = stdout;
  }, SLOW);

  it("reads 36 rows from roadmap.md: 10 goals and 26 initiatives", () => {
    expect(rows).toHaveLength(36);
    expect(rows.filter((r) => r.depth === 0)).toHaveLength(10);
    expect(rows.filter((r) => r.depth === 1)).toHaveLength(26);
  });

  it("prints exactly those rows, in order, with their nesting, states, bars and owners", () => {
    const lines = printed.split("\n");
    const body = lines.slice(lines.findIndex((l) => l.startsWith("─")) + 1).filter(Boolean);
    expect(body).toHaveLength(rows.length);
    rows.forEach((row, i) => {
      const line = body[i]!;
      const deliverable = row.depth ? `  ↳ ${row.title}` : row.title;
      expect(line.startsWith(`${deliverable}  `), `${i}: ${line}`).toBe(true);
      const [state, bar, owners = ""] = line.slice(deliverable.length).trim().split(/ {2,}/);
      expect(state, line).toBe(`${row.emoji} ${EMOJI[row.emoji]!.replace("-", " ")}`);
      expect(bar, line).toBe(row.bar);
      expect(owners, line).toBe(row.owners.join(", "));
    });
  });

  it(
    "gives the same rows as JSON, with the owners' handles",
    async () => {
      const { stdout } = await run("status", CORPUS, "--json");
      const json = JSON.parse(stdout) as {
        depth: number;
        title: string;
        state: string;
        progress: { done: number; total: number };
        owners: string[];
      }[];
      expect(
        json.map((r) => [
          r.depth,
          r.title,
          r.state,
          `${r.progress.done}/${r.progress.total}`,
          r.owners,
        ]),
      ).toEqual(
        rows.map((r) => [
          r.depth,
          r.title,
          EMOJI[r.emoji],
          `${[...r.bar].filter((c) => c === "▰").length}/${[...r.bar].length}`,
          r.owners,
        ]),
      );
    },
    SLOW,
  );
});

describe("waymark check on the wg-async corpus", NEEDS_CORPUS, () => {
  it(
    "reports the corpus's defects as warnings, never errors, and exits 0",
    async () => {
      const { code, stdout } = await run("check", CORPUS, "--format", "json");
      const found = JSON.parse(stdout) as { ruleId: string; severity: string }[];
      expect(found.filter((d) => d.severity === "error")).toEqual([]);
      expect(code).toBe(0);
      const ids = new Set(found.map((d) => d.ruleId));
      for (const id of [
        "drift",
        "broken-link",
        "reference-case-mismatch",
        "template-title",
        "missing-title",
      ])
        expect(ids).toContain(id);
    },
    SLOW,
  );

  it(
    "exits 1 with --strict",
    async () => {
      const { code, stdout, stderr } = await run("check", CORPUS, "--strict");
      expect(code).toBe(1);
      // Not vacuous: the corpus loaded (a missing folder exits 1 too), and its hundreds of
      // warnings are what became errors.
      expect(stdout).not.toContain("missing-workspace");
      expect(stderr).toMatch(/ [1-9]\d{2,} errors, 0 warnings in [1-9]\d{2,} files/);
    },
    SLOW,
  );
});
