import type { Rule } from "./rule.js";
import { brokenLink } from "./rules/broken-link.js";
import { duplicateId } from "./rules/duplicate-id.js";
import { focusOverLimit } from "./rules/focus-over-limit.js";
import { focusStalled } from "./rules/focus-stalled.js";
import { focusUnassigned } from "./rules/focus-unassigned.js";
import { focusUnderLimit } from "./rules/focus-under-limit.js";
import { invalidValue } from "./rules/invalid-value.js";
import { missingOwner } from "./rules/missing-owner.js";
import { onDeckOverLimit } from "./rules/on-deck-over-limit.js";
import { readinessChampion } from "./rules/readiness-champion.js";
import { readinessContinuationLink } from "./rules/readiness-continuation-link.js";
import { readinessEmptySection } from "./rules/readiness-empty-section.js";
import { readinessPointOfContact } from "./rules/readiness-point-of-contact.js";
import { readinessUnknownAsk } from "./rules/readiness-unknown-ask.js";
import { referenceCaseMismatch } from "./rules/reference-case-mismatch.js";
import { roadmapDrift } from "./rules/roadmap-drift.js";
import { shinyFutureRetellsNothing } from "./rules/shiny-future-retells-nothing.js";
import { staleUpdate } from "./rules/stale-update.js";
import { stateDrift } from "./rules/state-drift.js";
import { storyWithoutSources } from "./rules/story-without-sources.js";
import { trackingDrift } from "./rules/tracking-drift.js";
import { uncopiedFile } from "./rules/uncopied-file.js";
import { undefinedReference } from "./rules/undefined-reference.js";
import { unknownCharacter } from "./rules/unknown-character.js";
import { unknownGoal } from "./rules/unknown-goal.js";
import { unknownPeriod } from "./rules/unknown-period.js";
import { unknownPerson } from "./rules/unknown-person.js";
import { unknownPlaceholder } from "./rules/unknown-placeholder.js";
import { unknownStory } from "./rules/unknown-story.js";
import { unknownTeam } from "./rules/unknown-team.js";
import { unknownTheme } from "./rules/unknown-theme.js";
import { unknownTrackingIssue } from "./rules/unknown-tracking-issue.js";
import { unusedDefinition } from "./rules/unused-definition.js";

/**
 * Every check rule, one module each, in the order docs/rules.md lists them. Each id, with its
 * severity and description, is an entry of src/diagnostics/catalogue/check-ids.ts; a test checks
 * that every check id there has its module here.
 */
export const RULES: Rule[] = [
  // Markdown content.
  brokenLink,
  undefinedReference,
  unusedDefinition,
  referenceCaseMismatch,
  uncopiedFile,
  unknownPlaceholder,
  // References between model values.
  unknownPerson,
  unknownTeam,
  unknownCharacter,
  unknownStory,
  unknownGoal,
  unknownPeriod,
  unknownTheme,
  duplicateId,
  invalidValue,
  // Roadmap hygiene.
  missingOwner,
  stateDrift,
  roadmapDrift,
  storyWithoutSources,
  shinyFutureRetellsNothing,
  // Slate readiness: goals of a period in review (or `check --period`).
  readinessPointOfContact,
  readinessChampion,
  readinessUnknownAsk,
  readinessEmptySection,
  readinessContinuationLink,
  // Against GitHub, from the last sync.
  trackingDrift,
  unknownTrackingIssue,
  staleUpdate,
  // The focus system, from the triage area of the last sync.
  focusOverLimit,
  focusUnderLimit,
  focusUnassigned,
  focusStalled,
  onDeckOverLimit,
];
