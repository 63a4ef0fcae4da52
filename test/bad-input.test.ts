import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { testdir } from "./helpers/testdir.js";

const ROOT = join(import.meta.dirname, "..");
const run = promisify(execFile);

const CONFIG = "group: { name: G }\npeople:\n  alice:\n";

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the real CLI, `node bin/waymark.js check <dir>`, on an inline file tree. */
async function check(files: Record<string, string | Uint8Array>): Promise<Outcome> {
  const dir = await testdir({ "waymark.yaml": CONFIG, ...files });
  try {
    const { stdout, stderr } = await run(process.execPath, ["bin/waymark.js", "check", dir], {
      cwd: ROOT,
      maxBuffer: 16 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    return { code, stdout, stderr };
  }
}

/** Exit 1, the diagnostic on one line at `where`, every output line a diagnostic, no stack trace. */
function expectOneLine(outcome: Outcome, where: string, ruleId: string): void {
  const lines = outcome.stdout.split("\n").filter(Boolean);
  const line = lines.find((l) => l.startsWith(`${where}: error: `));
  expect(line, outcome.stdout + outcome.stderr).toBeDefined();
  expect(line).toMatch(new RegExp(`^${where}: error: .+ \\[${ruleId}\\]( — .+)?$`));
  for (const l of lines) expect(l).toMatch(/^\S+:\d+:\d+: (error|warning|info): /);
  expect(`${outcome.stdout}\n${outcome.stderr}`).not.toMatch(/^\s+at /m);
  expect(outcome.code).toBe(1);
}

describe("bad input gives a one-line diagnostic and exit 1, never a stack trace", () => {
  it("a YAML syntax error", async () => {
    const outcome = await check({ "goals/a.md": "---\ntitle: A\nstate: done: yes\n---\n" });
    expectOneLine(outcome, "goals/a.md:3:8", "yaml-syntax");
  });

  it("an unknown state", async () => {
    const outcome = await check({
      "goals/a.md": "---\ntitle: A\nowners: alice\nstate: finished\n---\n",
    });
    expectOneLine(outcome, "goals/a.md:4:8", "invalid-value");
    expect(outcome.stdout).toContain("expected one of done, in-progress, help-wanted, paused");
  });

  it("an owner who is not among the people", async () => {
    const outcome = await check({
      "goals/a.md": "---\ntitle: A\nstate: in-progress\nowners: [alice, zed]\n---\n",
    });
    expectOneLine(outcome, "goals/a.md:4:17", "unknown-person");
  });

  it("a link to a missing file", async () => {
    const outcome = await check({
      "goals/a.md":
        "---\ntitle: A\nstate: help-wanted\n---\n\n## Impact\n\nSee [the plan](./plan.md).\n",
    });
    expectOneLine(outcome, "goals/a.md:8:5", "broken-link");
  });

  it("a binary file", async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode("---\ntitle: A\n---\n"), 0, 1, 2]);
    expectOneLine(await check({ "goals/a.md": bytes }), "goals/a.md:1:1", "binary-file");
  });

  it("an empty goal file", async () => {
    expectOneLine(await check({ "goals/a.md": "" }), "goals/a.md:1:1", "empty-file");
  });

  it("a 5 MB file", async () => {
    const big = `---\ntitle: Big\nstate: help-wanted\n---\n${"x".repeat(80)}\n`.repeat(60_000);
    expect(big.length).toBeGreaterThan(5_000_000);
    expectOneLine(await check({ "goals/big.md": big }), "goals/big.md:1:1", "file-too-large");
  });

  it("a file with a byte-order mark, whose columns do not count it", async () => {
    const outcome = await check({
      "goals/a.md": "\uFEFF---\ntitle: A\nowners: alice\nstate: bogus\n---\n\nSee [b](b.md).\n",
    });
    expectOneLine(outcome, "goals/a.md:4:8", "invalid-value");
    expectOneLine(outcome, "goals/a.md:7:5", "broken-link");
  });

  it("CRLF line endings", async () => {
    const outcome = await check({
      "goals/a.md":
        "---\r\ntitle: A\r\nowners: alice\r\nstate: bogus\r\n---\r\n\r\n## Impact\r\n\r\nSee [b](b.md) now.\r\n",
    });
    expectOneLine(outcome, "goals/a.md:4:8", "invalid-value");
    expectOneLine(outcome, "goals/a.md:9:5", "broken-link");
  });
});
