import type { CatalogueEntry } from "../catalogue.js";

/**
 * Ids reported while the model is built (src/model/: the schemas and the layout adapters).
 * See ../catalogue.ts to add one.
 */
export const MODEL_IDS = {
  "missing-config": {
    stage: "model",
    severity: "error",
    description: "A native workspace without `waymark.yaml` at its root.",
    hint: "Run `waymark init`, or pass `--layout` for a rust-project-goals or wg-async checkout.",
  },
  "empty-file": {
    stage: "model",
    severity: "error",
    description: "An empty `waymark.yaml` or goal file.",
    hint: "Add front matter, or create the file with `waymark new goal <title>` (`waymark init` for the configuration).",
  },
  "unknown-field": {
    stage: "model",
    severity: "error",
    description: "A field the format does not define; the hint lists the allowed ones.",
    also: { check: "a key under `rules:` in waymark.yaml that names no id of this page." },
    hint: "Fix the field's spelling (the hint names the closest allowed field), or remove it.",
  },
  "missing-field": {
    stage: "model",
    severity: "error",
    description:
      "A required field is absent, such as `title`, or a story's `kind` when its folder implies none.",
    hint: "Add the field; docs/format.md lists what each kind of file needs.",
  },
  "phase-order": {
    stage: "model",
    severity: "error",
    description:
      "A period's `phases:` (in its page or in waymark.yaml) date a phase before the phase that comes earlier in the cycle: proposals, review, rfc, accepted, running, closed.",
    hint: "Fix the date so that each phase starts on or after the one before it.",
  },
  "heading-level": {
    stage: "model",
    severity: "warning",
    description:
      "rust-project-goals: a goal file that opens with a `##` (or deeper) title instead of `#`.",
    hint: "Make the goal's title a level-1 heading (`# Title`).",
  },
  "missing-overview": {
    stage: "model",
    severity: "warning",
    description: "wg-async: roadmap.md has no overview table of goals and initiatives.",
    hint: "Add the overview table that lists each goal (🔻) and its initiatives (↳), or pass `--layout` for another layout.",
  },
  "unknown-state": {
    stage: "model",
    severity: "warning",
    description: "wg-async: an overview state cell that is none of ✅ 🦀 ✋ 💤.",
    hint: "Use one of the four state emoji of the roadmap's legend.",
  },
  "missing-title": {
    stage: "model",
    severity: "warning",
    description: "wg-async: a story without a `#` title; the file name stands in for it.",
    hint: "Add a `#` heading with the story's title.",
  },
  "template-title": {
    stage: "model",
    severity: "warning",
    description:
      "wg-async: a story still titled `Template`, copied from the template and never renamed.",
    hint: "Replace the template's heading with the story's title.",
  },
} as const satisfies Record<string, CatalogueEntry>;
