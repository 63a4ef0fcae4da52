import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { CachedArea, CachedIssue, CachedSearch } from "./cache/read-cache.js";
import type { HistoryRow } from "./cache/read-history.js";

/**
 * Facts about the workspace from outside it, which rules and renderers read beside the model.
 * `waymark sync` fills a local cache from GitHub, and the track stage reads that cache (never the
 * network) into these fields: tracking issues with their latest comments, and search counts, each
 * with the time it was fetched, so every figure has a provenance.
 */
export interface Facts {
  /** When the facts were fetched (ISO 8601), or undefined when there are none. */
  asOf?: string;
  /** Tracking issues by `owner/repo#N`, as the last sync left them; `facts: null` when missing. */
  issues?: ReadonlyMap<string, CachedIssue>;
  /** Tracked searches by query, with their counts. */
  searches?: ReadonlyMap<string, CachedSearch>;
  /** The triage area's issues (open, and those that left), when a sync fetched them. */
  area?: CachedArea;
  /** Each tracking issue's figures at every sync, oldest first (burn-ups and forecasts). */
  history?: ReadonlyMap<string, HistoryRow[]>;
}

/** A workspace with no outside facts: before the first sync, or in a test. */
export const NO_FACTS: Facts = Object.freeze({});

/** What the track stage gives the pipeline. */
export interface Tracked {
  facts: Facts;
  /** Problems reading the facts (an unreadable cache, say); their ids are in catalogue/track-ids.ts. */
  diagnostics: Diagnostic[];
}
