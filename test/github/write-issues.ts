import type { RestAnswer, RestHandler } from "./rest-answers.js";
import { notFound, validationFailed } from "./rest-answers.js";
import { restComment, restIssue, restLabel, restMilestone } from "./rest-shapes.js";
import {
  ensureLabel,
  ensureUser,
  newNodeId,
  nextIssueNumber,
  type Store,
  type StoreIssue,
  type StoreRepo,
} from "./store.js";

/** Label names from any of the body shapes GitHub accepts: names, or objects with a name. */
function labelNames(value: unknown): string[] {
  const list = Array.isArray(value) ? value : ((value as { labels?: unknown[] })?.labels ?? []);
  return list.map((l) => (typeof l === "string" ? l : String((l as { name: string }).name)));
}

function setMilestone(
  repo: StoreRepo,
  issue: StoreIssue,
  value: unknown,
  docs: string,
): RestAnswer | undefined {
  if (value === undefined) return undefined;
  if (value === null) {
    issue.milestone = null;
    return undefined;
  }
  const number = Number(value);
  if (!repo.milestones.some((m) => m.number === number)) {
    return validationFailed(docs, [
      { value, resource: "Issue", field: "milestone", code: "invalid" },
    ]);
  }
  issue.milestone = number;
  return undefined;
}

function setState(store: Store, issue: StoreIssue, state: unknown, reason: unknown): void {
  if (state === "closed" && issue.state === "OPEN") {
    issue.state = "CLOSED";
    issue.closedAt = store.now();
    issue.stateReason = reason === "not_planned" ? "NOT_PLANNED" : "COMPLETED";
  } else if (state === "open" && issue.state === "CLOSED") {
    issue.state = "OPEN";
    issue.closedAt = null;
    issue.stateReason = "REOPENED";
  } else if (typeof reason === "string" && issue.state === "CLOSED") {
    issue.stateReason = reason.toUpperCase() as StoreIssue["stateReason"];
  }
}

type Body = Record<string, unknown>;

export const createIssue: RestHandler = ({ store, urls }, { repo }, body) => {
  const b = body as Body;
  const number = nextIssueNumber(repo!);
  const now = store.now();
  const issue: StoreIssue = {
    ...newNodeId(store, "I"),
    repo: `${repo!.owner}/${repo!.name}`,
    number,
    title: String(b.title),
    body: typeof b.body === "string" ? b.body : "",
    state: "OPEN",
    stateReason: null,
    author: store.viewer,
    createdAt: now,
    updatedAt: now,
    closedAt: null,
    locked: false,
    labels: labelNames(b.labels ?? []).map((l) => ensureLabel(store, repo!, l).name),
    assignees: assigneeLogins(store, b),
    milestone: null,
    reactions: {},
    comments: [],
    subIssues: [],
    parent: null,
  };
  const invalid = setMilestone(
    repo!,
    issue,
    b.milestone,
    "https://docs.github.com/rest/issues/issues#create-an-issue",
  );
  if (invalid) return invalid;
  repo!.issues.set(number, issue);
  store.nodes.set(issue.nodeId, { kind: "Issue", issue });
  return {
    status: 201,
    body: restIssue(store, urls, issue),
    headers: { location: `${urls.api}/repos/${issue.repo}/issues/${number}` },
  };
};

export const updateIssue: RestHandler = ({ store, urls }, { repo, issue }, body) => {
  const b = body as Body;
  const i = issue!;
  const invalid = setMilestone(
    repo!,
    i,
    b.milestone,
    "https://docs.github.com/rest/issues/issues#update-an-issue",
  );
  if (invalid) return invalid;
  if (b.title !== undefined && b.title !== null) i.title = String(b.title);
  if (b.body !== undefined) i.body = typeof b.body === "string" ? b.body : "";
  setState(store, i, b.state, b.state_reason);
  if (b.labels !== undefined)
    i.labels = labelNames(b.labels).map((l) => ensureLabel(store, repo!, l).name);
  if (b.assignees !== undefined || b.assignee !== undefined) i.assignees = assigneeLogins(store, b);
  i.updatedAt = store.now();
  return { status: 200, body: restIssue(store, urls, i) };
};

export const addLabels: RestHandler = ({ store, urls }, { repo, issue }, body) => {
  for (const name of labelNames(body)) {
    const label = ensureLabel(store, repo!, name);
    if (!issue!.labels.includes(label.name)) issue!.labels.push(label.name);
  }
  issue!.updatedAt = store.now();
  return { status: 200, body: issueLabels(urls, repo!, issue!) };
};

export const removeLabel: RestHandler = ({ store, urls }, { repo, issue, params }) => {
  const at = issue!.labels.findIndex((l) => l.toLowerCase() === params.name!.toLowerCase());
  if (at < 0)
    return notFound(
      "https://docs.github.com/rest/issues/labels#remove-a-label-from-an-issue",
      "Label does not exist",
    );
  issue!.labels.splice(at, 1);
  issue!.updatedAt = store.now();
  return { status: 200, body: issueLabels(urls, repo!, issue!) };
};

export const addAssignees: RestHandler = ({ store, urls }, { issue }, body) => {
  for (const login of assigneeLogins(store, body as Body)) {
    if (!issue!.assignees.some((a) => a.toLowerCase() === login.toLowerCase()))
      issue!.assignees.push(login);
  }
  issue!.updatedAt = store.now();
  return { status: 201, body: restIssue(store, urls, issue!) };
};

export const removeAssignees: RestHandler = ({ store, urls }, { issue }, body) => {
  const gone = new Set(assigneeLogins(store, body as Body).map((a) => a.toLowerCase()));
  issue!.assignees = issue!.assignees.filter((a) => !gone.has(a.toLowerCase()));
  issue!.updatedAt = store.now();
  return { status: 200, body: restIssue(store, urls, issue!) };
};

export const createComment: RestHandler = ({ store, urls }, { issue }, body) => {
  const now = store.now();
  const comment = {
    ...newNodeId(store, "IC"),
    author: store.viewer,
    body: String((body as Body).body),
    createdAt: now,
    updatedAt: now,
  };
  issue!.comments.push(comment);
  issue!.updatedAt = now;
  store.nodes.set(comment.nodeId, { kind: "IssueComment", issue: issue!, comment });
  return { status: 201, body: restComment(store, urls, issue!, comment) };
};

export const createMilestone: RestHandler = ({ store, urls }, { repo }, body) => {
  const b = body as Body;
  const title = String(b.title);
  if (repo!.milestones.some((m) => m.title === title)) {
    return validationFailed("https://docs.github.com/rest/issues/milestones#create-a-milestone", [
      { resource: "Milestone", code: "already_exists", field: "title" },
    ]);
  }
  const now = store.now();
  const milestone = {
    ...newNodeId(store, "MI"),
    number: Math.max(0, ...repo!.milestones.map((m) => m.number)) + 1,
    title,
    description: typeof b.description === "string" ? b.description : null,
    state: b.state === "closed" ? ("closed" as const) : ("open" as const),
    dueOn: typeof b.due_on === "string" ? b.due_on : null,
    creator: store.viewer,
    createdAt: now,
    updatedAt: now,
    closedAt: b.state === "closed" ? now : null,
  };
  repo!.milestones.push(milestone);
  store.nodes.set(milestone.nodeId, { kind: "Milestone", repo: repo!, milestone });
  return { status: 201, body: restMilestone(store, urls, repo!, milestone) };
};

export const createLabel: RestHandler = ({ store, urls }, { repo }, body) => {
  const b = body as Body;
  const name = String(b.name);
  if (repo!.labels.some((l) => l.name.toLowerCase() === name.toLowerCase())) {
    return validationFailed("https://docs.github.com/rest/issues/labels#create-a-label", [
      { resource: "Label", code: "already_exists", field: "name" },
    ]);
  }
  const label = ensureLabel(
    store,
    repo!,
    name,
    typeof b.color === "string" ? b.color : "ededed",
    typeof b.description === "string" ? b.description : null,
  );
  return { status: 201, body: restLabel(urls, repo!, label) };
};

function issueLabels(urls: Parameters<typeof restLabel>[0], repo: StoreRepo, issue: StoreIssue) {
  return issue.labels.map((name) =>
    restLabel(urls, repo, repo.labels.find((l) => l.name === name)!),
  );
}

/** `assignees` (and the older single `assignee`), each made a known user as GitHub would require. */
function assigneeLogins(store: Store, b: Body): string[] {
  const list = Array.isArray(b.assignees) ? (b.assignees as string[]) : [];
  if (typeof b.assignee === "string") list.push(b.assignee);
  return list.map((login) => ensureUser(store, login).login);
}
