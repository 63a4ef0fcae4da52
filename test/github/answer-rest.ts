import { createHash } from "node:crypto";
import { checkRequestBody, checkResponseBody, findOperation } from "./check-openapi.js";
import {
  getIssue,
  getRateLimit,
  getViewer,
  listComments,
  listIssues,
  listLabels,
  listMilestones,
  notFound,
  type RestAnswer,
  type RestContext,
  type RestHandler,
} from "./rest-answers.js";
import { findRepo } from "./store.js";
import {
  addAssignees,
  addLabels,
  createComment,
  createIssue,
  createLabel,
  createMilestone,
  removeAssignees,
  removeLabel,
  updateIssue,
} from "./write-issues.js";

/** The endpoints served, by their operation id in GitHub's REST description. */
const HANDLERS: Record<string, RestHandler> = {
  "users/get-authenticated": getViewer,
  "rate-limit/get": getRateLimit,
  "issues/list-labels-for-repo": listLabels,
  "issues/create-label": createLabel,
  "issues/list-milestones": listMilestones,
  "issues/create-milestone": createMilestone,
  "issues/list-for-repo": listIssues,
  "issues/create": createIssue,
  "issues/get": getIssue,
  "issues/update": updateIssue,
  "issues/add-labels": addLabels,
  "issues/remove-label": removeLabel,
  "issues/add-assignees": addAssignees,
  "issues/remove-assignees": removeAssignees,
  "issues/list-comments": listComments,
  "issues/create-comment": createComment,
};

export interface RestRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
  ifNoneMatch: string | undefined;
}

export interface RestReply extends RestAnswer {
  operationId?: string;
  /** The answer broke GitHub's description: the server's own bug, reported loudly. */
  problem?: string;
}

/**
 * Answers one authenticated REST request. Bodies are checked both ways against api.github.com's
 * published description: a bad request gets GitHub's 422, and an answer of ours that breaks the
 * description becomes a 500 and a recorded problem, so a test never passes on a wrong shape.
 * GET answers carry an ETag; a matching `If-None-Match` gets a free 304, as on github.com.
 */
export function answerRest(ctx: RestContext, req: RestRequest): RestReply {
  const op = findOperation(req.method, req.path);
  if (!op) return notFound();
  const handler = HANDLERS[op.operationId];
  if (!handler) {
    return {
      status: 501,
      operationId: op.operationId,
      body: {
        message: `${req.method} ${op.template} (${op.operationId}) is a GitHub endpoint the fake GitHub server does not implement (test/github/answer-rest.ts).`,
      },
    };
  }
  const core = ctx.limits.core;
  const free = op.operationId === "rate-limit/get";
  if (!free && core.used >= core.limit) {
    const id = ctx.store.users.get(ctx.store.viewer.toLowerCase())!.databaseId;
    return {
      status: 403,
      operationId: op.operationId,
      body: {
        message: `API rate limit exceeded for user ID ${id}.`,
        documentation_url: "https://docs.github.com/rest/overview/rate-limits-for-the-rest-api",
        status: "403",
      },
    };
  }
  const invalid = req.method === "GET" ? [] : checkRequestBody(op, req.body);
  if (invalid.length) {
    return {
      status: 422,
      operationId: op.operationId,
      body: {
        message: `Invalid request.\n\n${invalid.join("\n")}`,
        documentation_url: "https://docs.github.com/rest",
        status: "422",
      },
    };
  }
  const { owner, repo: name, issue_number } = op.params;
  const repo = owner && name ? findRepo(ctx.store, owner, name) : undefined;
  if (owner && !repo) return { ...notFound(), operationId: op.operationId };
  const issue = issue_number ? repo?.issues.get(Number(issue_number)) : undefined;
  if (issue_number && !issue) return { ...notFound(), operationId: op.operationId };
  const url = `${ctx.urls.api}${req.path}`;
  const answer = handler(ctx, { params: op.params, query: req.query, url, repo, issue }, req.body);
  const problems = checkResponseBody(op, answer.status, answer.body);
  if (problems.length) {
    const problem = `${req.method} ${req.path} answered ${answer.status} with a body that does not match @octokit/openapi (${op.operationId}):\n  ${problems.slice(0, 10).join("\n  ")}`;
    return {
      status: 500,
      operationId: op.operationId,
      problem,
      body: { message: `fake GitHub: ${problem}` },
    };
  }
  if (req.method === "GET" && answer.status === 200) {
    const etag = `W/"${createHash("sha256").update(JSON.stringify(answer.body)).digest("hex").slice(0, 32)}"`;
    if (req.ifNoneMatch === etag)
      return { status: 304, operationId: op.operationId, headers: { etag } };
    answer.headers = { ...answer.headers, etag };
  }
  if (!free) core.used++;
  return { ...answer, operationId: op.operationId };
}
