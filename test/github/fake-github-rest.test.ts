import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Seed } from "./seed-store.js";
import { type FakeGitHub, startFakeGitHub } from "./start-fake-github.js";

const seed: Seed = {
  viewer: "bot",
  repos: [
    {
      owner: "acme",
      name: "goals",
      labels: Array.from({ length: 5 }, (_, i) => ({ name: `L${i}` })),
      milestones: [{ number: 1, title: "2025H1", dueOn: "2025-06-30T00:00:00Z" }],
      issues: [
        { number: 1, title: "One", labels: ["L0", "L1"], createdAt: "2025-01-01T00:00:00Z" },
        { number: 2, title: "Two", labels: ["L0"], createdAt: "2025-01-02T00:00:00Z" },
        {
          number: 3,
          title: "Three",
          state: "closed",
          labels: ["L0", "L1"],
          createdAt: "2025-01-03T00:00:00Z",
        },
      ],
    },
  ],
};

let gh: FakeGitHub;
beforeAll(async () => {
  gh = await startFakeGitHub({ seed, now: () => "2025-02-01T12:00:00Z" });
});
afterAll(() => gh.close());

async function rest(
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
) {
  const res = await fetch(`${gh.url}${path}`, {
    method,
    headers: {
      authorization: `token ${gh.token}`,
      accept: "application/vnd.github+json",
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  // biome-ignore lint/suspicious/noExplicitAny: test reads arbitrary REST answers
  const json: any = text ? JSON.parse(text) : undefined;
  return { status: res.status, headers: res.headers, json };
}

async function issueByGraphQL(number: number) {
  const res = await fetch(gh.graphqlUrl, {
    method: "POST",
    headers: { authorization: `bearer ${gh.token}` },
    body: JSON.stringify({
      query: `{ repository(owner: "acme", name: "goals") { issue(number: ${number}) {
        title state stateReason updatedAt milestone { title } labels(first: 10) { nodes { name } } assignees(first: 5) { nodes { login } }
      } } }`,
    }),
  });
  return ((await res.json()) as { data: { repository: { issue: Record<string, unknown> } } }).data
    .repository.issue;
}

describe("fake GitHub REST", () => {
  it("answers GET /user and GET /rate_limit in GitHub's published shapes", async () => {
    const user = await rest("GET", "/user");
    expect(user.status).toBe(200);
    expect(user.json.login).toBe("bot");
    const limit = await rest("GET", "/rate_limit");
    expect(limit.json.resources.core.limit).toBe(5000);
    expect(limit.headers.get("x-ratelimit-resource")).toBe("core");
  });

  it("creates an issue that the next GraphQL query sees", async () => {
    const created = await rest("POST", "/repos/acme/goals/issues", {
      title: "New goal",
      body: "Tracking",
      labels: ["L2", "brand-new"],
      assignees: ["ann"],
      milestone: 1,
    });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ number: 4, state: "open", user: { login: "bot" } });
    expect(created.headers.get("location")).toBe(`${gh.url}/repos/acme/goals/issues/4`);
    expect(await issueByGraphQL(4)).toMatchObject({
      title: "New goal",
      milestone: { title: "2025H1" },
      labels: { nodes: [{ name: "L2" }, { name: "brand-new" }] },
      assignees: { nodes: [{ login: "ann" }] },
    });
    expect(gh.log.at(-2)).toMatchObject({
      kind: "rest",
      method: "POST",
      operation: "issues/create",
      status: 201,
    });
  });

  it("updates, labels, unlabels and assigns", async () => {
    const closed = await rest("PATCH", "/repos/acme/goals/issues/2", {
      state: "closed",
      state_reason: "not_planned",
    });
    expect(closed.json).toMatchObject({ state: "closed", state_reason: "not_planned" });
    expect(
      (await rest("POST", "/repos/acme/goals/issues/2/labels", { labels: ["L3"] })).json.map(
        (l: { name: string }) => l.name,
      ),
    ).toEqual(["L0", "L3"]);
    expect(
      (await rest("DELETE", "/repos/acme/goals/issues/2/labels/L0")).json.map(
        (l: { name: string }) => l.name,
      ),
    ).toEqual(["L3"]);
    const missing = await rest("DELETE", "/repos/acme/goals/issues/2/labels/L0");
    expect(missing).toMatchObject({ status: 404, json: { message: "Label does not exist" } });
    expect(
      (await rest("POST", "/repos/acme/goals/issues/2/assignees", { assignees: ["bob"] })).status,
    ).toBe(201);
    expect(await issueByGraphQL(2)).toMatchObject({
      state: "CLOSED",
      stateReason: "NOT_PLANNED",
      updatedAt: "2025-02-01T12:00:00Z",
      labels: { nodes: [{ name: "L3" }] },
      assignees: { nodes: [{ login: "bob" }] },
    });
  });

  it("lists and creates milestones, refusing a duplicate title", async () => {
    expect(
      (await rest("GET", "/repos/acme/goals/milestones")).json.map(
        (m: { title: string }) => m.title,
      ),
    ).toEqual(["2025H1"]);
    const made = await rest("POST", "/repos/acme/goals/milestones", {
      title: "2025H2",
      due_on: "2025-12-31T00:00:00Z",
    });
    expect(made).toMatchObject({
      status: 201,
      json: { number: 2, title: "2025H2", state: "open" },
    });
    const again = await rest("POST", "/repos/acme/goals/milestones", { title: "2025H2" });
    expect(again).toMatchObject({
      status: 422,
      json: { message: "Validation Failed", errors: [{ code: "already_exists" }] },
    });
  });

  it("pages lists with per_page, page and a Link header", async () => {
    const first = await rest("GET", "/repos/acme/goals/labels?per_page=2");
    expect(first.json.map((l: { name: string }) => l.name)).toEqual(["L0", "L1"]);
    expect(first.headers.get("link")).toContain('page=2>; rel="next"');
    const last = first.headers.get("link")!.match(/<([^>]+)>; rel="last"/)![1]!;
    const end = await rest("GET", new URL(last).pathname + new URL(last).search);
    expect(end.headers.get("link")).not.toContain('rel="next"');
  });

  it("lists issues with every label required, by state", async () => {
    const open = await rest("GET", "/repos/acme/goals/issues?labels=L0,L1&state=all&direction=asc");
    expect(open.json.map((i: { number: number }) => i.number)).toEqual([1, 3]);
  });

  it("refuses a request body GitHub's description rejects", async () => {
    const res = await rest("POST", "/repos/acme/goals/issues", { body: "no title" });
    expect(res.status).toBe(422);
    expect(res.json.message).toMatch(/^Invalid request\.\n\n"title" wasn't supplied/);
    expect((await rest("POST", "/repos/acme/goals/issues", "not json at all")).status).toBe(422);
  });

  it("answers a conditional GET with 304 and does not charge it", async () => {
    const first = await rest("GET", "/repos/acme/goals/issues/1");
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^W\/"/);
    const used = Number(first.headers.get("x-ratelimit-used"));
    const again = await rest("GET", "/repos/acme/goals/issues/1", undefined, {
      "if-none-match": etag,
    });
    expect(again.status).toBe(304);
    expect(Number(again.headers.get("x-ratelimit-used"))).toBe(used);
    await rest("PATCH", "/repos/acme/goals/issues/1", { title: "One, renamed" });
    expect(
      (await rest("GET", "/repos/acme/goals/issues/1", undefined, { "if-none-match": etag }))
        .status,
    ).toBe(200);
  });

  it("tells an unserved GitHub endpoint from a path GitHub does not have", async () => {
    expect((await rest("GET", "/repos/acme/goals/issues/1/timeline")).status).toBe(501);
    expect((await rest("GET", "/nowhere")).status).toBe(404);
    expect((await rest("GET", "/repos/acme/nope/issues/1")).status).toBe(404);
  });
});

describe("fake GitHub REST answers checked against @octokit/openapi", () => {
  it("turns an answer that breaks GitHub's description into a 500, and close() fails loudly", async () => {
    const broken = await startFakeGitHub({ seed });
    broken.store.repos.get("acme/goals")!.issues.get(1)!.createdAt = null as unknown as string;
    const res = await fetch(`${broken.url}/repos/acme/goals/issues/1`, {
      headers: { authorization: `bearer ${broken.token}` },
    });
    expect(res.status).toBe(500);
    expect(broken.problems).toHaveLength(1);
    expect(broken.problems[0]).toMatch(/does not match @octokit\/openapi \(issues\/get\)/);
    expect(broken.problems[0]).toMatch(/created_at/);
    await expect(broken.close()).rejects.toThrow(/saw 1 problem/);
  });
});
