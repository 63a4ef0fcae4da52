import type { IssueRef } from "../model/types.js";

/**
 * The forge as the track stage sees it: a small contract that GitHub (and the local
 * GitHub-shaped test server) implements. Reads come in batches; writes are one call each.
 */

/** `owner/repo#N`: how an issue is keyed in the cache and in reports. */
export function issueKey(ref: IssueRef): string {
  return `${ref.owner}/${ref.repo}#${ref.number}`;
}

export function parseIssueKey(key: string): IssueRef | undefined {
  const match = /^([\w.-]+)\/([\w.-]+)#(\d+)$/.exec(key);
  if (!match) return undefined;
  return { owner: match[1] as string, repo: match[2] as string, number: Number(match[3]) };
}

export interface IssueComment {
  author?: string;
  createdAt: string;
  url: string;
  body: string;
}

export interface SubIssue {
  key: string;
  title: string;
  state: "open" | "closed";
}

/** What a sync keeps of one issue. */
export interface IssueFacts {
  key: string;
  title: string;
  state: "open" | "closed";
  url: string;
  labels: string[];
  assignees: string[];
  milestone?: string;
  updatedAt: string;
  /** When the issue was opened; absent in caches written before it was read. */
  createdAt?: string;
  closedAt?: string;
  /** Task-list items in the body: `- [x]` done, `- [ ]` not. */
  checkboxes: { done: number; total: number };
  /** GitHub's subIssuesSummary, and the sub-issues themselves (every page). */
  subIssues: { done: number; total: number; items: SubIssue[] };
  /** The latest comments, oldest first; `commentCount` is all of them. */
  comments: IssueComment[];
  commentCount: number;
}

/** An open issue of the triage area, as `waymark sync` keeps it: what the focus system reads. */
export interface AreaIssue {
  key: string;
  title: string;
  url: string;
  state: "open" | "closed";
  labels: string[];
  assignees: string[];
  /** Every reaction on the issue, and the thumbs-up among them. */
  reactions: { total: number; thumbsUp: number };
  comments: number;
  createdAt: string;
  /** Last activity: GitHub's updatedAt (comments, labels, edits). */
  updatedAt: string;
}

/** The cheap fingerprint of an issue a resync compares against the cache. */
export interface IssueStamp {
  key: string;
  /** undefined: the issue does not exist or is not visible. */
  updatedAt?: string;
  subIssues?: { done: number; total: number };
}

export interface ReadOptions {
  /** How many of the latest comments to keep per issue. */
  comments: number;
  /** Called after each request with how many issues are done. */
  onProgress?(done: number, total: number): void;
}

export interface RepoRef {
  owner: string;
  repo: string;
}

export interface NewIssue {
  owner: string;
  repo: string;
  title: string;
  body: string;
  labels: string[];
  assignees: string[];
  milestone?: number;
}

export interface Forge {
  /** Full facts of these issues; a missing or invisible issue maps to null. */
  readIssues(refs: IssueRef[], options: ReadOptions): Promise<Map<string, IssueFacts | null>>;
  /** Fingerprints of these issues and the counts of these searches, in as few requests as can be. */
  probe(
    refs: IssueRef[],
    searches: string[],
  ): Promise<{ stamps: IssueStamp[]; counts: Map<string, number> }>;
  /** How many issues each search matches (GitHub's issueCount, not a page of results). */
  searchCounts(searches: string[]): Promise<Map<string, number>>;
  /** Every issue an issue search finds (paginated, 100 to a request); GitHub stops at 1,000. */
  searchIssues(query: string): Promise<AreaIssue[]>;
  /** Adds labels (creating any the repository lacks); labels already there stay. */
  addLabels(ref: IssueRef, labels: string[]): Promise<void>;
  /** Removes one label; a label the issue does not carry counts as removed. */
  removeLabel(ref: IssueRef, label: string): Promise<void>;
  /** Adds assignees; those already assigned stay. */
  addAssignees(ref: IssueRef, assignees: string[]): Promise<void>;
  /** Sets the issue's milestone by number (an issue has at most one). */
  setMilestone(ref: IssueRef, milestone: number): Promise<void>;
  createIssue(issue: NewIssue): Promise<IssueRef>;
  updateIssue(ref: IssueRef, fields: { title?: string; body?: string }): Promise<void>;
  /** Every milestone of a repository, open and closed. */
  readMilestones(repo: RepoRef): Promise<{ title: string; number: number }[]>;
  /** Creates an open milestone; resolves to its number. */
  createMilestone(repo: RepoRef, title: string): Promise<number>;
  /** Requests made so far (for the sync summary and the bench). */
  readonly requests: number;
}

/** A forge failure, already phrased for people; never carries the token or a response body. */
export class ForgeError extends Error {
  constructor(
    message: string,
    /** HTTP status, when there was one. */
    readonly status?: number,
  ) {
    super(message);
    this.name = "ForgeError";
  }
}
