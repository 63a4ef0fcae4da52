import { readFileSync } from "node:fs";
import { cp, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { Seed } from "./github/seed-store.js";
import { type FakeGitHub, startFakeGitHub } from "./github/start-fake-github.js";
import { fakeGitHubEnv, runWaymarkWith } from "./helpers/run-waymark.js";
import { testdir } from "./helpers/testdir.js";

const ASYNC_WG = JSON.parse(readFileSync("test/github/seeds/async-wg.json", "utf8")) as Seed;
const TOKEN = "ghp_triage0test0token";
const ENV = fakeGitHubEnv(TOKEN);

let gh: FakeGitHub | undefined;
afterEach(async () => {
  await gh?.close();
  gh = undefined;
});

const waymark = (...args: string[]) => runWaymarkWith(ENV, ...args);

const labelWrites = (server: FakeGitHub) =>
  server.log.filter((r) => r.kind === "rest" && r.path.includes("/labels"));

describe("waymark triage on examples/async-wg against the local GitHub", {
  timeout: 240_000,
}, () => {
  it("reports limits, stalls and ranked moves; --apply moves labels once; check reports the rules", async () => {
    gh = await startFakeGitHub({ seed: ASYNC_WG, token: TOKEN });
    const dir = await mkdtemp(join(tmpdir(), "waymark-triage-"));
    await cp("examples/async-wg", dir, { recursive: true });
    const api = ["--api-url", gh.url];
    expect((await waymark("triage", dir)).stderr).toContain("No triage area in the sync cache yet");
    const synced = await waymark("sync", dir, ...api);
    expect(synced.stdout).toContain("62 open issues of the triage area");

    const human = await waymark("triage", dir, "--date", "2024-08-01");
    expect(human.code).toBe(0);
    expect(human.stdout).toContain(
      "Focus 4 (limit 3–5, 1 moving) · OnDeck 16/25 · Other 20 · Uncategorised 22",
    );
    expect(human.stdout).toMatch(/rust-lang\/rust#60037 .* unassigned {2}idle 91 days ● stalled/);
    expect(human.stdout).toContain("OnDeck → Focus: 1 focus issue moving, below the minimum of 3");
    expect(human.stdout).toMatch(
      /score [\d.]+ = age [\d.]+ \(\d+ days old\) \+ reactions [\d.]+ \(\d+ reactions\) \+ goal 0 \(no roadmap item links it\) \+ assignee [03] \(/,
    );
    expect(human.stdout).toContain("Would write 22 label changes on 11 issues (dry run");

    const json = JSON.parse(
      (await waymark("triage", dir, "--date", "2024-08-01", "--json")).stdout,
    );
    expect(json.limits).toEqual({
      focus: { count: 4, active: 1, min: 3, max: 5 },
      onDeck: { count: 16, limit: 25 },
    });
    expect(json.piles.uncategorised).toHaveLength(22);
    expect(json.suggestions.map((s: { to: string }) => s.to)).toEqual([
      "focus",
      ...Array(10).fill("on-deck"),
    ]);
    const totals = json.suggestions
      .slice(1)
      .map((s: { score: { total: number } }) => s.score.total);
    expect(totals).toEqual([...totals].sort((a: number, b: number) => b - a));
    expect(json.findings.map((f: { ruleId: string }) => f.ruleId).sort()).toEqual([
      "focus-stalled",
      "focus-stalled",
      "focus-stalled",
      "focus-unassigned",
      "focus-under-limit",
    ]);

    const github = (
      await waymark("triage", dir, "--date", "2024-08-01", "--format", "github")
    ).stdout
      .trim()
      .split("\n");
    expect(github.filter((l) => l.startsWith("::warning file=waymark.yaml,"))).toHaveLength(5);
    expect(github.filter((l) => l.startsWith("::notice title=triage-suggestion::"))).toHaveLength(
      11,
    );

    const rustbot = await waymark(
      "triage",
      dir,
      "--date",
      "2024-08-01",
      "--move",
      "60037:on-deck",
      "--rustbot",
    );
    expect(rustbot.stdout).toBe(
      "https://github.com/rust-lang/rust/issues/60037\n@rustbot label +AsyncAwait-OnDeck -AsyncAwait-Focus\n",
    );
    expect(labelWrites(gh)).toEqual([]);

    const applied = await waymark("triage", dir, "--date", "2024-08-01", "--apply", ...api);
    expect(applied.code).toBe(0);
    expect(applied.stdout).toContain(
      "✔ 22 label changes written, each logged in the cache (run 1).",
    );
    expect(labelWrites(gh)).toHaveLength(22);
    const again = await waymark("triage", dir, "--date", "2024-08-01", "--apply", ...api);
    expect(again.stdout).toContain("Nothing to write");
    expect(labelWrites(gh)).toHaveLength(22);

    const check = await waymark("check", dir);
    expect(check.stdout).toContain("[focus-unassigned]");
    expect(check.stdout).toContain("[focus-stalled]");
    expect(`${human.stdout}${check.stdout}${applied.stdout}`).not.toContain(TOKEN);
  });

  it("says in one line what is missing or wrong, with exit 2", async () => {
    const bare = await testdir({ "waymark.yaml": "group: { name: G }\n" });
    const noConfig = await waymark("triage", bare);
    expect(noConfig.code).toBe(2);
    expect(noConfig.stderr).toContain("Unexpected workspace without `triage:`");
    const badDate = await waymark("triage", bare, "--date", "2024-02-30");
    expect(badDate).toMatchObject({ code: 2 });
    expect(badDate.stderr).toContain(
      'unexpected --date "2024-02-30", expected a date as YYYY-MM-DD',
    );
  });
});
