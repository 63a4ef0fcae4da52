import { schema as github } from "@octokit/graphql-schema";
import { buildSchema, parse, validate } from "graphql";
import { describe, expect, it } from "vitest";
import { buildIssueQuery, readIssueBatch, SUB_ISSUES_PAGE_QUERY } from "./issue-query.js";
import { buildProbeQuery, readProbe } from "./probe-query.js";

// GitHub's published schema: a query with a field GitHub lacks fails here as it would there.
// (Its SDL, not its JSON: only the SDL has subIssuesSummary; see ../shared/NOTES.md.)
const schema = buildSchema(github.idl, { assumeValidSDL: true });
const errorsOf = (query: string) => validate(schema, parse(query)).map((e) => e.message);

const refs = [
  { owner: "rust-lang", repo: "rust", number: 1 },
  { owner: "rust-lang", repo: "rust-project-goals", number: 7 },
  { owner: "rust-lang", repo: "rust", number: 2 },
];

describe("GraphQL queries", () => {
  it("are valid against GitHub's schema", () => {
    expect(errorsOf(buildIssueQuery(refs, 100).query)).toEqual([]);
    expect(errorsOf(buildProbeQuery(refs, ["repo:a/b is:closed"]).query)).toEqual([]);
    expect(errorsOf(buildProbeQuery([], ["repo:a/b"]).query)).toEqual([]);
    expect(errorsOf(SUB_ISSUES_PAGE_QUERY)).toEqual([]);
  });

  it("alias issues by repository and read them back, null where missing", () => {
    const batch = buildIssueQuery(refs, 10);
    expect(batch.variables).toEqual({
      comments: 10,
      o0: "rust-lang",
      n0: "rust",
      o1: "rust-lang",
      n1: "rust-project-goals",
    });
    const issue = {
      number: 1,
      title: "Tracking",
      state: "CLOSED",
      url: "https://github.com/rust-lang/rust/issues/1",
      createdAt: "2026-07-01T00:00:00Z",
      updatedAt: "2026-09-01T00:00:00Z",
      closedAt: "2026-09-01T00:00:00Z",
      body: "- [x] a\n- [ ] b\n",
      labels: { nodes: [{ name: "C-tracking-issue" }] },
      assignees: { nodes: [{ login: "alice" }] },
      milestone: null,
      subIssuesSummary: { total: 3, completed: 1 },
      subIssues: {
        nodes: [
          {
            number: 5,
            title: "Part",
            state: "OPEN",
            repository: { nameWithOwner: "rust-lang/rust" },
          },
        ],
        pageInfo: { hasNextPage: true, endCursor: "c1" },
      },
      comments: {
        totalCount: 150,
        nodes: [{ author: null, createdAt: "2026-08-01T00:00:00Z", url: "u", body: "hi" }],
      },
    };
    const { facts, morePages } = readIssueBatch(batch, { r0: { i0: issue, i1: null }, r1: null });
    expect(facts.get("rust-lang/rust#1")).toMatchObject({
      state: "closed",
      createdAt: "2026-07-01T00:00:00Z",
      labels: ["C-tracking-issue"],
      checkboxes: { done: 1, total: 2 },
      subIssues: { done: 1, total: 3, items: [{ key: "rust-lang/rust#5", state: "open" }] },
      commentCount: 150,
    });
    expect(facts.get("rust-lang/rust#2")).toBeNull();
    expect(facts.get("rust-lang/rust-project-goals#7")).toBeNull();
    expect(morePages).toEqual([{ key: "rust-lang/rust#1", cursor: "c1", connection: "subIssues" }]);
  });

  it("read a probe's stamps and search counts", () => {
    const probe = buildProbeQuery(refs.slice(0, 1), ["is:open"]);
    const data = {
      r0: {
        i0: { updatedAt: "2026-01-01T00:00:00Z", subIssuesSummary: { total: 2, completed: 2 } },
      },
      s0: { issueCount: 42 },
    };
    expect(readProbe(probe, data)).toEqual({
      stamps: [
        {
          key: "rust-lang/rust#1",
          updatedAt: "2026-01-01T00:00:00Z",
          subIssues: { done: 2, total: 2 },
        },
      ],
      counts: new Map([["is:open", 42]]),
    });
  });
});
