import type { State } from "../../../model/types.js";
import { StateBadge } from "../components/badges.js";
import { DataTable } from "../components/data-table.js";
import { Fact, Facts } from "../components/facts.js";
import { Layout } from "../components/layout.js";
import { ContentLink, PageLink } from "../components/links.js";
import { InlineMarkdown } from "../components/markdown.js";
import { SummaryTable } from "../components/summary-table.js";
import { pageRoute, type Route } from "../route.js";
import { useShell } from "../shell.js";
import { type ItemSummary, type SiteIndex, summary } from "../site-index.js";
import { sitePaths } from "../site-paths.js";

interface PersonView {
  handle: string;
  name: string | null;
  url: string | null;
  lead: boolean;
  owns: ItemSummary[];
  milestones: {
    item: string;
    itemTitle: string;
    /** Markdown from the item's file. */
    title: string;
    file: string;
    state: State | null;
  }[];
}

export function peopleRoutes(index: SiteIndex): Route[] {
  const { config } = index.ws;
  // One pass over the items, not one per person.
  const owns = new Map<string, ItemSummary[]>();
  const milestones = new Map<string, PersonView["milestones"]>();
  const add = <T,>(map: Map<string, T[]>, key: string, value: T) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  for (const item of index.ws.items) {
    for (const owner of new Set(item.owners)) add(owns, owner, summary(item));
    for (const m of item.milestones) {
      const entry = {
        item: item.id,
        itemTitle: item.title,
        title: m.title,
        file: item.file,
        state: m.state ?? null,
      };
      for (const p of new Set(m.participants)) add(milestones, p, entry);
    }
  }
  const views: PersonView[] = index.people.map((handle) => {
    const person = config.people.get(handle);
    return {
      handle,
      name: person?.name ?? null,
      url: person?.url ?? null,
      lead: config.group.leads.includes(handle),
      owns: owns.get(handle) ?? [],
      milestones: milestones.get(handle) ?? [],
    };
  });
  const rows = views.map((v) => ({
    handle: v.handle,
    lead: v.lead,
    owns: v.owns.length,
    milestones: v.milestones.length,
  }));
  return [
    pageRoute(sitePaths.people, { people: rows }, PeopleIndex),
    ...views.map((v) => pageRoute(sitePaths.person(v.handle), v, PersonPage)),
  ];
}

function PeopleIndex({
  people,
}: {
  people: { handle: string; lead: boolean; owns: number; milestones: number }[];
}) {
  const shell = useShell();
  return (
    <Layout
      path={sitePaths.people}
      title="People"
      description="Who owns what, and who works on which milestones."
    >
      <DataTable columns={["Person", "Owns", "Milestones"]}>
        {people.map((p) => (
          <tr>
            <th scope="row">
              <PageLink path={sitePaths.person(p.handle)}>{shell.personName(p.handle)}</PageLink>
              {p.lead && <span class="tag">Lead</span>}
            </th>
            <td>{p.owns}</td>
            <td>{p.milestones}</td>
          </tr>
        ))}
      </DataTable>
    </Layout>
  );
}

function PersonPage(view: PersonView) {
  const title = view.name ?? view.handle;
  return (
    <Layout
      path={sitePaths.person(view.handle)}
      title={title}
      description={`What ${title} owns and works on.`}
    >
      <Facts>
        <Fact term="Handle">{view.handle}</Fact>
        {view.url && (
          <Fact term="Profile">
            <ContentLink url={view.url} source="">
              {view.url}
            </ContentLink>
          </Fact>
        )}
        {view.lead && (
          <Fact term="Role">
            <PageLink path={sitePaths.home}>Working group lead</PageLink>
          </Fact>
        )}
      </Facts>
      <section aria-labelledby="owns">
        <h2 id="owns">Owns</h2>
        {view.owns.length ? (
          <SummaryTable items={view.owns} caption={`Goals and initiatives ${title} owns`} />
        ) : (
          <p class="muted">Nothing yet.</p>
        )}
      </section>
      {view.milestones.length > 0 && (
        <section aria-labelledby="milestones">
          <h2 id="milestones">Milestones</h2>
          <DataTable columns={["Milestone", "Of", "State"]}>
            {view.milestones.map((m) => (
              <tr data-state={m.state ?? "none"}>
                <th scope="row">
                  <InlineMarkdown text={m.title} source={m.file} />
                </th>
                <td>
                  <PageLink path={sitePaths.item(m.item)}>{m.itemTitle}</PageLink>
                </td>
                <td>
                  <StateBadge state={m.state} />
                </td>
              </tr>
            ))}
          </DataTable>
        </section>
      )}
    </Layout>
  );
}
