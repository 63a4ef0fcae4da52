import { afterEach, describe, expect, it } from "vitest";
import { generateGoalsSeed } from "./generate-seed.js";
import type { Fault } from "./inject-faults.js";
import { type FakeGitHub, startFakeGitHub } from "./start-fake-github.js";

const seed = generateGoalsSeed({ goals: 3, commentsPerIssue: 5 });
const QUERY = JSON.stringify({
  query: `query One { repository(owner: "acme", name: "goals") { issue(number: 1) { title } } }`,
});

let gh: FakeGitHub | undefined;
afterEach(async () => {
  await gh?.close();
  gh = undefined;
});

async function start(faults: Fault[], extra: { latencyMs?: number; rateLimit?: number } = {}) {
  gh = await startFakeGitHub({ seed, faults, ...extra });
  return gh;
}

function graphql(server: FakeGitHub, signal?: AbortSignal) {
  return fetch(server.graphqlUrl, {
    method: "POST",
    headers: { authorization: `bearer ${server.token}` },
    body: QUERY,
    signal,
  });
}

describe("fake GitHub fault injection", () => {
  it("answers 429 with retry-after and an exhausted limit, then recovers", async () => {
    const server = await start([{ kind: "rate-limit", retryAfter: 7 }]);
    const limited = await graphql(server);
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("7");
    expect(limited.headers.get("x-ratelimit-remaining")).toBe("0");
    expect(((await limited.json()) as { message: string }).message).toMatch(
      /^API rate limit exceeded/,
    );
    expect((await graphql(server)).status).toBe(200);
    expect(server.log.map((e) => [e.status, e.fault])).toEqual([
      [429, "rate-limit"],
      [200, undefined],
    ]);
  });

  it("answers a secondary rate limit as 403 with GitHub's message and retry-after", async () => {
    const server = await start([{ kind: "secondary-rate-limit", retryAfter: 0 }]);
    const res = await graphql(server);
    expect(res.status).toBe(403);
    expect(res.headers.get("retry-after")).toBe("0");
    expect(((await res.json()) as { message: string }).message).toMatch(/secondary rate limit/);
  });

  it("answers GraphQL's own rate limit as a RATE_LIMITED error in a 200", async () => {
    const server = await start([{ kind: "graphql-rate-limited" }]);
    const res = await graphql(server);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      errors: [expect.objectContaining({ type: "RATE_LIMITED" })],
    });
  });

  it("refuses work once the configured primary limit is spent", async () => {
    const server = await start([], { rateLimit: 1 });
    expect((await graphql(server)).status).toBe(200);
    const spent = await graphql(server);
    expect(spent.headers.get("x-ratelimit-remaining")).toBe("0");
    expect(((await spent.json()) as { errors: { type: string }[] }).errors[0]!.type).toBe(
      "RATE_LIMITED",
    );
    const rest = await fetch(`${server.url}/user`, {
      headers: { authorization: `token ${server.token}` },
    });
    expect(rest.status).toBe(200);
    const restSpent = await fetch(`${server.url}/user`, {
      headers: { authorization: `token ${server.token}` },
    });
    expect(restSpent.status).toBe(403);
  });

  it("answers 502 with an HTML page", async () => {
    const server = await start([{ kind: "bad-gateway" }]);
    const res = await graphql(server);
    expect(res.status).toBe(502);
    expect(await res.text()).toContain("502 Bad Gateway");
  });

  it("resets the connection", async () => {
    const server = await start([{ kind: "connection-reset" }]);
    await expect(graphql(server)).rejects.toThrow(/fetch failed/);
    expect(server.log[0]).toMatchObject({ status: 0, fault: "connection-reset" });
    expect((await graphql(server)).status).toBe(200);
  });

  it("leaves a request hanging until the client gives up, and still closes", async () => {
    const server = await start([{ kind: "timeout" }]);
    const client = new AbortController();
    const pending = graphql(server, client.signal);
    while (server.log.length === 0) await new Promise((r) => setTimeout(r, 5));
    client.abort();
    await expect(pending).rejects.toThrow(/abort/i);
    expect(server.log[0]).toMatchObject({ status: 0, fault: "timeout", operation: "One" });
  });

  it("holds each answer for the configured latency", async () => {
    const server = await start([], { latencyMs: 60_000 });
    await expect(graphql(server, AbortSignal.timeout(100))).rejects.toThrow(/timeout|abort/i);
    expect(server.log).toEqual([]);
  });

  it("cuts a pagination in the middle: only the Nth matching request fails", async () => {
    const server = await start([{ kind: "bad-gateway", on: "graphql", at: 3, times: 2 }]);
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await graphql(server)).status);
    await fetch(`${server.url}/user`, { headers: { authorization: `token ${server.token}` } });
    expect(statuses).toEqual([200, 200, 502, 502, 200]);
    expect(server.log.map((e) => e.kind)).toEqual([
      "graphql",
      "graphql",
      "graphql",
      "graphql",
      "graphql",
      "rest",
    ]);
  });

  it("takes faults added while running, and forgets them on clear", async () => {
    const server = await start([]);
    server.faults.add({
      kind: "bad-gateway",
      times: Number.POSITIVE_INFINITY,
      on: (r) => r.path === "/user",
    });
    expect((await graphql(server)).status).toBe(200);
    const user = () =>
      fetch(`${server.url}/user`, { headers: { authorization: `token ${server.token}` } });
    expect((await user()).status).toBe(502);
    expect((await user()).status).toBe(502);
    server.faults.clear();
    expect((await user()).status).toBe(200);
  });
});
