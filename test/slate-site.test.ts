import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildSite } from "../src/publish/site/build-site.js";
import { testdir } from "./helpers/testdir.js";

const WORKSPACE = {
  "waymark.yaml": "group: { name: G }\npeople: { alice: }\nteams: { lang: }\n",
  "periods/2025h1.md":
    "---\nstart: 2025-01-01\nend: 2025-06-30\nphases:\n  proposals: 2024-10-01\n  review: 2024-11-15\n  rfc: 2024-12-01\n---\n\nThe slate.\n",
  "goals/a.md":
    "---\ntitle: A\nperiod: 2025h1\nstatus: proposed\nowners: alice\nteams: { lang: Design meeting }\n---\n\n## Impact\n\nSomething.\n",
};

async function periodPage(files: Record<string, string>, date: string): Promise<string> {
  const dir = await testdir(files);
  const out = await testdir({});
  const result = await buildSite({ dir, out, date });
  expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  return readFile(join(out, "periods/2025h1/index.html"), "utf8");
}

/** The cycle table's rows as "Phase | date | current?" lines. */
function cycleRows(html: string): string[] {
  const table = html.slice(html.indexOf('id="slate-cycle"'));
  return [...table.matchAll(/<tr class="phase-(\w+)" data-phase="(\w+)"[^>]*>.*?<\/tr>/gs)].map(
    ([row, status, id]) =>
      `${id} ${status}${row.includes('aria-current="step"') ? " current" : ""} ${/dateTime="([\d-]+)"/i.exec(row!)?.[1] ?? "—"}`,
  );
}

describe("the period page shows the slate's cycle", () => {
  it("marks the phase of the build date", async () => {
    const html = await periodPage(WORKSPACE, "2024-11-20");
    expect(html).toContain("Current phase: Review.");
    expect(cycleRows(html)).toEqual([
      "proposals past 2024-10-01",
      "review current current 2024-11-15",
      "rfc upcoming 2024-12-01",
      "accepted upcoming —",
      "running upcoming 2025-01-01",
      "closed upcoming 2025-07-01",
    ]);
  });

  it("has no cycle section when nothing dates a phase", async () => {
    const html = await periodPage(
      { ...WORKSPACE, "periods/2025h1.md": "---\ntitle: 2025H1\n---\n" },
      "2024-11-20",
    );
    expect(html).not.toContain('id="slate-cycle"');
  });

  it("shows a slate in review: what each goal lacks, and what each team is asked", async () => {
    const html = await periodPage(WORKSPACE, "2024-11-20");
    const review = html.slice(html.indexOf('id="slate-review"'));
    expect(review).toContain("0 of 1 goals ready.");
    expect(review).toMatch(/<tr data-ready="no">.*?>A<\/a>.*?Missing Milestones section/s);
    expect(review).toMatch(/id="asks-lang".*?\(1 ask\).*?>A<\/a>.*?<td>Design meeting<\/td>/s);
  });

  it("has no review section once the review is over", async () => {
    const html = await periodPage(WORKSPACE, "2024-12-05");
    expect(html).not.toContain('id="slate-review"');
  });
});
