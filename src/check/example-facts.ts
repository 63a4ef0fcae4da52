import type { IssueFacts } from "../track/forge.js";
import type { Facts } from "../track/types.js";

const AS_OF = "2026-09-01T00:00:00.000Z";

/** Facts for a rule example: each tracking issue with the given state and nothing else of note. */
export function exampleFacts(synced: Record<string, "open" | "closed" | null>): Facts {
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
  return { asOf: AS_OF, issues, searches: new Map() };
}
