import { getOperationAST, parse } from "graphql";
import { describe, expect, it } from "vitest";
import { githubSchema } from "./execute-graphql.js";
import { queryCost } from "./graphql-cost.js";

const cost = (query: string) => queryCost(githubSchema(), getOperationAST(parse(query))!, {}, {});

describe("queryCost", () => {
  it("scores GitHub's documented example (10,201 requests) at 102 points", () => {
    const example = `{ viewer { login repositories(first: 100) { edges { node { id
      issues(first: 50) { edges { node { id labels(first: 60) { edges { node { id name } } } } } }
      pullRequests(first: 50) { edges { node { id comments(first: 10) { edges { node { id } } } } } }
    } } } } }`;
    // 1 + 100 + 100 + 5,000 + 5,000 connection requests, / 100
    expect(cost(example)).toEqual({ cost: 102, nodeCount: 100 + 5000 + 5000 + 300_000 + 50_000 });
  });

  it("costs at least one point", () => {
    expect(cost("{ viewer { login } }").cost).toBe(1);
  });

  it("refuses a query over the 500,000 node limit", () => {
    expect(() =>
      cost(
        `{ viewer { repositories(first: 100) { nodes { issues(first: 100) { nodes { comments(first: 100) { nodes { id } } } } } } } }`,
      ),
    ).toThrow(
      /requesting up to 1,010,100 possible nodes which exceeds the maximum limit of 500,000/,
    );
  });
});
