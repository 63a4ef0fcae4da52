import { describe, expect, it } from "vitest";
import { runBin, runWaymark } from "./helpers/run-waymark.js";
import { testdir } from "./helpers/testdir.js";

const CONFIG = "group: { name: G }\npeople:\n  alice:\n";

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the real CLI (`waymark check <dir>`) in a child process on an inline file tree. */
async function check(
  files: Record<string, string | Uint8Array>,
  cli = runWaymark,
): Promise<Outcome> {
  return cli("check", await testdir({ "waymark.yaml": CONFIG, ...files }));
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

  it("a YAML syntax error, through bin/waymark.js itself", async () => {
    const outcome = await check({ "goals/a.md": "---\ntitle: A\nstate: done: yes\n---\n" }, runBin);
    expectOneLine(outcome, "goals/a.md:3:8", "yaml-syntax");
  }, 60_000);

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
