import { partsOf } from "../../../model/item-parts.js";
import type { Item, Milestone, StoryKind } from "../../../model/types.js";
import { BurnUpChart, type BurnUpView } from "../../charts/burn-up-chart.js";
import { itemBurnUpView } from "../../charts/chart-views.js";
import { StateBadge, StatusBadge } from "../components/badges.js";
import { BodySection, Footnotes, idsInUse, useBody } from "../components/body-sections.js";
import { DataTable } from "../components/data-table.js";
import { Fact, Facts } from "../components/facts.js";
import { LastUpdate, Provenance } from "../components/freshness.js";
import { Layout } from "../components/layout.js";
import { type GoalRef, LayoutFacts } from "../components/layout-facts.js";
import {
  Breadcrumbs,
  ContentLink,
  OwnerList,
  Owners,
  PageLink,
  TeamLink,
} from "../components/links.js";
import { InlineMarkdown, SanitizedHtml } from "../components/markdown.js";
import { ProgressBar } from "../components/progress-bar.js";
import { SummaryTable } from "../components/summary-table.js";
import { once, pageRoute, type Route } from "../route.js";
import { type ItemSummary, type SiteIndex, summary } from "../site-index.js";
import { sitePaths } from "../site-paths.js";

interface ItemView {
  /** The item without positions (they change with every edit above them, the page does not). */
  item: Omit<Item, "span" | "spans" | "children" | "stories" | "asks" | "milestones"> & {
    asks: Omit<Item["asks"][number], "span">[];
    milestones: Omit<Milestone, "span">[];
  };
  ancestors: ItemSummary[];
  children: ItemSummary[];
  stories: { id: string; title: string; kind: StoryKind }[];
  period: { id: string; title: string } | null;
  theme: string | null;
  /** A goal's burn-up and forecast, a sentence why there is none, or null for no section. */
  burnUp: BurnUpView | { note: string } | null;
  /** The earlier goal this one continues (`extra.continues`), and the later ones continuing it. */
  continues: GoalRef | null;
  continuedBy: GoalRef[];
  /** What the item and its parts ask of teams: a part's ask names the part. */
  teamAsks: (Omit<Item["asks"][number], "span"> & { part: { id: string; title: string } | null })[];
}

const IMPACT = "impact";
const MILESTONES = "milestones";
const HELP_WANTED = "help wanted";

/**
 * The goal and initiative pages: all of them (`routes`), or the one at a path (`find`), which
 * spares serve making thousands of routes to answer for one page.
 */
export function itemRoutes(index: SiteIndex): {
  routes: () => Route[];
  find: (path: string) => Route | undefined;
} {
  const goalRef = (item: Item): GoalRef => ({
    id: item.id,
    title: item.title,
    period: index.periodOf(item) ?? null,
  });
  // Every page needs the whole model scanned once for later goals; made on the first page asked for.
  const continuedBy = once(() => {
    const later = new Map<string, GoalRef[]>();
    for (const item of index.items.values()) {
      const earlier = item.extra.continues;
      if (typeof earlier === "string" && index.items.has(earlier))
        later.set(earlier, [...(later.get(earlier) ?? []), goalRef(item)]);
    }
    return later;
  });
  const route = (item: Item) => pageRoute(sitePaths.item(item.id), () => itemView(item), ItemPage);
  return {
    routes: () => [...index.items.values()].map(route),
    // A path names its item's id when the id is a safe segment (site-paths.ts); any other id's
    // page is found by the full list.
    find: (path) => {
      const item = index.items.get(path.slice(sitePaths.items.length, -1));
      return item && sitePaths.item(item.id) === path ? route(item) : undefined;
    },
  };

  function itemView(item: Item): ItemView {
    const { span: _span, spans: _spans, children, stories, asks, milestones, ...rest } = item;
    const ancestors: ItemSummary[] = [];
    const seen = new Set([item.id]);
    for (let p = item.parent; p && !seen.has(p); p = index.items.get(p)?.parent) {
      seen.add(p);
      const parent = index.items.get(p);
      if (parent) ancestors.unshift(summary(parent));
    }
    const periodId = index.periodOf(item);
    const period = periodId ? index.periods.find((p) => p.id === periodId) : undefined;
    const page = index.ws.periods.find((p) => p.id === periodId);
    const view: ItemView = {
      item: {
        ...rest,
        asks: asks.map(({ span: _, ...a }) => a),
        milestones: milestones.map(({ span: _, ...m }) => m),
      },
      ancestors,
      children: children.flatMap((id) => {
        const child = index.items.get(id);
        return child ? [summary(child)] : [];
      }),
      stories: stories.flatMap((id) => {
        const s = index.stories.get(id);
        return s ? [{ id: s.id, title: s.title, kind: s.kind }] : [];
      }),
      period: period ? { id: period.id, title: page?.title ?? period.title ?? period.id } : null,
      theme: page?.themes.find((t) => t.id === item.theme)?.title ?? item.theme ?? null,
      burnUp: itemBurnUpView(item, index.forecasts.get(item.id), index.options.facts?.asOf),
      continues:
        typeof item.extra.continues === "string" && index.items.has(item.extra.continues)
          ? goalRef(index.items.get(item.extra.continues)!)
          : null,
      continuedBy: continuedBy().get(item.id) ?? [],
      teamAsks: partsOf(item, index.items).flatMap((part) =>
        part.asks.map(({ span: _, ...a }) => ({
          ...a,
          part: part === item ? null : { id: part.id, title: part.title },
        })),
      ),
    };
    return view;
  }
}

function ItemPage(view: ItemView) {
  const { item } = view;
  const reserved = idsInUse(["facts"], {
    "teams-asked": view.teamAsks.length > 0,
    initiatives: view.children.length > 0,
    "motivating-stories": view.stories.length > 0,
    links: item.links.length > 0,
    "burn-up": view.burnUp !== null,
  });
  const body = useBody(item.body, item.file, [IMPACT, MILESTONES, HELP_WANTED], reserved);
  const impact = body.named.get(IMPACT);
  const help = body.named.get(HELP_WANTED);
  const milestonesId = body.named.get(MILESTONES)?.heading?.id ?? "milestones";
  const kind = item.kind === "goal" ? "Goal" : "Initiative";
  return (
    <Layout
      path={sitePaths.item(item.id)}
      title={item.title}
      description={`${kind}: ${item.title}`}
    >
      <Breadcrumbs
        trail={[
          { path: sitePaths.roadmap, label: "Roadmap" },
          ...view.ancestors.map((a) => ({ path: sitePaths.item(a.id), label: a.title })),
        ]}
        current={item.shortTitle ?? item.title}
      />
      <ItemFacts view={view} kind={kind} />
      <SanitizedHtml html={body.intro} />
      {impact ? (
        <BodySection part={impact} />
      ) : (
        item.impact && (
          <FallbackSection id="impact" title="Impact" markdown={item.impact} source={item.file} />
        )
      )}
      {item.milestones.length > 0 && (
        <Milestones id={milestonesId} milestones={item.milestones} source={item.file} />
      )}
      {view.burnUp && (
        <section aria-labelledby="burn-up">
          <h2 id="burn-up">Burn-up and forecast</h2>
          {"note" in view.burnUp ? (
            <p class="muted chart-none" data-chart="burn-up">
              {view.burnUp.note}
            </p>
          ) : (
            <BurnUpChart id="burn-up-chart" name={item.title} view={view.burnUp} />
          )}
        </section>
      )}
      {help ? (
        <div class="callout help-wanted">
          <BodySection part={help} />
        </div>
      ) : (
        item.state === "help-wanted" && <HelpWanted />
      )}
      {view.teamAsks.length > 0 && <TeamsAsked asks={view.teamAsks} source={item.file} />}
      {body.rest.map((part) => (
        <BodySection part={part} />
      ))}
      {view.children.length > 0 && (
        <section aria-labelledby="initiatives">
          <h2 id="initiatives">Initiatives</h2>
          <SummaryTable items={view.children} caption={`Initiatives of ${item.title}`} />
        </section>
      )}
      {view.stories.length > 0 && (
        <section aria-labelledby="motivating-stories">
          <h2 id="motivating-stories">Stories that motivate it</h2>
          <ul>
            {view.stories.map((s) => (
              <li>
                <PageLink path={sitePaths.story(s.id)}>{s.title}</PageLink>{" "}
                <span class={`kind kind-${s.kind}`}>
                  {s.kind === "status-quo" ? "status quo" : "shiny future"}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {item.links.length > 0 && (
        <section aria-labelledby="links">
          <h2 id="links">Links</h2>
          <ul>
            {item.links.map((l) => (
              <li>
                <ContentLink url={l.url} source={item.file}>
                  {l.title}
                </ContentLink>
              </li>
            ))}
          </ul>
        </section>
      )}
      <Footnotes html={body.footnotes} />
    </Layout>
  );
}

function ItemFacts({ view, kind }: { view: ItemView; kind: string }) {
  const { item } = view;
  const t = item.tracking;
  return (
    <Facts id="facts">
      <Fact term="Kind">{kind}</Fact>
      <Fact term="State">
        <StateBadge state={item.state} />
      </Fact>
      <Fact term="Progress">
        <ProgressBar progress={item.progress} /> <Provenance progress={item.progress} />
      </Fact>
      <Fact term="Owners">
        <Owners owners={item.owners} state={item.state} />
      </Fact>
      {view.period && (
        <Fact term="Slate">
          <PageLink path={sitePaths.period(view.period.id)}>{view.period.title}</PageLink>
          {view.theme && <> · {view.theme}</>} <StatusBadge status={item.status} />
        </Fact>
      )}
      {t && (
        <Fact term="Tracking issue">
          <a href={`https://github.com/${t.owner}/${t.repo}/issues/${t.number}`}>
            {t.owner}/{t.repo}#{t.number}
          </a>
        </Fact>
      )}
      {t && (
        <Fact term="Last update">
          <LastUpdate updates={item.updates} full />
        </Fact>
      )}
      <LayoutFacts
        extra={item.extra}
        file={item.file}
        continues={view.continues}
        continuedBy={view.continuedBy}
      />
    </Facts>
  );
}

function FallbackSection(props: { id: string; title: string; markdown: string; source: string }) {
  return (
    <section aria-labelledby={props.id}>
      <h2 id={props.id}>{props.title}</h2>
      <div class="prose">
        <MarkdownFragment markdown={props.markdown} source={props.source} />
      </div>
    </section>
  );
}

function MarkdownFragment({ markdown, source }: { markdown: string; source: string }) {
  const body = useBody(markdown, source);
  return <SanitizedHtml html={body.intro + body.rest.map((p) => p.html).join("")} />;
}

function Milestones({
  id,
  milestones,
  source,
}: {
  id: string;
  milestones: ItemView["item"]["milestones"];
  source: string;
}) {
  const done = milestones.filter((m) => m.state === "done").length;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>Milestones</h2>
      <p class="muted">
        {done} of {milestones.length} done.
      </p>
      <DataTable class="milestones" columns={["Milestone", "State", "Key participants", "Notes"]}>
        {milestones.map((m) => (
          <tr data-state={m.state ?? "none"}>
            <th scope="row">
              <InlineMarkdown text={m.title} source={source} />
            </th>
            <td>
              <StateBadge state={m.state} />
            </td>
            <td>
              <OwnerList owners={m.participants} none={<span class="muted">None yet</span>} />
            </td>
            <td>
              <InlineMarkdown text={m.notes} source={source} />
            </td>
          </tr>
        ))}
      </DataTable>
    </section>
  );
}

function HelpWanted() {
  return (
    <aside class="callout help-wanted" aria-labelledby="help-wanted">
      <h2 id="help-wanted">Help wanted</h2>
      <p>
        This needs an owner to pursue it. If you are interested, talk to the group's{" "}
        <PageLink path={sitePaths.home}>leads</PageLink>.
      </p>
    </aside>
  );
}

/** The teams asked by the item and by its parts (a subgoal's ask names the subgoal). */
function TeamsAsked({ asks, source }: { asks: ItemView["teamAsks"]; source: string }) {
  const parts = asks.some((a) => a.part);
  return (
    <section aria-labelledby="teams-asked">
      <h2 id="teams-asked">Teams asked</h2>
      <DataTable columns={["Team", "What is asked", "Level", ...(parts ? ["For"] : [])]}>
        {asks.map((a) => (
          <tr>
            <th scope="row">
              <TeamLink id={a.team} />
            </th>
            <td>
              {a.ask ? (
                <InlineMarkdown text={a.ask} source={source} />
              ) : (
                <span class="muted">Support</span>
              )}
            </td>
            <td>{a.level ?? ""}</td>
            {parts && (
              <td>
                {a.part ? (
                  <PageLink path={sitePaths.item(a.part.id)}>{a.part.title}</PageLink>
                ) : (
                  <span class="muted">The whole</span>
                )}
              </td>
            )}
          </tr>
        ))}
      </DataTable>
    </section>
  );
}
