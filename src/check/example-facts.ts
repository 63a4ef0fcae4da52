import type { CachedAreaIssue } from "../track/cache/read-cache.js";
import type { IssueFacts } from "../track/forge.js";
import type { Facts } from "../track/types.js";
import type { ExampleAreaIssue } from "./rule.js";

const AS_OF = "2026-09-01T00:00:00.000Z";

/** Facts for a rule example: each tracking issue with the given state and nothing else of note. */
export function exampleFacts(
  synced: Record<string, "open" | "closed" | null>,
  area?: ExampleAreaIssue[],
): Facts {
  const issues = new Map(
    Object.entries(synced).map(([key, state]) => {
      const facts: IssueFacts | null = state && {
        key,
        title: key,
        state,
        url: `https://github.com/${key.replace("#", "/issues/")}`,
        labels: [],
        assignees: [],
        updatedAt: AS_OF,
        checkboxes: { done: 0, total: 0 },
        subIssues: { done: 0, total: 0, items: [] },
        comments: [],
        commentCount: 0,
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
