import type { Diagnostic } from "../diagnostics/diagnostic.js";

/**
 * Facts about the workspace from outside it, which rules and renderers read beside the model.
 * Today there are none. `waymark sync` will fill a local cache from GitHub, and the track stage
 * will read that cache (never the network) into fields added here: tracking issues, search counts,
 * update comments, each with the time it was fetched, so every figure has a provenance.
 */
export interface Facts {
  /** When the facts were fetched (ISO 8601), or undefined when there are none. */
  asOf?: string;
}

/** A workspace with no outside facts: before the first sync, or in a test. */
export const NO_FACTS: Facts = Object.freeze({});

/** What the track stage gives the pipeline. */
export interface Tracked {
  facts: Facts;
  /** Problems reading the facts (an unreadable cache, say); their ids are in catalogue/track-ids.ts. */
  diagnostics: Diagnostic[];
}
