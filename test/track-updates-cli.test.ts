import { execFile } from "node:child_process";
import { appendFile, cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Seed } from "./github/seed-store.js";
import { type FakeGitHub, startFakeGitHub } from "./github/start-fake-github.js";
import { COMPILED_CLI } from "./helpers/compiled-cli.js";

const EXAMPLE = join(import.meta.dirname, "..", "examples", "async-wg");
const SEED = join(import.meta.dirname, "github", "seeds", "async-wg.json");

function waymark(args: string[], token?: string) {
  const env: Record<string, string> = { PATH: "/nonexistent", HOME: "/nonexistent", NO_COLOR: "1" };
  if (token) env.GITHUB_TOKEN = token;
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(process.execPath, [COMPILED_CLI, ...args], { env }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
    );
  });
}

let gh: FakeGitHub;
let dir: string;

// The example workspace with a four-week cadence, synced once from the seeded local GitHub.
beforeAll(async () => {
  gh = await startFakeGitHub({ seed: JSON.parse(await readFile(SEED, "utf8")) as Seed });
  dir = join(await mkdtemp(join(tmpdir(), "waymark-updates-")), "ws");
  await cp(EXAMPLE, dir, { recursive: true });
  await appendFile(join(dir, "waymark.yaml"), "\nupdates:\n  every: 4 weeks\n");
  const sync = await waymark(["sync", dir, "--api-url", gh.url], gh.token);
  expect(sync.code).toBe(0);
}, 120_000);
afterAll(async () => gh?.close());

describe("updates and reminders from the synced example", { timeout: 60_000 }, () => {
  it("`updates` prints each goal's updates in the window, help wanted, and 'no update' lines", async () => {
    const run = await waymark(["updates", dir, "--from", "2024-10-01", "--to", "2024-10-31"]);
    expect(run.code).toBe(0);
    const text = run.stdout;
    expect(text).toMatch(
      /^# Async Foundations Working Group: updates from 2024-10-01 to 2024-10-31\n/,
    );
    const section = (title: string) => {
      const start = text.indexOf(` ${title}\n`);
      expect(start).toBeGreaterThan(0);
      return text.slice(start, text.indexOf("\n#", start + 1));
    };
    const fnEverywhere = section("Async fn everywhere");
    expect(fnEverywhere).toContain(
      "- 2024-10-09 @tmandry: implementation halfway, tests landing (update 3 on Async fn everywhere). ([comment](https://github.com/rust-lang/wg-async/issues/201#issuecomment-",
    );
    expect(fnEverywhere).toContain("- **Help wanted:** a reviewer for the next step.");
    expect(fnEverywhere).not.toContain("2024-11-");
    expect(section("Boxable async functions")).toContain(
      "_No update from 2024-10-01 to 2024-10-31._",
    );
    // The seed's formatted update: its marker line is the TL;DR, its HTML never comes through.
    expect(text).not.toMatch(/<details>|<b>/);
  });

  it("counts a non-owner's comment with the marker as an update", async () => {
    const run = await waymark(["updates", dir, "--from", "2024-07-01", "--to", "2024-12-31"]);
    expect(run.stdout).toMatch(
      /@traviscross: \w[^\n]* has no owner yet; interest is being collected on Zulip\./,
    );
    expect(run.stdout).toContain("- **Help wanted:** someone to own this goal.");
  });

  it("`remind` prints one digest per owner of the items due on the date, and --json the same", async () => {
    const before = gh.log.length;
    const run = await waymark(["remind", dir, "--date", "2024-11-15"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("## @tmandry: 1 item needs an update\n");
    expect(run.stdout).toContain(
      "- [Async fn everywhere](https://github.com/rust-lang/wg-async/issues/201): last update [2024-10-10](",
    );
    expect(run.stdout).toContain("due 2024-11-07 (8 days ago); updates every 4 weeks.");
    const json = JSON.parse(
      (await waymark(["remind", dir, "--date", "2024-11-15", "--json"])).stdout,
    );
    const tmandry = json.digests.find((d: { owner: string }) => d.owner === "tmandry");
    expect(tmandry.items).toEqual([
      expect.objectContaining({ id: "async-fn-everywhere", due: "2024-11-07", overdueDays: 8 }),
    ]);
    expect(tmandry.markdown).toContain("## @tmandry: 1 item needs an update");
    expect(json.unowned.length).toBeGreaterThan(0);
    // Never a request to GitHub, let alone a write: it reads the cache.
    expect(gh.log.length).toBe(before);
  });

  it("`check` reports stale-update from the cache, and not before a sync", async () => {
    const run = await waymark(["check", dir]);
    expect(run.stdout).toMatch(
      /goals\/async-fn-everywhere\.md:\d+:\d+: warning: Unexpected last update on rust-lang\/wg-async#201 on 2024-\d\d-\d\d, expected one every 4 weeks \(due 20\d\d-\d\d-\d\d\) \[stale-update\]/,
    );
    const fresh = await waymark(["check", EXAMPLE]);
    expect(fresh.stdout).not.toContain("stale-update");
  });

  it("refuses bad dates and a reversed window with exit 2, naming the option", async () => {
    const bad = await waymark(["updates", dir, "--from", "2024-02-30", "--to", "2024-03-31"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(
      'waymark updates --from "2024-02-30": Unexpected "2024-02-30", expected a date as YYYY-MM-DD that exists',
    );
    const reversed = await waymark(["updates", dir, "--from", "2024-11-01", "--to", "2024-10-01"]);
    expect(reversed.code).toBe(2);
    expect(reversed.stderr).toContain("Unexpected --from after --to");
    const remind = await waymark(["remind", dir, "--date", "yesterday"]);
    expect(remind.code).toBe(2);
    expect(remind.stderr).toContain('waymark remind --date "yesterday"');
    const missing = await waymark(["updates", dir, "--from", "2024-10-01"]);
    expect(missing.code).toBe(2);
  });

  it("says a sync is needed when there is no cache, with exit 2", async () => {
    const empty = await mkdtemp(join(tmpdir(), "waymark-updates-"));
    await writeFile(join(empty, "waymark.yaml"), "group: { name: G }\n");
    const run = await waymark(["remind", empty]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("expected one written by `waymark sync`");
  });
});
