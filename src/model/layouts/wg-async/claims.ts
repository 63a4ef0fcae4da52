import type { Span } from "../../../diagnostics/diagnostic.js";
import type { Item, State } from "../../types.js";

/**
 * What the hand-written overview table of roadmap.md says about an item. The item's own fields
 * carry the same values (the overview is what `waymark status` prints); this copy keeps where each
 * came from, apart from what the item's page says, so the `drift` rule can compare the two.
 */
export interface OverviewClaim {
  /** 0-based row of the overview table. */
  row: number;
  /** The row's label as the overview writes it. */
  title: string;
  state?: State;
  /** The ▰▱ bar: filled and total segments. */
  progress?: { done: number; total: number };
  /** Handles or team ids, resolved through roadmap.md's link definitions. */
  owners: string[];
  /** The whole row. */
  span: Span;
  cells: { title: Span; state: Span; progress: Span; owners: Span };
}

/**
 * A state or owners that some roadmap page states about an item outside its milestones: the
 * item's own page (a bold "on hold" by its Milestones heading), or a row of another page's table
 * that lists it (polish.md's Initiatives table).
 */
export interface PageClaim {
  /** Where the claim sits, in words: "the Initiatives table of polish.md". */
  where: string;
  state?: State;
  owners: string[];
  span: Span;
}

/** The wg-async adapter's part of `Item.extra`; every key is optional, and JSON data. */
export interface WgAsyncExtra {
  overview?: OverviewClaim;
  claims?: PageClaim[];
  /** A roadmap page the overview does not list: an item, nested by folder, but no status row. */
  unlisted?: boolean;
}

/** Reads the wg-async keys of an item's extra, checking their shape: extra may come from anywhere. */
export function wgAsyncExtra(item: Item): WgAsyncExtra {
  const extra = item.extra as Record<string, unknown>;
  const overview = extra.overview as OverviewClaim | undefined;
  const claims = extra.claims;
  return {
    overview: overview && typeof overview === "object" && overview.cells ? overview : undefined,
    claims: Array.isArray(claims) ? (claims as PageClaim[]) : undefined,
    unlisted: extra.unlisted === true,
  };
}
