import { GraphQLError } from "graphql";
import { compareIssues, type IssueSortKey } from "./filter-issues.js";
import type { Store, StoreIssue, StoreRepo } from "./store.js";

type Predicate = (issue: StoreIssue, repo: StoreRepo) => boolean;

/**
 * GitHub's issue search syntax, the part a roadmap uses: `repo:`, `org:`/`user:`, `is:`/`state:`,
 * `label:` (repeat for AND, comma for OR), `no:`, `author:`, `assignee:`, `milestone:`, `reason:`,
 * date ranges on `created:`/`updated:`/`closed:`, `comments:`, `sort:`, a leading `-` to negate,
 * and bare words matched in the title and body. An unknown qualifier is an error, so a test never
 * passes on a filter the fake quietly ignored.
 */
export function searchIssues(store: Store, query: string): StoreIssue[] {
  const predicates: Predicate[] = [];
  let sort = "created-desc";
  for (const token of tokenize(query)) {
    const negated = token.startsWith("-");
    const m = (negated ? token.slice(1) : token).match(/^([a-z-]+):(.*)$/);
    if (!m) {
      const word = unquote(token).toLowerCase();
      predicates.push((i) => `${i.title}\n${i.body}`.toLowerCase().includes(word));
      continue;
    }
    const [, key, raw] = m as unknown as [string, string, string];
    const value = unquote(raw);
    if (key === "sort") {
      sort = value;
      continue;
    }
    if (key === "in" || key === "archived") continue; // every repository is unarchived
    const p = qualifier(key, value);
    predicates.push(negated ? (i, r) => !p(i, r) : p);
  }
  const found: StoreIssue[] = [];
  for (const repo of store.repos.values()) {
    for (const issue of repo.issues.values())
      if (predicates.every((p) => p(issue, repo))) found.push(issue);
  }
  return found.sort(sortOrder(sort));
}

function qualifier(key: string, value: string): Predicate {
  const lower = value.toLowerCase();
  switch (key) {
    case "repo":
      return (i) => i.repo.toLowerCase() === lower;
    case "org":
    case "user":
    case "owner":
      return (i) => i.repo.toLowerCase().startsWith(`${lower}/`);
    case "is":
    case "type":
    case "state":
      return isQualifier(lower);
    case "label": {
      const any = lower.split(",");
      return (i) => i.labels.some((l) => any.includes(l.toLowerCase()));
    }
    case "no":
      return noQualifier(lower);
    case "author":
      return (i) => i.author.toLowerCase() === lower;
    case "assignee":
      return (i) => i.assignees.some((a) => a.toLowerCase() === lower);
    case "milestone":
      return (i, repo) =>
        repo.milestones.some((m) => m.number === i.milestone && m.title.toLowerCase() === lower);
    case "reason":
      return (i) => (i.stateReason ?? "").replace("_", " ").toLowerCase() === lower;
    case "created":
      return dateRange(value, (i) => i.createdAt);
    case "updated":
      return dateRange(value, (i) => i.updatedAt);
    case "closed":
      return dateRange(value, (i) => i.closedAt);
    case "comments": {
      const inRange = numberRange(value);
      return (i) => inRange(i.comments.length);
    }
    default:
      throw unsupported(`${key}:`);
  }
}

function isQualifier(value: string): Predicate {
  if (value === "issue") return () => true;
  if (value === "pr" || value === "pull-request") return () => false; // the store holds issues only
  if (value === "open") return (i) => i.state === "OPEN";
  if (value === "closed") return (i) => i.state === "CLOSED";
  throw unsupported(`is:${value}`);
}

function noQualifier(value: string): Predicate {
  if (value === "label") return (i) => i.labels.length === 0;
  if (value === "assignee") return (i) => i.assignees.length === 0;
  if (value === "milestone") return (i) => i.milestone === null;
  throw unsupported(`no:${value}`);
}

/** `>=2024-01-01`, `<2024-01-01T12:00:00Z`, `2024-01-01..2024-02-01`, or one day. */
function dateRange(spec: string, field: (i: StoreIssue) => string | null): Predicate {
  const test = range(spec, (s) => s);
  return (i) => {
    const v = field(i);
    return v !== null && test(v);
  };
}

function numberRange(spec: string): (n: number) => boolean {
  const test = range(spec, (s) => s.padStart(12, "0"));
  return (n) => test(String(n).padStart(12, "0"));
}

/** Compares as strings: ISO dates sort as text, and numbers are padded by the caller. */
function range(spec: string, norm: (s: string) => string): (v: string) => boolean {
  const between = spec.match(/^(.+)\.\.(.+)$/);
  if (between) {
    const [lo, hi] = [norm(between[1]!), norm(between[2]!)];
    return (v) => (lo === "*" || v >= lo) && (hi === "*" || v.slice(0, hi.length) <= hi);
  }
  const cmp = spec.match(/^(>=|<=|>|<)(.+)$/);
  if (!cmp) {
    const exact = norm(spec);
    return (v) => v.startsWith(exact) || v === exact;
  }
  const bound = norm(cmp[2]!);
  switch (cmp[1]) {
    case ">=":
      return (v) => v >= bound;
    case ">":
      return (v) => v > bound && !v.startsWith(bound);
    case "<=":
      return (v) => v <= bound || v.startsWith(bound);
    default:
      return (v) => v < bound;
  }
}

function sortOrder(sort: string): (a: StoreIssue, b: StoreIssue) => number {
  const m = sort.match(/^(created|updated|comments)(?:-(asc|desc))?$/);
  if (!m) throw unsupported(`sort:${sort}`);
  return compareIssues(m[1] as IssueSortKey, m[2] === "asc" ? "asc" : "desc");
}

function tokenize(query: string): string[] {
  return query.match(/-?[a-z-]+:"[^"]*"|-?[a-z-]+:\S+|"[^"]*"|\S+/gi) ?? [];
}

function unquote(s: string): string {
  return s.replace(/^"(.*)"$/, "$1");
}

function unsupported(what: string): GraphQLError {
  return new GraphQLError(
    `The search qualifier \`${what}\` is valid on GitHub but not implemented by the fake GitHub server (test/github/search-issues.ts).`,
  );
}
