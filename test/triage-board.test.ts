import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveSite } from "../src/publish/site/serve-site.js";
import type { FakeGitHub } from "./github/start-fake-github.js";
import { findIssueByRef } from "./github/store.js";
import { type SyncedExample, serveSyncedExample } from "./helpers/serve-synced-example.js";
import { sitePages } from "./helpers/site-pages.js";

// The triage board over HTTP: `waymark serve` against the local GitHub, with the example's area
// synced. Writes are refused without this run's CSRF token, from another origin, or with no
// origin at all, and a refused write makes no request to GitHub; an accepted move changes the
// labels on GitHub and in the cache, and Undo puts them back.
const OTHER = "rust-lang/rust#62412";

let example: SyncedExample;
let gh: FakeGitHub;
let dir: string;
let origin: string;

beforeAll(async () => {
  example = await serveSyncedExample();
  ({ gh, dir, origin } = example);
}, 120_000);

afterAll(() => example?.close());

const writes = () => gh.log.filter((r) => r.write);
const labelsOn = (key: string) => findIssueByRef(gh.store, key)?.labels ?? [];

async function board(): Promise<{ html: string; csrf: string }> {
  const response = await fetch(`${origin}/triage/`);
  expect(response.status).toBe(200);
  const html = await response.text();
  const csrf = /data-csrf="([^"]+)"/.exec(html)?.[1];
  if (!csrf) throw new Error("no CSRF token in the served board");
  return { html, csrf };
}

/** The column a card is rendered in, from the served page. */
function columnOf(html: string, key: string): string | undefined {
  const at = html.indexOf(`data-issue="${key}"`);
  const before = html.slice(0, at);
  return [...before.matchAll(/data-column="([\w-]+)"/g)].at(-1)?.[1];
}

function post(path: string, body: unknown, headers: Record<string, string>) {
  return fetch(`${origin}/triage/${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", origin, ...headers },
    body: JSON.stringify(body),
  });
}

describe("the triage board in waymark serve", { timeout: 120_000 }, () => {
  it("shows the synced piles with their limits, movable, and never the GitHub token", async () => {
    const { html } = await board();
    expect(html).toContain('data-writable="true"');
    expect(html).toMatch(/Focus <span class="board-count"><span data-count="true">4<\/span>/);
    expect(html).toContain("of 3–5");
    expect(html).toContain("1 issue moving, below the minimum of 3");
    expect(html).toMatch(
      /OnDeck <span class="board-count"><span data-count="true">16<\/span>.*of 25/s,
    );
    expect(columnOf(html, OTHER)).toBe("other");
    expect(html).toContain("● Stalled");
    expect(html).not.toContain(gh.token);
  });

  it("refuses a write without the token, with a wrong one, from another origin or none", async () => {
    const { csrf } = await board();
    const before = writes().length;
    const move = { issue: OTHER, to: "on-deck" };
    const refused = [
      await post("move", move, {}),
      await post("move", move, { "x-waymark-csrf": "not-the-token" }),
      await post("move", move, { "x-waymark-csrf": `${csrf}x` }),
      await post("move", move, { "x-waymark-csrf": csrf, origin: "http://evil.test" }),
      await fetch(`${origin}/triage/move`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-waymark-csrf": csrf },
        body: JSON.stringify(move),
      }),
      await post("move", move, {
        "x-waymark-csrf": csrf,
        "content-type": "application/x-www-form-urlencoded",
      }),
      await post("undo", { undo: "guess" }, {}),
    ];
    expect(refused.map((r) => r.status)).toEqual([403, 403, 403, 403, 403, 403, 403]);
    const bodies = await Promise.all(refused.slice(0, 3).map((r) => r.json()));
    expect(bodies[0]).toEqual({ ok: false, message: expect.stringMatching(/CSRF token/) });
    expect(writes().length).toBe(before);
    expect(labelsOn(OTHER)).toContain("AsyncAwait-Other");
  });

  it("a move changes the labels on GitHub and in the cache; Undo reverses it", async () => {
    const { csrf } = await board();
    const moved = await post("move", { issue: OTHER, to: "on-deck" }, { "x-waymark-csrf": csrf });
    expect(moved.status).toBe(200);
    const answer = await moved.json();
    expect(answer).toMatchObject({
      ok: true,
      issue: OTHER,
      class: "on-deck",
      carried: ["AsyncAwait-OnDeck"],
      message: `Moved ${OTHER} to OnDeck: added AsyncAwait-OnDeck, removed AsyncAwait-Other.`,
    });
    expect(labelsOn(OTHER)).toContain("AsyncAwait-OnDeck");
    expect(labelsOn(OTHER)).not.toContain("AsyncAwait-Other");
    expect(columnOf((await board()).html, OTHER)).toBe("on-deck");

    const undone = await post("undo", { undo: answer.undo }, { "x-waymark-csrf": csrf });
    expect(await undone.json()).toMatchObject({ ok: true, class: "other" });
    expect(labelsOn(OTHER)).toContain("AsyncAwait-Other");
    expect(labelsOn(OTHER)).not.toContain("AsyncAwait-OnDeck");
    expect(columnOf((await board()).html, OTHER)).toBe("other");
    // An undo is used once.
    const again = await post("undo", { undo: answer.undo }, { "x-waymark-csrf": csrf });
    expect(again.status).toBe(410);
  });

  it("moving to Uncategorised removes the focus labels; bad moves are refused", async () => {
    const { csrf } = await board();
    const headers = { "x-waymark-csrf": csrf };
    const off = await (await post("move", { issue: OTHER, to: "uncategorised" }, headers)).json();
    expect(off).toMatchObject({ ok: true, class: "uncategorised", carried: [] });
    expect(labelsOn(OTHER)).not.toContain("AsyncAwait-Other");
    await post("undo", { undo: off.undo }, headers);
    expect(labelsOn(OTHER)).toContain("AsyncAwait-Other");

    const before = writes().length;
    const bad = await post("move", { issue: OTHER, to: "done" }, headers);
    const unknown = await post("move", { issue: "rust-lang/rust#1", to: "focus" }, headers);
    expect([bad.status, unknown.status]).toEqual([400, 404]);
    expect(writes().length).toBe(before);
  });

  it("a write GitHub refuses is reported and the card stays where it was", async () => {
    const { csrf } = await board();
    gh.faults.add({ kind: "rate-limit", on: "rest", times: Infinity, retryAfter: 0 });
    try {
      const moved = await post("move", { issue: OTHER, to: "focus" }, { "x-waymark-csrf": csrf });
      expect(moved.status).toBe(502);
      expect(await moved.json()).toMatchObject({
        ok: false,
        class: "other",
        message: expect.stringMatching(/^GitHub refused the label change: .*(403|429)/),
      });
    } finally {
      gh.faults.clear();
    }
    expect(labelsOn(OTHER)).not.toContain("AsyncAwait-Focus");
    expect(columnOf((await board()).html, OTHER)).toBe("other");
  });
});

describe("the triage board without a GitHub token", () => {
  it("says where the token goes, writes nothing, and the card stays", async () => {
    const server = await serveSite({
      dir,
      port: 0,
      date: "2024-08-01",
      board: { apiUrl: gh.url, token: async () => undefined },
    });
    if ("failed" in server) throw new Error(`could not listen: ${server.failed}`);
    try {
      const at = new URL(server.url).origin;
      const html = await (await fetch(`${at}/triage/`)).text();
      const csrf = /data-csrf="([^"]+)"/.exec(html)?.[1] ?? "";
      const before = writes().length;
      const moved = await fetch(`${at}/triage/move`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: at, "x-waymark-csrf": csrf },
        body: JSON.stringify({ issue: OTHER, to: "focus" }),
      });
      expect(moved.status).toBe(503);
      expect(await moved.json()).toMatchObject({
        ok: false,
        class: "other",
        message: expect.stringMatching(
          /^No GitHub token where waymark serve runs: set GITHUB_TOKEN/,
        ),
      });
      expect(writes().length).toBe(before);
    } finally {
      await server.close();
    }
  });
});

describe("the triage board in the static site", () => {
  it("is read-only: no token, no move controls", async () => {
    const pages = await sitePages(dir, { withFacts: true });
    const html = pages.page("/triage/");
    expect(html).not.toContain("data-csrf");
    expect(html).not.toContain("board-move");
    expect(html).toContain("Run <code>waymark serve</code> to move cards");
  });

  it("says which command to run when nothing is synced", async () => {
    const html = (await sitePages("examples/async-wg", { withFacts: true })).page("/triage/");
    expect(html).toContain("Nothing synced yet");
    expect(html).toContain("<code>waymark sync</code>");
  });
});
