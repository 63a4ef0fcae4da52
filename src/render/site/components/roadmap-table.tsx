import type { ItemUpdates, State } from "../../../model/types.js";
import { detachText } from "../detach-text.js";
import { joinMarkup, type Markup } from "../links/collect-links.js";
import { renderMarkup } from "../route.js";
import { type Shell, useShell } from "../shell.js";
import { segment, sitePaths } from "../site-paths.js";
import { StateBadge } from "./badges.js";
import { DataTable } from "./data-table.js";
import { LastUpdate } from "./freshness.js";
import { Owners, PageLink } from "./links.js";
import { ProgressBar } from "./progress-bar.js";

/** One row of the roadmap overview: an item at its depth in the tree. */
export interface RoadmapRow {
  id: string;
  title: string;
  depth: number;
  parent: string | null;
  /** The parent's title, shown when a filtered list leaves the parent out. */
  parentTitle: string | null;
  state: State | null;
  progress: { done: number; total: number } | null;
  /** Where the figure comes from and as of when ("sub-issues of a/b#1, as of 2026-09-01"). */
  provenance?: string | null;
  /** The item's updates: null before a sync has read its issue, undefined without an issue. */
  updates?: ItemUpdates | null;
  owners: string[];
  teams: string[];
}

/**
 * The overview table of seed 000. Every row carries its facts as data attributes (state, owners,
 * teams, progress, tree position) so the filter script and browser tests read them, not the text.
 */
export function RoadmapTable({ rows, filtered }: { rows: RoadmapRow[]; filtered: boolean }) {
  const shell = useShell();
  const shown = new Set(rows.map((r) => r.id));
  const body = joinMarkup(
    rows.map((row) => rowHtml(shell, row, filtered && !!row.parent && !shown.has(row.parent))),
  );
  return (
    <>
      <DataTable
        id="roadmap-table"
        class="roadmap"
        data={{ "data-filtered": filtered ? "true" : "false" }}
        caption="Goals and their initiatives, with state, progress and owners"
        columns={[
          { label: "Deliverable", sort: "title" },
          { label: "State", sort: "state" },
          { label: "Progress", sort: "progress" },
          { label: "Owners", sort: "owners" },
          "Last update",
        ]}
        body={body}
      />
      {rows.length === 0 && <p class="empty">Nothing matches this filter.</p>}
    </>
  );
}

/**
 * Rows rendered once per build and shell: the overview and its ~200 filter pages show each row
 * about four times. Keyed by the row object, which roadmapRoutes shares between its pages. Each
 * row's HTML is kept in one piece (`detachText`): as the renderer's tree of pieces the rows of the
 * 1,000-goal bench took 30 MB for the whole build, flat about 6 MB.
 */
const rendered = new WeakMap<Shell, WeakMap<RoadmapRow, { plain?: Markup; orphan?: Markup }>>();

function rowHtml(shell: Shell, row: RoadmapRow, orphan: boolean): Markup {
  let rows = rendered.get(shell);
  if (!rows) {
    rows = new WeakMap();
    rendered.set(shell, rows);
  }
  let entry = rows.get(row);
  if (!entry) {
    entry = {};
    rows.set(row, entry);
  }
  const variant = orphan ? "orphan" : "plain";
  if (!entry[variant]) {
    const { html, links } = renderMarkup(shell, <Row row={row} orphan={orphan} />);
    entry[variant] = { html: detachText(html), links };
  }
  return entry[variant];
}

function Row({ row, orphan }: { row: RoadmapRow; orphan: boolean }) {
  const ratio = row.progress && row.progress.total > 0 ? row.progress.done / row.progress.total : 0;
  return (
    <tr
      class={row.depth === 0 ? "goal-row" : "initiative-row"}
      data-id={segment(row.id)}
      data-parent={row.parent ? segment(row.parent) : ""}
      data-depth={row.depth}
      data-state={row.state ?? "none"}
      data-owners={row.owners.map(segment).join(" ")}
      data-teams={row.teams.map(segment).join(" ")}
      data-progress={ratio.toFixed(3)}
      data-stale={row.updates?.stale ? "true" : undefined}
    >
      <th scope="row" class={`deliverable depth-${Math.min(row.depth, 4)}`}>
        {row.depth > 0 && (
          <span class="nest" aria-hidden="true">
            ↳{" "}
          </span>
        )}
        <PageLink path={sitePaths.item(row.id)}>{row.title}</PageLink>
        {orphan && row.parentTitle && <span class="parent-note"> in {row.parentTitle}</span>}
      </th>
      <td>
        <StateBadge state={row.state} />
      </td>
      <td>
        <ProgressBar progress={row.progress} />
        {row.provenance && <span class="provenance">{row.provenance}</span>}
      </td>
      <td>
        <Owners owners={row.owners} state={row.state} />
      </td>
      <td>
        {row.updates !== undefined && (
          <LastUpdate updates={row.updates ?? undefined} full={false} />
        )}
      </td>
    </tr>
  );
}
