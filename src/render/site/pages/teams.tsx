import type { Item } from "../../../model/types.js";
import { DataTable } from "../components/data-table.js";
import { Layout } from "../components/layout.js";
import { ContentLink, PageLink } from "../components/links.js";
import { InlineMarkdown } from "../components/markdown.js";
import { SummaryTable } from "../components/summary-table.js";
import { groupBy } from "../group-by.js";
import { pageRoute, type Route } from "../route.js";
import { useShell } from "../shell.js";
import { type ItemSummary, type SiteIndex, summary } from "../site-index.js";
import { sitePaths } from "../site-paths.js";

interface TeamView {
  id: string;
  name: string | null;
  url: string | null;
  asks: TeamAskSummary[];
  /** Asks of goals the slate did not accept: shown apart, since nothing is asked of the team. */
  notAccepted: TeamAskSummary[];
  owns: ItemSummary[];
}

type TeamAskSummary = ItemSummary & { ask: string; level: string | null; file: string };

export function teamRoutes(index: SiteIndex): Route[] {
  if (!index.teams.length) return [];
  const { config, items } = index.ws;
  // One pass over the items for all teams, in item order as a filter per team would give.
  const byId = index.items;
  const rejected = (item: Item) => slateStatusOf(item, byId) === "not-accepted";
  const asksOf = (keep: (item: Item) => boolean) =>
    groupBy(
      items
        .filter(keep)
        .flatMap((item) =>
          item.asks.map((a) => [
            a.team,
            { ...summary(item), ask: a.ask, level: a.level ?? null, file: item.file },
          ]),
        ),
    );
  const asks = asksOf((item) => !rejected(item));
  const notAccepted = asksOf(rejected);
  const owns = groupBy(
    items.flatMap((item) => [...new Set(item.owners)].map((o) => [o, summary(item)])),
  );
  const views: TeamView[] = index.teams.map((id) => ({
    id,
    name: config.teams.get(id)?.name ?? null,
    url: config.teams.get(id)?.url ?? null,
    asks: asks.get(id) ?? [],
    notAccepted: notAccepted.get(id) ?? [],
    owns: owns.get(id) ?? [],
  }));
  const rows = views.map((v) => ({ id: v.id, asks: v.asks.length, owns: v.owns.length }));
  return [
    pageRoute(sitePaths.teams, { teams: rows }, TeamsIndex),
    ...views.map((v) => pageRoute(sitePaths.team(v.id), v, TeamPage)),
  ];
}

function TeamsIndex({ teams }: { teams: { id: string; asks: number; owns: number }[] }) {
  const shell = useShell();
  return (
    <Layout path={sitePaths.teams} title="Teams" description="What is asked of each team.">
      <DataTable columns={["Team", "Asks", "Owns"]}>
        {teams.map((t) => (
          <tr>
            <th scope="row">
              <PageLink path={sitePaths.team(t.id)}>{shell.teamName(t.id)}</PageLink>
            </th>
            <td>{t.asks}</td>
            <td>{t.owns}</td>
          </tr>
        ))}
      </DataTable>
    </Layout>
  );
}

function TeamPage(view: TeamView) {
  const title = view.name ?? view.id;
  return (
    <Layout path={sitePaths.team(view.id)} title={title} description={`What is asked of ${title}.`}>
      {view.url && (
        <p>
          <ContentLink url={view.url} source="">
            The team's own page
          </ContentLink>
        </p>
      )}
      <section aria-labelledby="asks">
        <h2 id="asks">What is asked of {title}</h2>
        {view.asks.length ? (
          <AskTable
            asks={view.asks}
            caption={`Goals and initiatives that ask ${title} for support`}
          />
        ) : (
          <p class="muted">Nothing yet.</p>
        )}
      </section>
      {view.notAccepted.length > 0 && (
        <section aria-labelledby="not-accepted">
          <h2 id="not-accepted">Named by goals not accepted</h2>
          <p class="muted">These goals were not accepted, so they ask nothing of {title}.</p>
          <AskTable asks={view.notAccepted} caption={`Goals not accepted that named ${title}`} />
        </section>
      )}
      {view.owns.length > 0 && (
        <section aria-labelledby="owns">
          <h2 id="owns">Owns</h2>
          <SummaryTable items={view.owns} caption={`Goals and initiatives ${title} owns`} />
        </section>
      )}
    </Layout>
  );
}

function AskTable(props: { asks: TeamAskSummary[]; caption: string }) {
  const byId = new Map(props.asks.map((a) => [a.id, a] as const));
  return (
    <SummaryTable
      items={props.asks}
      caption={props.caption}
      extra={{
        title: "Ask",
        cell: (item) => {
          const ask = byId.get(item.id);
          if (!ask) return "";
          // The ask is Markdown from the item's file (`RFC decision for [rust-lang/rfcs#3874]`).
          return (
            <>
              {ask.ask ? <InlineMarkdown text={ask.ask} source={ask.file} /> : "Support"}
              {ask.level ? ` (${ask.level})` : ""}
            </>
          );
        },
      }}
    />
  );
}

/** An item's slate status, or its nearest ancestor's: a subgoal shares its goal's fate. */
function slateStatusOf(item: Item, byId: ReadonlyMap<string, Item>): Item["status"] {
  const seen = new Set<string>();
  for (let at: Item | undefined = item; at && !seen.has(at.id); ) {
    if (at.status) return at.status;
    seen.add(at.id);
    at = at.parent ? byId.get(at.parent) : undefined;
  }
  return undefined;
}
