import type { CatalogueEntry } from "../catalogue.js";

/**
 * Ids reported by the track stage (src/track/), which brings in facts from outside the workspace
 * such as GitHub's tracking issues. Reserved: none yet. See ../catalogue.ts to add one; a rule that
 * compares the model with these facts (e.g. `tracking-drift`) is a check rule, in check-ids.ts.
 */
export const TRACK_IDS = {} as const satisfies Record<string, CatalogueEntry>;
