import { REACTION_CONTENTS } from "./resolve-issue.js";
import {
  countSubIssues,
  ensureUser,
  repoOf,
  type Store,
  type StoreComment,
  type StoreIssue,
  type StoreLabel,
  type StoreMilestone,
  type StoreRepo,
  type StoreUser,
} from "./store.js";

/** Where REST answers point: the API's own base and the web's. */
export interface Urls {
  api: string;
  web: string;
}

/** The REST names of GraphQL's reaction contents, in the rollup's order. */
const REST_REACTION: Record<string, string> = {
  THUMBS_UP: "+1",
  THUMBS_DOWN: "-1",
  LAUGH: "laugh",
  HOORAY: "hooray",
  CONFUSED: "confused",
  HEART: "heart",
  ROCKET: "rocket",
  EYES: "eyes",
};

const iso = (s: string | null) => s;

export function restUser(urls: Urls, user: StoreUser): Record<string, unknown> {
  const api = `${urls.api}/users/${user.login}`;
  return {
    login: user.login,
    id: user.databaseId,
    node_id: user.nodeId,
    avatar_url: `https://avatars.githubusercontent.com/u/${user.databaseId}?v=4`,
    gravatar_id: "",
    url: api,
    html_url: `${urls.web}/${user.login}`,
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    type: user.type,
    user_view_type: "public",
    site_admin: false,
  };
}

/** `GET /user`: the token's own account, in its private view. */
export function restViewer(urls: Urls, user: StoreUser): Record<string, unknown> {
  return {
    ...restUser(urls, user),
    user_view_type: "private",
    name: user.name,
    company: null,
    blog: "",
    location: null,
    email: null,
    hireable: null,
    bio: null,
    twitter_username: null,
    public_repos: 0,
    public_gists: 0,
    followers: 0,
    following: 0,
    created_at: "2020-01-01T00:00:00Z",
    updated_at: "2020-01-01T00:00:00Z",
    private_gists: 0,
    total_private_repos: 0,
    owned_private_repos: 0,
    disk_usage: 0,
    collaborators: 0,
    two_factor_authentication: true,
  };
}

export function restLabel(urls: Urls, repo: StoreRepo, label: StoreLabel): Record<string, unknown> {
  return {
    id: label.databaseId,
    node_id: label.nodeId,
    url: `${repoApi(urls, repo)}/labels/${encodeURIComponent(label.name)}`,
    name: label.name,
    description: label.description,
    color: label.color,
    default: false,
  };
}

export function restMilestone(
  store: Store,
  urls: Urls,
  repo: StoreRepo,
  m: StoreMilestone,
): Record<string, unknown> {
  const issues = [...repo.issues.values()].filter((i) => i.milestone === m.number);
  const url = `${repoApi(urls, repo)}/milestones/${m.number}`;
  return {
    url,
    html_url: `${urls.web}/${repo.owner}/${repo.name}/milestone/${m.number}`,
    labels_url: `${url}/labels`,
    id: m.databaseId,
    node_id: m.nodeId,
    number: m.number,
    state: m.state,
    title: m.title,
    description: m.description,
    creator: restUser(urls, ensureUser(store, m.creator)),
    open_issues: issues.filter((i) => i.state === "OPEN").length,
    closed_issues: issues.filter((i) => i.state === "CLOSED").length,
    created_at: m.createdAt,
    updated_at: m.updatedAt,
    closed_at: iso(m.closedAt),
    due_on: iso(m.dueOn),
  };
}

export function restIssue(store: Store, urls: Urls, issue: StoreIssue): Record<string, unknown> {
  const repo = repoOf(store, issue);
  const url = `${repoApi(urls, repo)}/issues/${issue.number}`;
  const milestone = repo.milestones.find((m) => m.number === issue.milestone);
  const assignees = issue.assignees.map((a) => restUser(urls, ensureUser(store, a)));
  const reactions: Record<string, unknown> = { url: `${url}/reactions`, total_count: 0 };
  for (const content of REACTION_CONTENTS) {
    const n = issue.reactions[content] ?? 0;
    reactions[REST_REACTION[content]!] = n;
    reactions.total_count = (reactions.total_count as number) + n;
  }
  return {
    id: issue.databaseId,
    node_id: issue.nodeId,
    url,
    repository_url: repoApi(urls, repo),
    labels_url: `${url}/labels{/name}`,
    comments_url: `${url}/comments`,
    events_url: `${url}/events`,
    html_url: `${urls.web}/${issue.repo}/issues/${issue.number}`,
    number: issue.number,
    state: issue.state.toLowerCase(),
    state_reason: issue.stateReason?.toLowerCase() ?? null,
    title: issue.title,
    body: issue.body,
    user: restUser(urls, ensureUser(store, issue.author)),
    labels: issue.labels.map((name) =>
      restLabel(urls, repo, repo.labels.find((l) => l.name === name)!),
    ),
    assignee: assignees[0] ?? null,
    assignees,
    milestone: milestone ? restMilestone(store, urls, repo, milestone) : null,
    locked: issue.locked,
    active_lock_reason: null,
    comments: issue.comments.length,
    closed_at: issue.closedAt,
    created_at: issue.createdAt,
    updated_at: issue.updatedAt,
    author_association: issue.author === repo.owner ? "OWNER" : "NONE",
    reactions,
    timeline_url: `${url}/timeline`,
    sub_issues_summary: subIssueSummary(store, issue),
  };
}

export function restComment(
  store: Store,
  urls: Urls,
  issue: StoreIssue,
  c: StoreComment,
): Record<string, unknown> {
  const repo = repoOf(store, issue);
  return {
    id: c.databaseId,
    node_id: c.nodeId,
    url: `${repoApi(urls, repo)}/issues/comments/${c.databaseId}`,
    html_url: `${urls.web}/${issue.repo}/issues/${issue.number}#issuecomment-${c.databaseId}`,
    issue_url: `${repoApi(urls, repo)}/issues/${issue.number}`,
    body: c.body,
    user: restUser(urls, ensureUser(store, c.author)),
    created_at: c.createdAt,
    updated_at: c.updatedAt,
    author_association: c.author === repo.owner ? "OWNER" : "NONE",
  };
}

function subIssueSummary(store: Store, issue: StoreIssue): Record<string, number> {
  const { total, completed, percentCompleted } = countSubIssues(store, issue);
  return { total, completed, percent_completed: percentCompleted };
}

function repoApi(urls: Urls, repo: StoreRepo): string {
  return `${urls.api}/repos/${repo.owner}/${repo.name}`;
}
