import type { Triage } from "../../model/types.js";
import type { AreaIssue, Forge } from "../forge.js";
import { scopeSearches } from "./scope-query.js";

/** What the cache remembers of one scope entry's last full fetch. */
export interface CachedScope {
  areaLabel: string;
  openCount: number;
  /** When the sync that checked it started. */
  checkedAt: string;
}

/** The probe searches that tell whether a scope entry moved, keyed by search. */
export interface AreaPlan {
  probes: Map<string, { scope: string; kind: "open" | "changed" }>;
  /** Entries new to the cache (or whose area label changed): fetched without asking. */
  fetch: string[];
}

/** What a sync writes of the triage area. */
export interface AreaRecord {
  areaLabel: string;
  /** Every entry of `triage.repositories`; cached entries not listed are dropped. */
  scopes: string[];
  /** Entries fetched in full this sync, with their open issues. */
  fetched: { scope: string; issues: AreaIssue[] }[];
  /** When this sync started: the next probe asks for changes since then. */
  checkedAt: string;
  /** The configured Focus, OnDeck and Other labels: each sync records how many issues carry each. */
  labels?: Triage["labels"];
}

/**
 * A resync costs no request of its own for the area: each known scope entry adds two counts to the
 * probe the sync makes anyway, its open issues and its issues (open or not) updated since it was
 * last checked. Both unchanged means nothing moved: an issue that was closed, relabelled, commented
 * or opened since would be counted by the second, and one that lost the area label (then updated
 * at that moment too) by the first.
 */
export function planArea(triage: Triage, cached: ReadonlyMap<string, CachedScope>): AreaPlan {
  const probes: AreaPlan["probes"] = new Map();
  const fetch: string[] = [];
  for (const scope of triage.repositories) {
    const known = cached.get(scope);
    if (!known || known.areaLabel !== triage.areaLabel) {
      fetch.push(scope);
      continue;
    }
    const searches = scopeSearches(triage, scope);
    probes.set(searches.open, { scope, kind: "open" });
    probes.set(searches.changedSince(known.checkedAt), { scope, kind: "changed" });
  }
  return { probes, fetch };
}

/** Fetches the entries the plan or the probe's counts call for, each with one paginated search. */
export async function fetchArea(
  forge: Forge,
  triage: Triage,
  plan: AreaPlan,
  counts: ReadonlyMap<string, number>,
  cached: ReadonlyMap<string, CachedScope>,
  checkedAt: string,
): Promise<AreaRecord> {
  const moved = new Set(plan.fetch);
  for (const [search, { scope, kind }] of plan.probes) {
    const count = counts.get(search);
    const same = kind === "open" ? count === cached.get(scope)?.openCount : count === 0;
    if (!same) moved.add(scope);
  }
  const fetched: AreaRecord["fetched"] = [];
  for (const scope of triage.repositories.filter((s) => moved.has(s))) {
    fetched.push({ scope, issues: await forge.searchIssues(scopeSearches(triage, scope).open) });
  }
  return {
    areaLabel: triage.areaLabel,
    scopes: [...triage.repositories],
    fetched,
    checkedAt,
    labels: triage.labels,
  };
}
