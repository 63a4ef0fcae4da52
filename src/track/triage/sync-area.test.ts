import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import type { Seed } from "../../../test/github/seed-store.js";
import { type FakeGitHub, startFakeGitHub } from "../../../test/github/start-fake-github.js";
import { findIssueByRef } from "../../../test/github/store.js";
import { readTrackCache } from "../../../test/helpers/read-track-cache.js";
import { syncWorkspaceDir } from "../../../test/helpers/sync-workspace-dir.js";
import { testdir } from "../../../test/helpers/testdir.js";
import { ForgeError } from "../forge.js";

const ASYNC_WG = JSON.parse(readFileSync("test/github/seeds/async-wg.json", "utf8")) as Seed;

let gh: FakeGitHub | undefined;
afterEach(async () => {
  await gh?.close();
  gh = undefined;
});

const config = (repositories: string, area = "A-async-await") => `group: { name: G }
triage:
  repositories: [${repositories}]
  area-label: ${area}
  labels: { focus: AsyncAwait-Focus, on-deck: AsyncAwait-OnDeck, other: AsyncAwait-Other }
`;

const sync = syncWorkspaceDir;

describe("sync of the triage area", () => {
  it("fetches an org-wide scope in one search with labels, assignees, reactions and activity; resyncs in one request", async () => {
    gh = await startFakeGitHub({ seed: ASYNC_WG });
    const dir = await testdir({ "waymark.yaml": config("rust-lang") });
    const first = await sync(dir, gh);
    expect(first.area).toMatchObject({ scopes: 1, fetched: 1, issues: 62 });
    expect(first.requests).toBe(1);
    expect(gh.log.map((r) => r.kind)).toEqual(["graphql"]);
    const area = (await readTrackCache(dir)).area;
    expect(area.issues.size).toBe(62);
    const focus = [...area.issues.values()].filter((i) =>
      i.facts.labels.includes("AsyncAwait-Focus"),
    );
    expect(focus).toHaveLength(4);
    expect(focus.filter((i) => i.facts.assignees.length === 0)).toHaveLength(1);
    const seeded = findIssueByRef(gh.store, focus[0]!.facts.key)!;
    expect(focus[0]!.facts).toMatchObject({
      updatedAt: seeded.updatedAt,
      createdAt: seeded.createdAt,
      reactions: {
        total: Object.values(seeded.reactions).reduce((a, b) => a + (b ?? 0), 0),
        thumbsUp: seeded.reactions.THUMBS_UP ?? 0,
      },
    });

    gh.log.length = 0;
    const again = await sync(dir, gh);
    expect(again.area).toEqual({ scopes: 1, fetched: 0, issues: 62, changes: [] });
    expect(again.requests).toBe(1);
    // The area's two counts rode in the probe: nothing else was asked.
    expect(gh.log).toHaveLength(1);
  });

  it("refetches a scope that moved: a closed issue is kept as left, a relabelled one changes", async () => {
    gh = await startFakeGitHub({ seed: ASYNC_WG });
    const dir = await testdir({ "waymark.yaml": config("rust-lang/rust") });
    const first = await sync(dir, gh);
    const keys = [...(await readTrackCache(dir)).area.issues.keys()];
    const [closed, relabelled] = [keys[0]!, keys[1]!];
    const a = findIssueByRef(gh.store, closed)!;
    a.state = "CLOSED";
    a.updatedAt = new Date().toISOString();
    const b = findIssueByRef(gh.store, relabelled)!;
    b.labels = [...b.labels, "AsyncAwait-Other"];
    b.updatedAt = new Date().toISOString();
    expect(first.area?.changes).toHaveLength(62);
    gh.log.length = 0;
    const second = await sync(dir, gh);
    expect(second.requests).toBe(2);
    expect(second.area).toMatchObject({ fetched: 1, issues: 61 });
    expect(second.area?.changes).toEqual(
      [
        { issue: closed, changes: ["left"] },
        { issue: relabelled, changes: ["labels", "activity"] },
      ].sort((x, y) => x.issue.localeCompare(y.issue)),
    );
    const area = (await readTrackCache(dir)).area;
    expect(area.issues.get(closed)?.leftAt).toBeDefined();
    expect(area.issues.get(relabelled)?.leftAt).toBeUndefined();
  });

  it("pages through a scope of more than 100 issues, and a failure mid-way leaves the cache as it was", async () => {
    const seed: Seed = {
      repos: [
        {
          owner: "acme",
          name: "engine",
          issues: Array.from({ length: 150 }, (_, i) => ({
            title: `Issue ${i + 1}`,
            labels: i % 10 === 9 ? ["other-area"] : ["area"],
          })),
        },
      ],
    };
    gh = await startFakeGitHub({ seed });
    const dir = await testdir({ "waymark.yaml": config("acme/engine", "area") });
    expect((await sync(dir, gh)).area).toMatchObject({ issues: 135 });
    expect(gh.log).toHaveLength(2);
    const before = await readTrackCache(dir);
    findIssueByRef(gh.store, "acme/engine#1")!.updatedAt = new Date().toISOString();
    gh.faults.add({ kind: "bad-gateway", on: "graphql", at: 3, times: 10 });
    await expect(sync(dir, gh)).rejects.toThrow(ForgeError);
    expect(await readTrackCache(dir)).toEqual(before);
  });
});
