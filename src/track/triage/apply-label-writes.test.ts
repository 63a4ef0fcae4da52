import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import type { Seed } from "../../../test/github/seed-store.js";
import { type FakeGitHub, startFakeGitHub } from "../../../test/github/start-fake-github.js";
import { findIssueByRef } from "../../../test/github/store.js";
import { readTrackCache } from "../../../test/helpers/read-track-cache.js";
import { testdir } from "../../../test/helpers/testdir.js";
import { runPipeline } from "../../pipeline/run-pipeline.js";
import { openCache } from "../cache/open-cache.js";
import { githubForge } from "../github/github-forge.js";
import { syncWorkspace } from "../sync-workspace.js";
import { applyLabelWrites } from "./apply-label-writes.js";
import { assessWorkspace } from "./assess-workspace.js";
import { planLabelWrites } from "./plan-label-writes.js";

const ASYNC_WG = JSON.parse(readFileSync("test/github/seeds/async-wg.json", "utf8")) as Seed;
const CONFIGURED = ["AsyncAwait-Focus", "AsyncAwait-OnDeck", "AsyncAwait-Other"];
const DATE = new Date("2024-08-01T12:00:00Z");

let gh: FakeGitHub | undefined;
afterEach(async () => {
  await gh?.close();
  gh = undefined;
});

async function setUp() {
  gh = await startFakeGitHub({ seed: ASYNC_WG });
  const dir = await testdir({
    "waymark.yaml": `group: { name: G }
triage:
  repositories: [rust-lang]
  area-label: A-async-await
  labels: { focus: AsyncAwait-Focus, on-deck: AsyncAwait-OnDeck, other: AsyncAwait-Other }
  focus-limit: 3-5
  on-deck-limit: 20
`,
  });
  const server = gh;
  const forge = githubForge({
    token: server.token,
    apiUrl: server.url,
    retryBaseMs: 1,
    writeGapMs: 0,
  });
  const open = async () => {
    const { workspace, facts } = await runPipeline(dir, { check: false });
    return { workspace, facts, db: (await openCache(dir, { create: true }))! };
  };
  {
    const { workspace, db } = await open();
    await syncWorkspace(workspace, forge, db, { apiHost: "fake" });
    await db.destroy();
  }
  /** The suggested moves' writes from what the cache says now, as `triage --apply` plans them. */
  const plan = async () => {
    const { workspace, facts, db } = await open();
    const report = assessWorkspace(workspace, facts, DATE)!;
    const moves = report.suggestions.map((s) => ({ issue: s.issue.key, to: s.to as "focus" }));
    return { db, ...planLabelWrites(moves, facts.area!, workspace.config.triage!) };
  };
  return { dir, server, forge, plan };
}

const labelWrites = (server: FakeGitHub) =>
  server.log.filter((r) => r.kind === "rest" && r.path.includes("/labels"));

describe("triage --apply's writes against the local GitHub", () => {
  it("moves only the configured labels, logs every write, and a second run writes nothing", async () => {
    const { dir, server, forge, plan } = await setUp();
    const first = await plan();
    // 1 focus issue moving of a minimum of 3 (but at most 5, with 4 open): one promotion;
    // OnDeck then holds 15 of 20: five come up from Other.
    expect(first.issues.map((i) => [i.add, i.remove])).toEqual([
      [["AsyncAwait-Focus"], ["AsyncAwait-OnDeck"]],
      ...Array.from({ length: 5 }, () => [["AsyncAwait-OnDeck"], ["AsyncAwait-Other"]]),
    ]);
    const before = new Map(
      [...server.store.repos.get("rust-lang/rust")!.issues.values()].map((i) => [
        i.number,
        [...i.labels],
      ]),
    );
    const result = await applyLabelWrites(forge, first.db, first.writes);
    expect(result.failed).toBeUndefined();
    expect(labelWrites(server).map((r) => `${r.method} ${r.status}`)).toEqual(
      first.writes.map((w) => (w.action === "add" ? "POST 200" : "DELETE 200")),
    );
    const audit = await first.db.selectFrom("triage_write").selectAll().orderBy("id").execute();
    expect(audit.map((a) => [a.issue, a.action, a.label, a.outcome])).toEqual(
      first.writes.map((w) => [w.issue, w.action, w.label, "done"]),
    );
    await first.db.destroy();
    for (const issue of server.store.repos.get("rust-lang/rust")!.issues.values()) {
      const was = before.get(issue.number)!;
      const untouched = (labels: string[]) => labels.filter((l) => !CONFIGURED.includes(l)).sort();
      expect(untouched(issue.labels)).toEqual(untouched(was));
    }
    const moved = first.issues[0]!;
    expect(findIssueByRef(server.store, moved.issue)!.labels).toContain("AsyncAwait-Focus");
    expect(findIssueByRef(server.store, moved.issue)!.labels).not.toContain("AsyncAwait-OnDeck");
    // The cache follows each confirmed write, so the next plan is empty without a sync.
    const cached = (await readTrackCache(dir)).area.issues.get(moved.issue)!.facts.labels;
    expect(cached).toContain("AsyncAwait-Focus");

    const again = await plan();
    expect(again.writes).toEqual([]);
    const logged = server.log.length;
    await applyLabelWrites(forge, again.db, again.writes);
    await again.db.destroy();
    expect(server.log).toHaveLength(logged);
  });

  it("stops at a server failure half-way and records nothing it did not make as done", async () => {
    const { server, forge, plan } = await setUp();
    const first = await plan();
    server.faults.add({ kind: "bad-gateway", on: "rest", at: 3, times: 20 });
    const result = await applyLabelWrites(forge, first.db, first.writes);
    expect(result.done).toEqual(first.writes.slice(0, 2));
    expect(result.failed?.write).toEqual(first.writes[2]);
    const audit = await first.db.selectFrom("triage_write").selectAll().orderBy("id").execute();
    expect(audit.map((a) => a.outcome)).toEqual(["done", "done", "failed"]);
    const run = await first.db.selectFrom("triage_run").selectAll().executeTakeFirstOrThrow();
    expect(run).toMatchObject({
      planned: first.writes.length,
      done: 2,
      failed: 1,
      finished_at: null,
    });
    await first.db.destroy();
    // The third write's label is not on the issue, and the cache does not claim it is.
    const third = first.writes[2]!;
    const onServer = findIssueByRef(server.store, third.issue)!.labels;
    expect(onServer.includes(third.label)).toBe(third.action === "remove");

    server.faults.clear();
    const rest = await plan();
    expect(rest.writes).toEqual(first.writes.slice(2));
    expect((await applyLabelWrites(forge, rest.db, rest.writes)).failed).toBeUndefined();
    await rest.db.destroy();
    const last = await plan();
    expect(last.writes).toEqual([]);
    await last.db.destroy();
  });
});
