import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Seed } from "./seed-store.js";
import { type FakeGitHub, startFakeGitHub } from "./start-fake-github.js";

const seed: Seed = {
  viewer: "bot",
  users: [{ login: "ann", name: "Ann Example" }],
  repos: [
    {
      owner: "acme",
      name: "goals",
      labels: [{ name: "goal", color: "0e8a16", description: "A tracked goal" }],
      milestones: [{ number: 1, title: "2025H1", dueOn: "2025-06-30T00:00:00Z" }],
      issues: [
        {
          number: 1,
          title: "Ship the widget",
          body: "- [x] design\n- [ ] build",
          author: "ann",
          createdAt: "2025-01-02T00:00:00Z",
          labels: ["goal", "C-tracking"],
          assignees: ["ann", "bob"],
          milestone: 1,
          reactions: { THUMBS_UP: 3, HEART: 1 },
          comments: ["one", "two", "three", "four", "five"].map((body, i) => ({
            author: i % 2 ? "bob" : "ann",
            body,
            createdAt: `2025-01-0${i + 3}T10:00:00Z`,
          })),
          subIssues: [2, 3, "acme/other#7"],
        },
        { number: 2, title: "Design", state: "closed", createdAt: "2025-01-03T00:00:00Z" },
        { number: 3, title: "Build", labels: ["goal"], createdAt: "2025-01-04T00:00:00Z" },
      ],
    },
    { owner: "acme", name: "other", issues: [{ number: 7, title: "Elsewhere", state: "closed" }] },
  ],
};

let gh: FakeGitHub;
beforeAll(async () => {
  gh = await startFakeGitHub({ seed });
});
afterAll(() => gh.close());

async function gql(query: string, variables?: Record<string, unknown>, token = gh.token) {
  const res = await fetch(gh.graphqlUrl, {
    method: "POST",
    headers: { authorization: `bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  // biome-ignore lint/suspicious/noExplicitAny: test reads arbitrary GraphQL answers
  return { status: res.status, headers: res.headers, json: (await res.json()) as any };
}

describe("fake GitHub GraphQL", () => {
  it("answers a tracking-issue query with every field the tracking stage reads", async () => {
    const { status, json } = await gql(`query Track {
      repository(owner: "acme", name: "goals") {
        issue(number: 1) {
          id number title state stateReason url body createdAt updatedAt closedAt
          author { login }
          labels(first: 10) { nodes { name } }
          assignees(first: 10) { nodes { login } }
          milestone { title number dueOn }
          reactions { totalCount }
          comments(last: 2) { totalCount pageInfo { hasPreviousPage startCursor } nodes { author { login } body createdAt url } }
          subIssuesSummary { total completed percentCompleted }
          subIssues(first: 10) { nodes { number state repository { nameWithOwner } parent { number } } }
        }
      }
    }`);
    expect(status).toBe(200);
    expect(json.errors).toBeUndefined();
    const issue = json.data.repository.issue;
    expect(issue).toMatchObject({
      number: 1,
      title: "Ship the widget",
      state: "OPEN",
      stateReason: null,
      url: "https://github.com/acme/goals/issues/1",
      author: { login: "ann" },
      labels: { nodes: [{ name: "goal" }, { name: "C-tracking" }] },
      assignees: { nodes: [{ login: "ann" }, { login: "bob" }] },
      milestone: { title: "2025H1", number: 1, dueOn: "2025-06-30T00:00:00Z" },
      reactions: { totalCount: 4 },
      subIssuesSummary: { total: 3, completed: 2, percentCompleted: 66 },
    });
    expect(issue.id).toMatch(/^I_/);
    expect(issue.updatedAt).toBe("2025-01-07T10:00:00Z");
    expect(issue.comments.totalCount).toBe(5);
    expect(issue.comments.nodes.map((c: { body: string }) => c.body)).toEqual(["four", "five"]);
    expect(issue.comments.pageInfo.hasPreviousPage).toBe(true);
    expect(issue.comments.nodes[0].url).toMatch(/\/acme\/goals\/issues\/1#issuecomment-\d+$/);
    expect(issue.subIssues.nodes).toEqual([
      {
        number: 2,
        state: "CLOSED",
        repository: { nameWithOwner: "acme/goals" },
        parent: { number: 1 },
      },
      {
        number: 3,
        state: "OPEN",
        repository: { nameWithOwner: "acme/goals" },
        parent: { number: 1 },
      },
      {
        number: 7,
        state: "CLOSED",
        repository: { nameWithOwner: "acme/other" },
        parent: { number: 1 },
      },
    ]);
    expect(gh.log.at(-1)).toMatchObject({
      kind: "graphql",
      operation: "Track",
      aliases: 1,
      status: 200,
    });
  });

  it("rejects an unknown field as github.com does, without running the query", async () => {
    const { status, json } = await gql(
      `{ repository(owner: "acme", name: "goals") { issue(number: 1) { title progress } } }`,
    );
    expect(status).toBe(200);
    expect(json.data).toBeUndefined();
    expect(json.errors).toEqual([
      expect.objectContaining({
        message: "Field 'progress' doesn't exist on type 'Issue'",
        extensions: { code: "undefinedField", typeName: "Issue", fieldName: "progress" },
      }),
    ]);
  });

  it("rejects a wrong argument type through GitHub's schema", async () => {
    const { json } = await gql(
      `{ repository(owner: "acme", name: "goals") { issue(number: "1") { title } } }`,
    );
    expect(json.errors[0].message).toMatch(/Int/);
  });

  it("says so when a valid field is not implemented by the fake", async () => {
    const { json } = await gql(
      `{ repository(owner: "acme", name: "goals") { issue(number: 1) { title viewerCanUpdate } } }`,
    );
    expect(json.data.repository.issue).toBeNull();
    expect(json.errors[0].message).toMatch(/Issue\.viewerCanUpdate .*not implemented by the fake/);
  });

  it("answers a batch of aliased issues and logs the alias count", async () => {
    const { json } = await gql(`query Batch {
      a: repository(owner: "acme", name: "goals") { i1: issue(number: 1) { title } i2: issue(number: 2) { title } }
      b: repository(owner: "acme", name: "other") { i7: issue(number: 7) { title } }
      rateLimit { cost remaining }
    }`);
    expect(json.data.a).toEqual({ i1: { title: "Ship the widget" }, i2: { title: "Design" } });
    expect(json.data.b.i7.title).toBe("Elsewhere");
    expect(json.data.rateLimit.cost).toBe(1);
    expect(gh.log.at(-1)).toMatchObject({ operation: "Batch", aliases: 3 });
  });

  it("reports a missing issue or repository as NOT_FOUND beside a null", async () => {
    const { json } = await gql(`{
      ok: repository(owner: "acme", name: "goals") { issue(number: 99) { title } }
      gone: repository(owner: "acme", name: "nope") { id }
    }`);
    expect(json.data).toEqual({ ok: { issue: null }, gone: null });
    expect(json.errors).toEqual([
      expect.objectContaining({
        type: "NOT_FOUND",
        path: ["ok", "issue"],
        message: "Could not resolve to an Issue with the number of 99.",
      }),
      expect.objectContaining({
        type: "NOT_FOUND",
        message: "Could not resolve to a Repository with the name 'acme/nope'.",
      }),
    ]);
  });

  it("pages forward with after and backward with before until the ends", async () => {
    const page = `query($after: String, $before: String, $first: Int, $last: Int) {
      repository(owner: "acme", name: "goals") { issue(number: 1) {
        comments(first: $first, last: $last, after: $after, before: $before) {
          pageInfo { hasNextPage endCursor hasPreviousPage startCursor } nodes { body }
        } } } }`;
    const walk = async (
      vars: Record<string, unknown>,
      next: (p: Record<string, unknown>) => Record<string, unknown> | null,
    ) => {
      const seen: string[][] = [];
      let v: Record<string, unknown> | null = vars;
      while (v) {
        const c = (await gql(page, v)).json.data.repository.issue.comments;
        seen.push(c.nodes.map((n: { body: string }) => n.body));
        v = next(c.pageInfo);
      }
      return seen;
    };
    const forward = await walk({ first: 2 }, (p) =>
      p.hasNextPage ? { first: 2, after: p.endCursor } : null,
    );
    expect(forward).toEqual([["one", "two"], ["three", "four"], ["five"]]);
    const backward = await walk({ last: 2 }, (p) =>
      p.hasPreviousPage ? { last: 2, before: p.startCursor } : null,
    );
    expect(backward).toEqual([["four", "five"], ["two", "three"], ["one"]]);
  });

  it("requires first or last on a connection whose nodes are read, at most 100", async () => {
    const missing = await gql(
      `{ repository(owner: "acme", name: "goals") { issue(number: 1) { comments { totalCount nodes { body } } } } }`,
    );
    expect(missing.json.errors[0].message).toBe(
      "You must provide a `first` or `last` value to properly paginate the `comments` connection.",
    );
    const tooMany = await gql(
      `{ repository(owner: "acme", name: "goals") { issues(first: 101) { nodes { number } } } }`,
    );
    expect(tooMany.json.errors[0].message).toBe(
      "Requesting 101 records on the `issues` connection exceeds the `first` limit of 100 records.",
    );
    const countOnly = await gql(
      `{ repository(owner: "acme", name: "goals") { issue(number: 1) { comments { totalCount } } } }`,
    );
    expect(countOnly.json.data.repository.issue.comments.totalCount).toBe(5);
    const badCursor = await gql(
      `{ repository(owner: "acme", name: "goals") { issues(first: 1, after: "nope") { nodes { number } } } }`,
    );
    expect(badCursor.json.errors[0].message).toBe("`nope` does not appear to be a valid cursor.");
  });

  it("filters repository issues by labels (any of them), states and since", async () => {
    const { json } = await gql(`{ repository(owner: "acme", name: "goals") {
      open: issues(first: 10, filterBy: { labels: ["goal"], states: [OPEN] }) { totalCount nodes { number } }
      recent: issues(first: 10, filterBy: { since: "2025-01-06T00:00:00Z" }) { nodes { number } }
      newest: issues(first: 1, orderBy: { field: CREATED_AT, direction: DESC }) { nodes { number } }
    } }`);
    expect(json.data.repository.open).toEqual({
      totalCount: 2,
      nodes: [{ number: 1 }, { number: 3 }],
    });
    expect(json.data.repository.recent.nodes).toEqual([{ number: 1 }]);
    expect(json.data.repository.newest.nodes).toEqual([{ number: 3 }]);
  });

  it("counts and lists search results with GitHub's qualifiers", async () => {
    const count = async (q: string) =>
      (
        await gql(
          `query($q: String!) { search(query: $q, type: ISSUE, first: 5) { issueCount nodes { ... on Issue { number } } } }`,
          { q },
        )
      ).json;
    expect(
      (await count("repo:acme/goals is:issue is:open label:goal")).data.search.issueCount,
    ).toBe(2);
    expect((await count("org:acme is:closed")).data.search.issueCount).toBe(2);
    expect((await count("repo:acme/goals -label:goal")).data.search.nodes).toEqual([{ number: 2 }]);
    expect((await count("repo:acme/goals no:label sort:created-asc")).data.search.nodes).toEqual([
      { number: 2 },
    ]);
    expect((await count("repo:acme/goals widget")).data.search.issueCount).toBe(1);
    expect((await count("repo:acme/goals updated:>=2025-01-05")).data.search.issueCount).toBe(1);
    expect((await count("repo:acme/goals is:pr")).data.search.issueCount).toBe(0);
    expect((await count("repo:acme/goals linked:pr")).errors[0].message).toMatch(
      /`linked:` .*not implemented/,
    );
  });

  it("resolves node ids and reports the viewer", async () => {
    const first = await gql(
      `{ repository(owner: "acme", name: "goals") { issue(number: 3) { id } } viewer { login } }`,
    );
    expect(first.json.data.viewer.login).toBe("bot");
    const id = first.json.data.repository.issue.id;
    const { json } = await gql(
      `query($id: ID!) { node(id: $id) { __typename ... on Issue { title } } }`,
      { id },
    );
    expect(json.data.node).toEqual({ __typename: "Issue", title: "Build" });
  });

  it("charges points by GitHub's formula and sends rate-limit headers", async () => {
    const before = Number((await gql("{ rateLimit { remaining } }")).json.data.rateLimit.remaining);
    const aliases = Array.from(
      { length: 50 },
      (_, i) =>
        `i${i}: issue(number: 1) { comments(last: 100) { nodes { body } } labels(first: 100) { nodes { name } } }`,
    );
    const { json, headers } = await gql(
      `{ repository(owner: "acme", name: "goals") { ${aliases.join(" ")} } rateLimit { cost remaining } }`,
    );
    expect(json.data.rateLimit.cost).toBe(1); // 100 connections / 100
    expect(json.data.rateLimit.remaining).toBe(before - 1); // remaining counts the query itself
    expect(headers.get("x-ratelimit-resource")).toBe("graphql");
    expect(Number(headers.get("x-ratelimit-remaining"))).toBe(before - 1);
  });

  it("refuses a request without the configured token", async () => {
    const res = await gql("{ viewer { login } }", undefined, "wrong");
    expect(res.status).toBe(401);
    expect(res.json.message).toBe("Bad credentials");
    expect(gh.log.at(-1)).toMatchObject({ status: 401 });
  });
});
