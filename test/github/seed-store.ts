import {
  addRepo,
  createStore,
  ensureLabel,
  ensureUser,
  findIssueByRef,
  issueRef,
  newNodeId,
  type ReactionContent,
  type Store,
  type StoreIssue,
  type StoreRepo,
} from "./store.js";

/**
 * A seed is plain data (JSON in `test/github/seeds/`, or built in code by `generate-seed.ts`):
 * only what a test cares about is required, the rest gets GitHub's defaults.
 */
export interface Seed {
  /** The login the token belongs to (`viewer`, `GET /user`); default `waymark-bot`. */
  viewer?: string;
  /** Users named anywhere are created on the fly; list them here to give a display name or a bot. */
  users?: { login: string; name?: string; type?: "User" | "Bot" }[];
  repos: SeedRepo[];
}

export interface SeedRepo {
  owner: string;
  name: string;
  labels?: { name: string; color?: string; description?: string }[];
  milestones?: SeedMilestone[];
  issues?: SeedIssue[];
}

export interface SeedMilestone {
  number?: number;
  title: string;
  description?: string;
  state?: "open" | "closed";
  dueOn?: string;
  createdAt?: string;
}

export interface SeedIssue {
  number?: number;
  title: string;
  body?: string;
  state?: "open" | "closed";
  stateReason?: "completed" | "not_planned" | "reopened";
  author?: string;
  createdAt?: string;
  updatedAt?: string;
  closedAt?: string;
  labels?: string[];
  assignees?: string[];
  /** Milestone number or title in the same repository. */
  milestone?: number | string;
  reactions?: Partial<Record<ReactionContent, number>>;
  comments?: SeedComment[];
  /** Numbers in the same repository, or `owner/name#number` elsewhere. */
  subIssues?: (number | string)[];
}

export interface SeedComment {
  author: string;
  body: string;
  createdAt: string;
  updatedAt?: string;
}

const EPOCH = "2024-01-01T00:00:00Z";

export interface StoreOptions {
  /** Clock for writes made through the server; default the real time. */
  now?: () => string;
}

/** Builds a fresh store from a seed; each call gives an independent copy. */
export function seedStore(seed: Seed, options: StoreOptions = {}): Store {
  const store = createStore(seed.viewer ?? "waymark-bot", options.now);
  for (const u of seed.users ?? []) {
    const user = ensureUser(store, u.login, u.type ?? "User");
    user.name = u.name ?? null;
  }
  const subIssues: [StoreIssue, (number | string)[]][] = [];
  for (const r of seed.repos) {
    const repo = addRepo(store, r.owner, r.name);
    for (const l of r.labels ?? [])
      ensureLabel(store, repo, l.name, l.color, l.description ?? null);
    for (const m of r.milestones ?? []) addMilestone(store, repo, m);
    for (const i of r.issues ?? []) {
      const issue = addIssue(store, repo, i);
      if (i.subIssues?.length) subIssues.push([issue, i.subIssues]);
    }
  }
  for (const [issue, children] of subIssues) linkSubIssues(store, issue, children);
  return store;
}

function addMilestone(store: Store, repo: StoreRepo, m: SeedMilestone): void {
  const number = m.number ?? repo.milestones.length + 1;
  const createdAt = m.createdAt ?? EPOCH;
  const milestone = {
    ...newNodeId(store, "MI"),
    number,
    title: m.title,
    description: m.description ?? null,
    state: m.state ?? "open",
    dueOn: m.dueOn ?? null,
    creator: repo.owner,
    createdAt,
    updatedAt: createdAt,
    closedAt: m.state === "closed" ? createdAt : null,
  };
  repo.milestones.push(milestone);
  store.nodes.set(milestone.nodeId, { kind: "Milestone", repo, milestone });
}

function addIssue(store: Store, repo: StoreRepo, i: SeedIssue): StoreIssue {
  const number = i.number ?? Math.max(0, ...repo.issues.keys()) + 1;
  if (repo.issues.has(number)) throw new Error(`seed: ${repo.owner}/${repo.name}#${number} twice`);
  const comments = (i.comments ?? []).map((c) => {
    ensureUser(store, c.author);
    return {
      ...newNodeId(store, "IC"),
      author: c.author,
      body: c.body,
      createdAt: c.createdAt,
      updatedAt: c.updatedAt ?? c.createdAt,
    };
  });
  const createdAt = i.createdAt ?? EPOCH;
  const lastComment = comments.at(-1)?.updatedAt;
  const closed = i.state === "closed";
  const issue: StoreIssue = {
    ...newNodeId(store, "I"),
    repo: `${repo.owner}/${repo.name}`,
    number,
    title: i.title,
    body: i.body ?? "",
    state: closed ? "CLOSED" : "OPEN",
    stateReason: i.stateReason
      ? (i.stateReason.toUpperCase() as StoreIssue["stateReason"])
      : closed
        ? "COMPLETED"
        : null,
    author: ensureUser(store, i.author ?? repo.owner).login,
    createdAt,
    updatedAt: i.updatedAt ?? [createdAt, lastComment ?? createdAt].sort().at(-1)!,
    closedAt: closed ? (i.closedAt ?? i.updatedAt ?? createdAt) : null,
    locked: false,
    labels: (i.labels ?? []).map((l) => ensureLabel(store, repo, l).name),
    assignees: (i.assignees ?? []).map((a) => ensureUser(store, a).login),
    milestone: milestoneNumber(repo, i.milestone),
    reactions: { ...i.reactions },
    comments,
    subIssues: [],
    parent: null,
  };
  repo.issues.set(number, issue);
  store.nodes.set(issue.nodeId, { kind: "Issue", issue });
  for (const comment of comments)
    store.nodes.set(comment.nodeId, { kind: "IssueComment", issue, comment });
  return issue;
}

function milestoneNumber(repo: StoreRepo, m: number | string | undefined): number | null {
  if (m === undefined) return null;
  const found = repo.milestones.find((x) => x.number === m || x.title === m);
  if (!found) throw new Error(`seed: no milestone ${m} in ${repo.owner}/${repo.name}`);
  return found.number;
}

function linkSubIssues(store: Store, parent: StoreIssue, children: (number | string)[]): void {
  for (const child of children) {
    const ref = typeof child === "number" ? `${parent.repo}#${child}` : child;
    const issue = findIssueByRef(store, ref);
    if (!issue) throw new Error(`seed: sub-issue ${ref} of ${issueRef(parent)} does not exist`);
    parent.subIssues.push(issueRef(issue));
    issue.parent = issueRef(parent);
  }
}
