import type { IssueFacts } from "../../src/track/forge.js";

/** A workspace with one goal that names a tracking issue, acme/goals#1, owned by ann. */
export const TRACKED_WORKSPACE = {
  "waymark.yaml": "group: { name: G }\npeople: { ann: {} }\n",
  "goals/a.md": "---\ntitle: A\nowners: ann\nstate: in-progress\ntracking: acme/goals#1\n---\n",
};

/** An open issue's facts as a sync records them: acme/goals#1 with nothing counted, and `over`. */
export function issueFacts(over: Partial<IssueFacts> = {}): IssueFacts {
  return {
    key: "acme/goals#1",
    title: "Tracking A",
    state: "open",
    url: "https://github.com/acme/goals/issues/1",
    labels: [],
    assignees: [],
    updatedAt: "2026-09-01T00:00:00Z",
    checkboxes: { done: 0, total: 0 },
    subIssues: { done: 0, total: 0, items: [] },
    comments: [],
    commentCount: 0,
    ...over,
  };
}
