import { STATE_EMOJI, STATE_LABEL } from "../../../model/markdown/state.js";
import { STATES, type State } from "../../../model/types.js";
import { overviewRows } from "../../status/overview.js";
import { compareEnglish } from "../collate.js";
import { STATE_MEANING } from "../components/badges.js";
import { DataTable } from "../components/data-table.js";
import { provenanceText } from "../components/freshness.js";
import { Layout } from "../components/layout.js";
import { PageLink } from "../components/links.js";
import { type RoadmapRow, RoadmapTable } from "../components/roadmap-table.js";
import { groupBy } from "../group-by.js";
import { pageRoute, type Route } from "../route.js";
import { useShell } from "../shell.js";
import type { SiteIndex } from "../site-index.js";
import { segment, sitePaths } from "../site-paths.js";

type Filter = { by: "state"; value: State } | { by: "owner" | "team"; value: string };

interface RoadmapView {
  path: string;
  /** The period shown when the workspace has no standing roadmap. */
  period: string | null;
  rows: RoadmapRow[];
  /** Every row's state, owners and teams, so the filter lists the same choices on every page. */
  counts: Record<State, number>;
  owners: string[];
  teams: string[];
  filter: Filter | null;
  /** Periods whose goals sit beside the standing roadmap, with how many goals each has. */
  slates: { id: string; title: string; goals: number }[];
}

/** The overview, and one pre-built page per state, owner and team so filters work without script. */
export function roadmapRoutes(index: SiteIndex): Route[] {
  const overview = overviewRows(index.ws);
  // The table is the standing roadmap; each period's goals are linked below it, on their slate.
  const inPeriods = new Set(overview.periods.flatMap((p) => p.rows));
  const rows: RoadmapRow[] = overview.rows
    .filter((r) => !inPeriods.has(r))
    .map((r) => {
      const item = index.items.get(r.id);
      const parent = item?.parent;
      const parentItem = parent ? index.items.get(parent) : undefined;
      return {
        id: r.id,
        title: r.title,
        depth: r.depth,
        parent: parent ?? null,
        parentTitle: parentItem ? parentItem.title : null,
        state: r.state,
        progress: r.progress,
        provenance: item?.progress ? provenanceText(item.progress) : null,
        updates: item?.tracking ? (item.updates ?? null) : undefined,
        owners: r.owners,
        teams: r.teams,
      };
    });
  const counts = Object.fromEntries(
    STATES.map((s) => [s, rows.filter((r) => r.state === s).length]),
  ) as Record<State, number>;
  const sorted = (xs: string[]) => [...new Set(xs)].sort(compareEnglish);
  const owners = sorted(rows.flatMap((r) => r.owners));
  const teams = sorted(rows.flatMap((r) => r.teams));
  const slates = overview.periods.map((p) => ({
    id: p.id,
    title: p.title,
    goals: p.rows.filter((r) => r.depth === 0).length,
  }));
  const base = { period: overview.period ?? null, counts, owners, teams, slates };
  const view = (path: string, filter: Filter | null, shown: RoadmapRow[]) =>
    pageRoute(path, { ...base, path, filter, rows: shown }, RoadmapPage);
  // Rows by state, owner and team in one pass each, in overview order.
  const byState = groupBy(rows.map((r) => [r.state ?? "", r]));
  const byOwner = groupBy(rows.flatMap((r) => [...new Set(r.owners)].map((o) => [o, r])));
  const byTeam = groupBy(rows.flatMap((r) => [...new Set(r.teams)].map((t) => [t, r])));
  return [
    view(sitePaths.roadmap, null, rows),
    ...STATES.map((s) =>
      view(sitePaths.roadmapState(s), { by: "state", value: s }, byState.get(s) ?? []),
    ),
    ...owners.map((o) =>
      view(sitePaths.roadmapOwner(o), { by: "owner", value: o }, byOwner.get(o) ?? []),
    ),
    ...teams.map((t) =>
      view(sitePaths.roadmapTeam(t), { by: "team", value: t }, byTeam.get(t) ?? []),
    ),
  ];
}

function RoadmapPage(view: RoadmapView) {
  const shell = useShell();
  const title = view.filter ? `Roadmap: ${filterLabel(view.filter, shell)}` : "Roadmap";
  const helpWanted = view.counts["help-wanted"];
  return (
    <Layout
      path={view.path}
      title={title}
      description="Goals, initiatives, their state and owners."
    >
      {!view.filter && (
        <p class="lead">
          Each <strong>goal</strong> captures part of the improved experience; its{" "}
          <strong>initiatives</strong> are the streams of work within it. Every goal and initiative
          has owners, who make sure it keeps moving. Open one to read its impact and milestones.
          {view.period &&
            ` This workspace has no standing roadmap; this is the ${view.period} slate.`}
        </p>
      )}
      {helpWanted > 0 && (
        <aside class="callout help-wanted" aria-labelledby="help-wanted-title">
          <h2 id="help-wanted-title">
            <span aria-hidden="true">{STATE_EMOJI["help-wanted"]}</span> Help wanted
          </h2>
          <p>
            {helpWanted === 1 ? "One deliverable is" : `${helpWanted} deliverables are`} looking for
            an owner.{" "}
            <PageLink path={sitePaths.roadmapState("help-wanted")}>See what needs you</PageLink>, or
            talk to the leads on the <PageLink path={sitePaths.home}>group page</PageLink>.
          </p>
        </aside>
      )}
      <Filters view={view} />
      <RoadmapTable rows={view.rows} filtered={!!view.filter} />
      <p id="roadmap-count" class="row-count" aria-live="polite">
        {view.rows.length} {view.rows.length === 1 ? "deliverable" : "deliverables"}
      </p>
      {!view.filter &&
        view.slates.map((slate) => (
          <p class="period-goals">
            <PageLink path={sitePaths.period(slate.id)}>{slate.title}</PageLink>:{" "}
            {slate.goals === 1 ? "one more goal" : `${slate.goals} more goals`}, on its slate.
          </p>
        ))}
      <Legend counts={view.counts} />
    </Layout>
  );
}

function filterLabel(filter: Filter, shell: ReturnType<typeof useShell>): string {
  if (filter.by === "state") return STATE_LABEL[filter.value];
  if (filter.by === "owner") return `owned by ${shell.personName(filter.value)}`;
  return `asks of ${shell.teamName(filter.value)}`;
}

/** Links to the pre-built filter pages (no script needed), and a form the script enhances. */
function Filters({ view }: { view: RoadmapView }) {
  const shell = useShell();
  const is = (by: Filter["by"], value: string) =>
    view.filter?.by === by && view.filter.value === value ? "page" : undefined;
  const selected = (by: Filter["by"]) => (view.filter?.by === by ? segment(view.filter.value) : "");
  return (
    <section class="filters" aria-labelledby="filters-title">
      <h2 id="filters-title">Filter</h2>
      <nav class="filter-links" aria-label="Filter by state">
        <ul>
          <li>
            <a href={shell.href(sitePaths.roadmap)} aria-current={view.filter ? undefined : "page"}>
              All
            </a>
          </li>
          {STATES.map((s) => (
            <li>
              <a href={shell.href(sitePaths.roadmapState(s))} aria-current={is("state", s)}>
                <span aria-hidden="true">{STATE_EMOJI[s]}</span> {STATE_LABEL[s]} ({view.counts[s]})
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <div class="filter-links filter-more">
        <FilterGroup
          label="By owner"
          open={view.filter?.by === "owner"}
          links={view.owners.map((o) => ({
            path: sitePaths.roadmapOwner(o),
            label: shell.personName(o),
            current: is("owner", o),
          }))}
        />
        <FilterGroup
          label="By team"
          open={view.filter?.by === "team"}
          links={view.teams.map((t) => ({
            path: sitePaths.roadmapTeam(t),
            label: shell.teamName(t),
            current: is("team", t),
          }))}
        />
      </div>
      <form
        id="roadmap-filter"
        class="filter-form"
        method="get"
        action={shell.href(sitePaths.roadmap)}
        hidden
      >
        <label>
          State{" "}
          <select name="state">
            <option value="">Any state</option>
            {STATES.map((s) => (
              <option value={s} selected={selected("state") === s}>
                {STATE_EMOJI[s]} {STATE_LABEL[s]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Owner{" "}
          <select name="owner">
            <option value="">Anyone</option>
            {view.owners.map((o) => (
              <option value={segment(o)} selected={selected("owner") === segment(o)}>
                {shell.personName(o)}
              </option>
            ))}
          </select>
        </label>
        <label>
          Team{" "}
          <select name="team">
            <option value="">Any team</option>
            {view.teams.map((t) => (
              <option value={segment(t)} selected={selected("team") === segment(t)}>
                {shell.teamName(t)}
              </option>
            ))}
          </select>
        </label>
        <button type="reset">Clear</button>
      </form>
    </section>
  );
}

function FilterGroup(props: {
  label: string;
  open: boolean;
  links: { path: string; label: string; current: "page" | undefined }[];
}) {
  const shell = useShell();
  if (!props.links.length) return null;
  return (
    <details open={props.open}>
      <summary>{props.label}</summary>
      <ul>
        {props.links.map((l) => (
          <li>
            <a href={shell.href(l.path)} aria-current={l.current}>
              {l.label}
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}

/** Seed 000's legend: what each state means, with links to its filter page. */
function Legend({ counts }: { counts: Record<State, number> }) {
  return (
    <section aria-labelledby="legend-title">
      <h2 id="legend-title">States</h2>
      <DataTable class="legend" columns={["State", "Meaning", "Count"]}>
        {STATES.map((s) => (
          <tr>
            <th scope="row">
              <span aria-hidden="true">{STATE_EMOJI[s]}</span> {STATE_LABEL[s]}
            </th>
            <td>{STATE_MEANING[s]}</td>
            <td>
              <PageLink path={sitePaths.roadmapState(s)}>{counts[s]}</PageLink>
            </td>
          </tr>
        ))}
      </DataTable>
    </section>
  );
}
