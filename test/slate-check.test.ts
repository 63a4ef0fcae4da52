import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runWaymark as waymark } from "./helpers/run-waymark.js";
import { needsShared, sharedPath } from "./helpers/shared-corpus.js";

const EXAMPLE = join(import.meta.dirname, "..", "examples", "async-wg");

interface Found {
  ruleId: string;
  span: { file: string; start: { line: number } };
  message: string;
}

/** `check --format json`'s findings, with the exit code. */
async function check(...args: string[]): Promise<{ code: number; found: Found[] }> {
  const { code, stdout } = await waymark("check", ...args, "--format", "json");
  return { code, found: JSON.parse(stdout) as Found[] };
}

/** Readiness findings as "rule: file stems", one line per rule: the test's list of them. */
function byRule(found: Found[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const f of found.filter((d) => d.ruleId.startsWith("readiness-"))) {
    const stem = f.span.file.replace(/^.*\//, "").replace(/\.md$/, "");
    out[f.ruleId] = [...(out[f.ruleId] ?? []), stem];
  }
  return out;
}

// Spawns the CLI: a longer timeout on a loaded machine.
describe("waymark check --period on the example's draft 2024H2 slate", { timeout: 120_000 }, () => {
  it("reviews the slate, whatever its phase, and lists what each goal lacks", async () => {
    const { code, found } = await check(EXAMPLE, "--period", "2024h2");
    expect(code).toBe(0);
    const rules = byRule(found);
    // The seed names no point of contact for these proposed goals ("Owner needed" or blank).
    expect(rules["readiness-point-of-contact"]).toEqual([
      "asm-goto",
      "codegen-features-and-compiler-options",
      "compiling-core-alloc",
      "finer-grained-infra-permissions",
      "host-contributor-event",
      "offset-of",
      "pointers-to-statics-in-constants",
      "relaxing-the-orphan-rule",
      "rfl-on-rust-ci",
      "seamless-c-support",
      "staff-team",
      "track-feature-stabilization",
    ]);
    // The example's goals are the seed's one-line rows: none has an Impact or Milestones section.
    expect(new Set(rules["readiness-empty-section"])).toHaveProperty("size", 23);
    expect(rules["readiness-empty-section"]).toHaveLength(46);
    expect(Object.keys(rules).sort()).toEqual([
      "readiness-empty-section",
      "readiness-point-of-contact",
    ]);
  });

  it("reports only the files of that slate", async () => {
    const { found } = await check(EXAMPLE, "--period", "2024h2");
    expect(found.length).toBeGreaterThan(0);
    for (const d of found) expect(d.span.file).toMatch(/^(goals\/2024h2\/|periods\/2024h2\.md$)/);
  });

  it("runs no readiness rule without --period when no slate is in review that day", async () => {
    const { found } = await check(EXAMPLE, "--date", "2024-06-10");
    expect(byRule(found)).toEqual({});
  });

  it("annotates a pull request with --format github", async () => {
    const { stdout } = await waymark("check", EXAMPLE, "--period", "2024h2", "--format", "github");
    expect(stdout).toContain(
      "::warning file=goals/2024h2/asm-goto.md,line=2,col=8,endLine=2,endColumn=30,title=readiness-point-of-contact::Unexpected proposed goal without a point of contact",
    );
  });

  it("refuses an unknown period with exit 1, as status does, and a date that does not exist with exit 2", async () => {
    const period = await waymark("check", EXAMPLE, "--period", "2030h1");
    expect(period.code).toBe(1);
    const status = await waymark("status", EXAMPLE, "--period", "2030h1");
    expect(status.code).toBe(period.code);
    expect(period.stderr).toContain("Unexpected period `2030h1`, expected one of");
    const date = await waymark("check", EXAMPLE, "--date", "2024-02-30");
    expect(date.code).toBe(2);
    expect(date.stderr).toContain("Unexpected date `2024-02-30`");
  });
});

describe("waymark check --period 2026 on the rust-project-goals corpus", {
  ...needsShared("corpus/rust-project-goals"),
  timeout: 120_000,
}, () => {
  it("lists the 2026 slate's readiness findings", async () => {
    const { found } = await check(sharedPath("corpus/rust-project-goals"), "--period", "2026");
    const lines = found
      .filter((d) => d.ruleId.startsWith("readiness-"))
      .map(
        (d) =>
          `${d.span.file.replace("src/2026/", "")} ${d.ruleId}: ${d.message.replace(/,.*/, "")}`,
      );
    expect(lines).toEqual([
      "high-level-ml.md readiness-empty-section: Missing Summary section",
      "high-level-ml.md readiness-empty-section: Missing work items",
      "interop-f80-f128.md readiness-champion: Unexpected Medium ask of team `compiler` without a champion",
      "mir-move-elimination.md readiness-champion: Unexpected Medium ask of team `compiler` without a champion",
      "mir-move-elimination.md readiness-champion: Unexpected Medium ask of team `wg-mir-opt` without a champion",
      "open-namespaces.md readiness-empty-section: Missing work items",
      "pub-priv.md readiness-empty-section: Missing work items",
      "rust-for-linux-compiler-features.md readiness-empty-section: Missing work items",
      "safe-unsafe-for-safety-critical.md readiness-empty-section: Missing work items",
    ]);
    for (const d of found) expect(d.span.file).toMatch(/^src\/2026\//);
  });
});
