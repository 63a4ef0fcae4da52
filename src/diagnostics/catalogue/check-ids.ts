import type { CatalogueEntry } from "../catalogue.js";

/**
 * Check rules, in the order docs/rules.md lists them: each id has one module in
 * src/check/rules/ with its examples (replayed as tests). See ../catalogue.ts to add one.
 */
export const CHECK_IDS = {
  // Markdown content.
  "broken-link": {
    stage: "check",
    severity: "error",
    foreignSeverity: "warning",
    description:
      "Relative links, images and definitions (and front matter `links:`) resolve to a file in the workspace, and `#anchors` to a heading or HTML anchor of the target page.",
  },
  "undefined-reference": {
    stage: "check",
    severity: "error",
    foreignSeverity: "warning",
    description:
      "Reference links and images (`[text][label]`, `[label][]`, `[label]`) use a label defined in the same document.",
  },
  "unused-definition": {
    stage: "check",
    severity: "warning",
    description: "Every `[label]: url` definition is referenced in its document.",
  },
  "reference-case-mismatch": {
    stage: "check",
    severity: "warning",
    description: "A reference spells its label with the same case as the definition.",
  },
  "uncopied-file": {
    stage: "check",
    severity: "warning",
    description:
      "A linked workspace file is of a kind the site publishes (images, PDF, text, CSV, JSON, YAML, zip and the like: src/model/copied-files.ts); others (SVG, HTML, XML, scripts) could run script on the site, so their links are left as text.",
  },
  "unknown-placeholder": {
    stage: "check",
    severity: "warning",
    description:
      "A rust-project-goals `(((…)))` placeholder is one the book generates (goal lists, team asks, champions, funding, roadmaps, highlights); an unknown one would be published as a note.",
  },
  // References between model values.
  "unknown-person": {
    stage: "check",
    severity: "error",
    foreignSeverity: "warning",
    description:
      "Owners are people or teams declared in waymark.yaml, and group leads are declared people.",
  },
  "unknown-team": {
    stage: "check",
    severity: "error",
    foreignSeverity: "warning",
    description: "Teams asked for support (`teams:`) are declared under `teams:` in waymark.yaml.",
  },
  "unknown-character": {
    stage: "check",
    severity: "error",
    foreignSeverity: "warning",
    description: "A story's `characters` are ids of character pages under vision/characters/.",
  },
  "unknown-story": {
    stage: "check",
    severity: "error",
    foreignSeverity: "warning",
    description: "A story's `retells` are ids of status-quo stories.",
  },
  "unknown-goal": {
    stage: "check",
    severity: "error",
    foreignSeverity: "warning",
    description: "A story's `goals` are ids of goals or initiatives.",
  },
  "unknown-period": {
    stage: "check",
    severity: "error",
    foreignSeverity: "warning",
    description:
      "An item's `period` is declared under `periods:` in waymark.yaml or has a periods/ page.",
  },
  "unknown-theme": {
    stage: "check",
    severity: "error",
    foreignSeverity: "warning",
    description: "An item's `theme` is one of the flagship themes of its period.",
    also: {
      model:
        "rust-project-goals: a goal's roadmap names no roadmap-*.md file (a warning, from the layout).",
    },
  },
  "duplicate-id": {
    stage: "check",
    severity: "error",
    foreignSeverity: "warning",
    description: "Ids are unique within their kind; people and teams share one namespace.",
  },
  "invalid-value": {
    stage: "check",
    severity: "error",
    foreignSeverity: "warning",
    description:
      "Values agree with each other: focus-limit minimum ≤ maximum, progress done ≤ total, period start ≤ end.",
    also: {
      model:
        "A value of the wrong type or outside the allowed set, listing what is allowed (from the schemas and layouts).",
    },
  },
  // Roadmap hygiene.
  "missing-owner": {
    stage: "check",
    severity: "warning",
    description: "A goal or initiative has an owner, unless it is help-wanted, paused or done.",
  },
  "state-drift": {
    stage: "check",
    severity: "warning",
    description:
      "An item's state, progress and milestone states agree: done means 100% and every milestone done.",
  },
  drift: {
    stage: "check",
    severity: "warning",
    description:
      "The roadmap overview (wg-async's roadmap.md) agrees with the pages it links: states, milestones and owners.",
  },
  "story-without-sources": {
    stage: "check",
    severity: "warning",
    description: "A status-quo story names the sources it rests on (interviews, posts, tweets).",
  },
  "shiny-future-retells-nothing": {
    stage: "check",
    severity: "warning",
    description: "A shiny-future story names the status-quo stories it retells.",
  },
  // Slate readiness: run on the goals of a period in its review phase, or `check --period P`.
  "readiness-point-of-contact": {
    stage: "check",
    severity: "warning",
    description:
      "A proposed goal on a slate under review names its point of contact: the one owner who posts its updates.",
  },
  "readiness-champion": {
    stage: "check",
    severity: "warning",
    description:
      "A team asked for Medium or Large support (or any team, where the goal records champions) has a champion from that team.",
  },
  "readiness-unknown-ask": {
    stage: "check",
    severity: "warning",
    description:
      "What a goal under review asks of a team is one of the asks the team lists (`asks:` under the team in waymark.yaml; rust-project-goals.toml's `[team_asks]`).",
  },
  "readiness-empty-section": {
    stage: "check",
    severity: "warning",
    description:
      "A goal under review has a written Impact and Milestones section (rust-project-goals: a Summary and work items); the template's italic instructions do not count.",
  },
  "readiness-continuation-link": {
    stage: "check",
    severity: "warning",
    description:
      "A goal that continues a goal of an earlier period (same file name or title) links it, or reuses its tracking issue.",
  },
  // Against GitHub, from the last `waymark sync`.
  "tracking-drift": {
    stage: "check",
    severity: "warning",
    description:
      "An item and its tracking issue agree: a closed issue means a done item, and a done item a closed issue (as of the last `waymark sync`).",
  },
  "unknown-tracking-issue": {
    stage: "check",
    severity: "warning",
    description:
      "An item's tracking issue exists and the sync's token can see it (as of the last `waymark sync`).",
  },
  "stale-update": {
    stage: "check",
    severity: "warning",
    description:
      "An item with an update cadence (`updates.every` in waymark.yaml, or its own `update-every`) has an update on its tracking issue within it: a comment by an owner, or one carrying the marker (`TL;DR:`), as of the last `waymark sync`. Done and paused items and closed issues are exempt.",
  },
  // The focus system (seed 003), from the triage area of the last `waymark sync`.
  "focus-over-limit": {
    stage: "check",
    severity: "warning",
    description:
      "No more focus issues are open than `triage.focus-limit` allows (as of the last `waymark sync`).",
  },
  "focus-under-limit": {
    stage: "check",
    severity: "warning",
    description:
      "At least the minimum of `triage.focus-limit` focus issues are moving (open and not stalled red).",
  },
  "focus-unassigned": {
    stage: "check",
    severity: "warning",
    description: "Every focus issue is assigned to someone.",
  },
  "focus-stalled": {
    stage: "check",
    severity: "warning",
    description:
      "A focus issue has had activity within `triage.stall-days` (a notice after 7 days, a warning after 14 by default).",
  },
  "on-deck-over-limit": {
    stage: "check",
    severity: "warning",
    description: "No more OnDeck issues are open than `triage.on-deck-limit` (25 by default).",
  },
} as const satisfies Record<string, CatalogueEntry>;
