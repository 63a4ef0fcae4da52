import { cp, readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runWaymark as waymark } from "./helpers/run-waymark.js";
import { testdir } from "./helpers/testdir.js";

const EXAMPLE = join(import.meta.dirname, "..", "examples", "async-wg");

/** Every file of a folder, by relative path, as text; caches (hidden folders) left out. */
async function tree(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true }))
    if (entry.isFile()) {
      const abs = join(entry.parentPath, entry.name);
      const rel = abs.slice(dir.length + 1);
      if (!rel.startsWith(".")) out.set(rel, await readFile(abs, "utf8"));
    }
  return out;
}

/** The lines that differ between two trees, as "file:line: before → after". */
function diff(before: Map<string, string>, after: Map<string, string>): string[] {
  expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
  const out: string[] = [];
  for (const [file, text] of before) {
    const a = text.split("\n");
    const b = after.get(file)!.split("\n");
    expect(b).toHaveLength(a.length);
    a.forEach((line, i) => {
      if (line !== b[i]) out.push(`${file}:${i + 1}: ${line} → ${b[i]}`);
    });
  }
  return out.sort();
}

async function copyOfExample(): Promise<string> {
  const dir = await testdir({});
  await cp(EXAMPLE, dir, { recursive: true });
  return dir;
}

// Spawns the CLI: a longer timeout on a loaded machine.
describe("waymark slate accept on a copy of the example", { timeout: 120_000 }, () => {
  it("lists every change and writes nothing without --apply", async () => {
    const dir = await copyOfExample();
    const before = await tree(dir);
    const { code, stdout } = await waymark(
      "slate",
      "accept",
      "2024h2",
      dir,
      "--reject",
      "asm-goto",
    );
    expect(code).toBe(0);
    expect(stdout).toContain("dry run: nothing is written");
    expect(stdout).toMatch(/goals\/2024h2\/asm-goto\.md:6 +status: proposed → not-accepted\n/);
    expect(stdout).toMatch(/periods\/2024h2\.md:3 +state: draft → accepted\n/);
    expect(stdout).toContain(
      "20 goals accepted, 1 not accepted, 2 unchanged (not proposed); 22 files to write.",
    );
    expect(await tree(dir)).toEqual(before);
  });

  it("with --apply changes only the status lines of the goals and the period's state line", async () => {
    const dir = await copyOfExample();
    const before = await tree(dir);
    const { code } = await waymark(
      "slate",
      "accept",
      "2024h2",
      dir,
      "--apply",
      "--reject",
      "asm-goto",
      "offset-of",
    );
    expect(code).toBe(0);
    const changed = diff(before, await tree(dir));
    expect(changed).toHaveLength(22);
    const goals = changed.filter((l) => l.startsWith("goals/"));
    expect(goals).toHaveLength(21);
    for (const line of goals)
      expect(line).toMatch(
        /^goals\/2024h2\/[a-z0-9-]+\.md:\d+: status: proposed → status: (accepted|not-accepted)$/,
      );
    expect(goals.filter((l) => l.endsWith("not-accepted"))).toEqual([
      "goals/2024h2/asm-goto.md:6: status: proposed → status: not-accepted",
      "goals/2024h2/offset-of.md:6: status: proposed → status: not-accepted",
    ]);
    expect(changed.filter((l) => !l.startsWith("goals/"))).toEqual([
      "periods/2024h2.md:3: state: draft → state: accepted",
    ]);
    // The model agrees, and a second run has nothing left to do.
    const status = await waymark("status", dir, "--period", "2024h2", "--json");
    const rows = JSON.parse(status.stdout) as { status: string }[];
    expect(rows.filter((r) => r.status === "proposed")).toEqual([]);
    const again = await waymark("slate", "accept", "2024h2", dir, "--apply");
    expect(again.stdout).toContain("nothing to change");
    expect(diff(before, await tree(dir))).toEqual(changed);
  });

  it("refuses a goal that is not on the slate, writing nothing", async () => {
    const dir = await copyOfExample();
    const before = await tree(dir);
    const { code, stderr } = await waymark(
      "slate",
      "accept",
      "2024h2",
      dir,
      "--apply",
      "--accept",
      "asm-got",
    );
    expect(code).toBe(1);
    expect(stderr).toContain("Unexpected goal `asm-got`, expected a goal of the slate");
    expect(stderr).toContain("Did you mean `asm-goto`?");
    expect(await tree(dir)).toEqual(before);
  });
});

describe("waymark slate accept on a rust-project-goals checkout", { timeout: 120_000 }, () => {
  const goal = (title: string) =>
    `# ${title}\n\n| Metadata         |            |\n| :--------------- | ---------- |\n| Point of contact | @alice     |\n| Status           | Proposed   |\n\n## Summary\n\nText.\n`;
  it("sets the Status cell of each metadata table, keeping the column's width", async () => {
    const dir = await testdir({
      "src/2025h1/README.md": "# 2025H1\n",
      "src/2025h1/a.md": goal("A"),
      "src/2025h1/b.md": goal("B"),
    });
    const before = await tree(dir);
    const { code, stdout } = await waymark(
      "slate",
      "accept",
      "2025h1",
      dir,
      "--apply",
      "--reject",
      "2025h1.b",
    );
    expect(code).toBe(0);
    expect(stdout).toContain("Mark the period accepted in its README's status badge");
    expect(diff(before, await tree(dir))).toEqual([
      "src/2025h1/a.md:6: | Status           | Proposed   | → | Status           | Accepted   |",
      "src/2025h1/b.md:6: | Status           | Proposed   | → | Status           | Not accepted |",
    ]);
  });
});
