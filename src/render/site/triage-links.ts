import type { Triage } from "../../model/types.js";
import { labelTerm as label, scopeQualifier } from "../../track/triage/scope-query.js";

function searchUrl(terms: string[]): string {
  return `https://github.com/search?q=${encodeURIComponent(terms.join(" "))}&type=issues`;
}

function scope(triage: Triage): string[] {
  return [...triage.repositories.map(scopeQualifier), "is:issue", "is:open"];
}

/** Open issues with the area label and one focus label: the live list behind each label. */
export function focusSearchUrl(triage: Triage, focusLabel: string): string {
  return searchUrl([
    ...scope(triage),
    `label:${label(triage.areaLabel)}`,
    `label:${label(focusLabel)}`,
  ]);
}

/** Open issues with the area label and none of the three focus labels: what triage reviews first. */
export function uncategorisedSearchUrl(triage: Triage): string {
  const { focus, onDeck, other } = triage.labels;
  return searchUrl([
    ...scope(triage),
    `label:${label(triage.areaLabel)}`,
    ...[focus, onDeck, other].map((l) => `-label:${label(l)}`),
  ]);
}
