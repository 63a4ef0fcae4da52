/**
 * The fake GitHub's in-memory state. Plain records keyed like GitHub keys them (a repository by
 * `owner/name`, an issue by number within its repository); the GraphQL resolvers and REST routes
 * read and write these, so a write over REST is seen by the next GraphQL query.
 */

export type ReactionContent =
  | "THUMBS_UP"
  | "THUMBS_DOWN"
  | "LAUGH"
  | "HOORAY"
  | "CONFUSED"
  | "HEART"
  | "ROCKET"
  | "EYES";

export interface StoreUser {
  databaseId: number;
  nodeId: string;
  login: string;
  name: string | null;
  type: "User" | "Bot";
}

export interface StoreLabel {
  databaseId: number;
  nodeId: string;
  name: string;
  color: string;
  description: string | null;
}

export interface StoreMilestone {
  databaseId: number;
  nodeId: string;
  number: number;
  title: string;
  description: string | null;
  state: "open" | "closed";
  dueOn: string | null;
  creator: string;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
}

export interface StoreComment {
  databaseId: number;
  nodeId: string;
  author: string;
  body: string;
  createdAt: string;
  updatedAt: string;
}

export interface StoreIssue {
  databaseId: number;
  nodeId: string;
  /** `owner/name` of the repository holding the issue. */
  repo: string;
  number: number;
  title: string;
  body: string;
  state: "OPEN" | "CLOSED";
  stateReason: "COMPLETED" | "NOT_PLANNED" | "REOPENED" | null;
  author: string;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  locked: boolean;
  labels: string[];
  assignees: string[];
  /** Milestone number in the same repository. */
  milestone: number | null;
  reactions: Partial<Record<ReactionContent, number>>;
  /** Oldest first, as GitHub orders them. */
  comments: StoreComment[];
  /** `owner/name#number` of each sub-issue, in order. */
  subIssues: string[];
  parent: string | null;
}

export interface StoreRepo {
  databaseId: number;
  nodeId: string;
  owner: string;
  name: string;
  labels: StoreLabel[];
  milestones: StoreMilestone[];
  issues: Map<number, StoreIssue>;
}

export type StoreNode =
  | { kind: "Repository"; repo: StoreRepo }
  | { kind: "Issue"; issue: StoreIssue }
  | { kind: "IssueComment"; issue: StoreIssue; comment: StoreComment }
  | { kind: "Label"; repo: StoreRepo; label: StoreLabel }
  | { kind: "Milestone"; repo: StoreRepo; milestone: StoreMilestone }
  | { kind: "User"; user: StoreUser };

export interface Store {
  users: Map<string, StoreUser>;
  repos: Map<string, StoreRepo>;
  /** Global node id → what it names, for `node(id:)`. */
  nodes: Map<string, StoreNode>;
  /** The login the token belongs to. */
  viewer: string;
  /** Time of writes made through the server (ISO 8601, whole seconds like GitHub). */
  now: () => string;
  nextDatabaseId: number;
}

export function createStore(viewer: string, now: () => string = isoNow): Store {
  const store: Store = {
    users: new Map(),
    repos: new Map(),
    nodes: new Map(),
    viewer,
    now,
    nextDatabaseId: 1000,
  };
  ensureUser(store, viewer);
  return store;
}

export function isoNow(): string {
  return new Date().toISOString().replace(/\.\d{3}Z$/, "Z");
}

/** A node id in GitHub's style (`I_kwDO…`): a type prefix and an opaque base64 tail. */
export function newNodeId(store: Store, prefix: string): { nodeId: string; databaseId: number } {
  const databaseId = store.nextDatabaseId++;
  const tail = Buffer.from(`fake:${databaseId}`).toString("base64url");
  return { databaseId, nodeId: `${prefix}_kwDO${tail}` };
}

export function ensureUser(store: Store, login: string, type: "User" | "Bot" = "User"): StoreUser {
  const found = store.users.get(login.toLowerCase());
  if (found) return found;
  const user: StoreUser = {
    ...newNodeId(store, type === "Bot" ? "BOT" : "U"),
    login,
    name: null,
    type,
  };
  store.users.set(login.toLowerCase(), user);
  store.nodes.set(user.nodeId, { kind: "User", user });
  return user;
}

export function findRepo(store: Store, owner: string, name: string): StoreRepo | undefined {
  return store.repos.get(`${owner}/${name}`.toLowerCase());
}

export function issueRef(issue: StoreIssue): string {
  return `${issue.repo}#${issue.number}`;
}

/** Resolves `owner/name#number`; undefined when either part does not exist. */
export function findIssueByRef(store: Store, ref: string): StoreIssue | undefined {
  const m = ref.match(/^([^/]+)\/([^#]+)#(\d+)$/);
  if (!m) return undefined;
  return findRepo(store, m[1]!, m[2]!)?.issues.get(Number(m[3]));
}

export function repoOf(store: Store, issue: StoreIssue): StoreRepo {
  const [owner, name] = issue.repo.split("/") as [string, string];
  return findRepo(store, owner, name)!;
}

export function addRepo(store: Store, owner: string, name: string): StoreRepo {
  const existing = findRepo(store, owner, name);
  if (existing) return existing;
  ensureUser(store, owner);
  const repo: StoreRepo = {
    ...newNodeId(store, "R"),
    owner,
    name,
    labels: [],
    milestones: [],
    issues: new Map(),
  };
  store.repos.set(`${owner}/${name}`.toLowerCase(), repo);
  store.nodes.set(repo.nodeId, { kind: "Repository", repo });
  return repo;
}

export function ensureLabel(
  store: Store,
  repo: StoreRepo,
  name: string,
  color = "ededed",
  description: string | null = null,
): StoreLabel {
  const found = repo.labels.find((l) => l.name.toLowerCase() === name.toLowerCase());
  if (found) return found;
  const label: StoreLabel = { ...newNodeId(store, "LA"), name, color, description };
  repo.labels.push(label);
  store.nodes.set(label.nodeId, { kind: "Label", repo, label });
  return label;
}

/** The next free issue number: GitHub numbers issues and pull requests in one sequence. */
export function nextIssueNumber(repo: StoreRepo): number {
  let max = 0;
  for (const n of repo.issues.keys()) max = Math.max(max, n);
  return max + 1;
}

/** `subIssuesSummary` as GitHub counts it: a closed sub-issue is a completed one. */
export function countSubIssues(
  store: Store,
  issue: StoreIssue,
): { total: number; completed: number; percentCompleted: number } {
  const total = issue.subIssues.length;
  const completed = issue.subIssues.filter(
    (ref) => findIssueByRef(store, ref)?.state === "CLOSED",
  ).length;
  return { total, completed, percentCompleted: total ? Math.floor((completed * 100) / total) : 0 };
}
