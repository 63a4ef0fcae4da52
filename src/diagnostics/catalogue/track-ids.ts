import type { CatalogueEntry } from "../catalogue.js";

/**
 * Ids reported by the track stage (src/track/), which brings in facts from outside the workspace
 * such as GitHub's tracking issues. See ../catalogue.ts to add one; a rule that
 * compares the model with these facts (e.g. `tracking-drift`) is a check rule, in check-ids.ts.
 */
export const TRACK_IDS = {
  "unreadable-cache": {
    stage: "track",
    severity: "warning",
    description:
      "The sync cache `.waymark/cache.sqlite` could not be read; commands carry on without GitHub facts.",
    hint: "Delete the file and run `waymark sync` again: it holds nothing GitHub does not.",
  },
} as const satisfies Record<string, CatalogueEntry>;
