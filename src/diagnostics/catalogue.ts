/**
 * Every diagnostic id Waymark reports, in one typed catalogue: `Diagnostic.ruleId` is a
 * `DiagnosticId`, so an id that is not listed here is a type error wherever it is emitted.
 * docs/rules.md is generated from it (`npm run docs:rules`; a test keeps the file current).
 *
 * To add an id:
 * 1. Add an entry to the file of the stage that reports it, under catalogue/: `load-ids.ts`
 *    (reading and parsing files), `model-ids.ts` (building the model), `track-ids.ts` (facts from
 *    outside the workspace, such as GitHub), `check-ids.ts` (check rules) or `publish-ids.ts`
 *    (rendering and writing output). The key is the id: stable,
 *    kebab-case, never renamed once published. Give the default severity, a one-sentence
 *    description of what it reports (docs/rules.md shows it), and a `hint` when there is one
 *    general way to fix it.
 * 2. Emit it: `{ ruleId: "your-id", severity, span, message, hint }`. A check rule instead gets a
 *    module `src/check/rules/<id>.ts` (`defineRule({ id, examples, check })`, which takes the
 *    severity and description from here) listed in `src/check/all-rules.ts`.
 * 3. Run `npm run docs:rules`.
 * An id reported by a second stage too (the model and a check rule both report `invalid-value`)
 * keeps one entry, in the stage that owns it, and says what the other stage reports in `also`.
 */
import { CHECK_IDS } from "./catalogue/check-ids.js";
import { LOAD_IDS } from "./catalogue/load-ids.js";
import { MODEL_IDS } from "./catalogue/model-ids.js";
import { PUBLISH_IDS } from "./catalogue/publish-ids.js";
import { TRACK_IDS } from "./catalogue/track-ids.js";
import type { Severity } from "./diagnostic.js";

/** The pipeline stage that reports an id. */
export type Stage = "load" | "model" | "track" | "check" | "publish";

export interface CatalogueEntry {
  stage: Stage;
  /** The severity its diagnostics get unless the emitter (or `rules:` in waymark.yaml) says otherwise. */
  severity: Severity;
  /**
   * Severity in adapted layouts (rust-project-goals, wg-async), for content Waymark does not own:
   * real defects there are warnings, and `--strict` turns them back into errors. Check rules only.
   */
  foreignSeverity?: Severity;
  /** What it reports, in one or two sentences. */
  description: string;
  /** General guidance on fixing it; each diagnostic still carries its own specific hint. */
  hint?: string;
  /** Other stages that report the same id, with what they report. */
  also?: Partial<Record<Stage, string>>;
}

export const CATALOGUE = { ...LOAD_IDS, ...MODEL_IDS, ...TRACK_IDS, ...CHECK_IDS, ...PUBLISH_IDS };

export type DiagnosticId = keyof typeof CATALOGUE;
/** The id of a check rule: one module in src/check/rules/. */
export type CheckRuleId = keyof typeof CHECK_IDS;

/** Every entry with its id, stage by stage in pipeline order. */
export function catalogueEntries(): (CatalogueEntry & { id: DiagnosticId })[] {
  return Object.entries(CATALOGUE).map(([id, entry]) => ({ id: id as DiagnosticId, ...entry }));
}

/** The entries of each stage's file, for the test that no id is listed twice. */
export const STAGE_TABLES: Record<Stage, Record<string, CatalogueEntry>> = {
  load: LOAD_IDS,
  model: MODEL_IDS,
  track: TRACK_IDS,
  check: CHECK_IDS,
  publish: PUBLISH_IDS,
};
