import type { Triage } from "../../model/types.js";

/** A label as GitHub search wants it: quoted when it has spaces, colons or quotes. */
export function labelTerm(name: string): string {
  return /[\s:",]/.test(name) ? `"${name.replace(/"/g, "")}"` : name;
}

/** One entry of `triage.repositories` as a search qualifier: `repo:owner/name`, or `org:owner` for a whole organisation. */
export function scopeQualifier(entry: string): string {
  return entry.includes("/") ? `repo:${entry}` : `org:${entry}`;
}

/**
 * The GitHub searches behind one entry of the triage scope (GitHub ORs repeated `repo:`
 * qualifiers but ANDs them with `org:`, so each entry is searched on its own):
 * - `open`: its open issues carrying the area label, which a sync fetches;
 * - `changedSince(t)`: issues with the label, open or not, updated at or after `t`; with the
 *   open count, the resync probe's test that nothing moved.
 */
export function scopeSearches(triage: Pick<Triage, "areaLabel">, entry: string) {
  const base = `${scopeQualifier(entry)} is:issue label:${labelTerm(triage.areaLabel)}`;
  return {
    open: `${base} is:open`,
    // A second early and without milliseconds: GitHub's qualifier takes whole seconds, and an
    // overlap costs at most one needless refetch where a gap would miss a change.
    changedSince: (at: string) =>
      `${base} updated:>=${new Date(Date.parse(at) - 1000).toISOString().replace(/\.\d{3}Z$/, "Z")}`,
  };
}
