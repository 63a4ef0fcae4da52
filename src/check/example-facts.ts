import type { CachedAreaIssue } from "../track/cache/read-cache.js";
import type { IssueComment, IssueFacts } from "../track/forge.js";
import type { Facts } from "../track/types.js";
import type { ExampleAreaIssue } from "./rule.js";

/** When the examples' sync ran. */
export const EXAMPLE_SYNC = "2026-09-01";
const AS_OF = `${EXAMPLE_SYNC}T00:00:00.000Z`;

const OPENED = "2026-07-01T00:00:00Z";

/**
 * Facts for a rule example, as a sync on 2026-09-01 would leave them: each tracking issue with
 * the given state, opened on 2026-07-01, with the given comments and nothing else of note.
 */
export function exampleFacts(
  synced: Record<string, "open" | "closed" | null>,
  area?: ExampleAreaIssue[],
  comments: Record<string, [string, string, string][]> = {},
): Facts {
  const issues = new Map(
    Object.entries(synced).map(([key, state]) => {
      const url = `https://github.com/${key.replace("#", "/issues/")}`;
      const thread: IssueComment[] = (comments[key] ?? []).map(([author, date, body], i) => ({
        author,
        createdAt: `${date}T12:00:00Z`,
        url: `${url}#issuecomment-${i + 1}`,
        body,
      }));
      const facts: IssueFacts | null = state && {
        key,
        title: key,
        state,
        url,
        labels: [],
        assignees: [],
        createdAt: OPENED,
        updatedAt: AS_OF,
        checkboxes: { done: 0, total: 0 },
        subIssues: { done: 0, total: 0, items: [] },
        comments: thread,
        commentCount: thread.length,
      };
      return [key, { facts, syncedAt: AS_OF }] as const;
    }),
  );
  return { asOf: AS_OF, issues, searches: new Map(), area: area && exampleArea(area) };
}

const daysBefore = (days: number) => new Date(Date.parse(AS_OF) - days * 86_400_000).toISOString();

function exampleArea(area: ExampleAreaIssue[]): Facts["area"] {
  const issues = new Map<string, CachedAreaIssue>();
  for (const { key, labels, assignees = [], idleDays = 0 } of area) {
    const facts = {
      key,
      title: `Issue ${key.slice(key.indexOf("#") + 1)}`,
      url: `https://github.com/${key.replace("#", "/issues/")}`,
      state: "open" as const,
      labels,
      assignees,
      reactions: { total: 0, thumbsUp: 0 },
      comments: 0,
      createdAt: daysBefore(idleDays + 30),
      updatedAt: daysBefore(idleDays),
    };
    issues.set(key, { facts, scope: key.slice(0, key.indexOf("/")), syncedAt: AS_OF });
  }
  return { scopes: new Map(), issues };
}
