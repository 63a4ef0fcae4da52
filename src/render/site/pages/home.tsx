import type { Cadence, Group, Link, State, Triage } from "../../../model/types.js";
import { slateGoals, slateOf } from "../../slate/slate-tables.js";
import { needsOwner } from "../../status/cells.js";
import { Fact, Facts } from "../components/facts.js";
import { Layout } from "../components/layout.js";
import { ContentLink, Joined, OwnerList, PageLink } from "../components/links.js";
import { InlineMarkdown, Markdown } from "../components/markdown.js";
import { weekday } from "../dates.js";
import { pageRoute, type Route } from "../route.js";
import type { SiteIndex } from "../site-index.js";
import { segment, sitePaths } from "../site-paths.js";
import { focusSearchUrl, uncategorisedSearchUrl } from "../triage-links.js";
import { cadenceText, homeCalendar, type NextEvent, WhatComesNext } from "./home-calendar.js";

interface HomeView {
  group: Group;
  /** The file the group's Markdown fields come from, for relative links. */
  source: string;
  triage: Triage | null;
  cadences: (Cadence & { next: string | null })[];
  /** What comes next on the build's date: meetings, the vision's phases, periods' phases. */
  next: NextEvent[];
  date: string;
  /** Top-level goals, for the checklist when the configuration has none. */
  goals: { id: string; title: string; state: State | null }[];
  /** Help-wanted items of the standing roadmap, which its state filter lists. */
  helpWanted: number;
  /** Per period, its goals that need an owner (listed on the period's slate page). */
  slatesNeedingOwners: { id: string; title: string; count: number }[];
}

/** The working-group page of seed 003. */
export function homeRoutes(index: SiteIndex): Route[] {
  return [pageRoute(sitePaths.home, () => homeView(index), HomePage)];
}

function homeView(index: SiteIndex): HomeView {
  const { config } = index.ws;
  const calendar = homeCalendar(index);
  return {
    group: config.group,
    source: config.file,
    triage: config.triage ?? null,
    cadences: config.cadences.map((c) => ({ ...c, next: calendar.nextMeeting(c) })),
    next: calendar.next,
    date: index.options.date,
    goals: index.ws.items
      .filter((i) => !i.parent && !index.periodOf(i))
      .map((i) => ({ id: i.id, title: i.title, state: i.state ?? null })),
    helpWanted: index.ws.items.filter((i) => i.state === "help-wanted" && !index.periodOf(i))
      .length,
    slatesNeedingOwners: index.periods
      .map((known) => slateOf(index.ws, known))
      .map(({ period, groups }) => ({
        id: period.id,
        title: period.title,
        // The goals the slate itself marks "Owner needed", so both pages give the same number.
        count: slateGoals({ groups }).filter(needsOwner).length,
      }))
      .filter((p) => p.count > 0),
  };
}

function HomePage(view: HomeView) {
  const { group, source } = view;
  return (
    <Layout path={sitePaths.home} title={group.name} description={group.mission}>
      {group.status && (
        <p>
          <span class={`group-status status-${group.status.replace(/[^a-z0-9-]/gi, "")}`}>
            Working group status: {group.status}
          </span>
        </p>
      )}
      {group.mission && (
        <p class="lead">
          <InlineMarkdown text={group.mission} source={source} />
        </p>
      )}
      <GroupFacts group={group} source={source} />
      <section aria-labelledby="goal">
        <h2 id="goal">What is the goal of this working group?</h2>
        {group.focus && (
          <>
            <h3 id="current-focus">Current focus</h3>
            <Markdown text={group.focus} source={source} />
          </>
        )}
        <h3 id="roadmap-and-progress">Overall roadmap and progress</h3>
        <Checklist view={view} />
        <p>
          The <PageLink path={sitePaths.roadmap}>full roadmap</PageLink> lists every goal and
          initiative with its state, progress and owners.
        </p>
        {group.futureAreas.length > 0 && (
          <>
            <h3 id="future-areas">Future areas</h3>
            <p>Possible future areas for consideration include:</p>
            <ul>
              {group.futureAreas.map((area) => (
                <li>
                  <InlineMarkdown text={area} source={source} />
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      <section aria-labelledby="get-involved">
        <h2 id="get-involved">How to get involved</h2>
        <Markdown text={group.involvement} source={source} />
        {view.helpWanted > 0 && (
          <p class="callout help-wanted">
            <span aria-hidden="true">✋</span>{" "}
            {view.helpWanted === 1
              ? "One goal or initiative needs"
              : `${view.helpWanted} goals and initiatives need`}{" "}
            an owner:{" "}
            <PageLink path={sitePaths.roadmapState("help-wanted")}>
              see the help wanted list
            </PageLink>
            .
          </p>
        )}
        {view.slatesNeedingOwners.map((slate) => (
          <p class="callout help-wanted" key={slate.id}>
            <span aria-hidden="true">✋</span>{" "}
            <PageLink path={sitePaths.period(slate.id)}>{slate.title}</PageLink>:{" "}
            {slate.count === 1 ? "one goal needs" : `${slate.count} goals need`} an owner.
          </p>
        ))}
      </section>
      {view.triage && <TriageSection triage={view.triage} source={source} />}
      {view.cadences.length > 0 && <Meetings cadences={view.cadences} source={source} />}
      <WhatComesNext next={view.next} date={view.date} />
    </Layout>
  );
}

function GroupFacts({ group, source }: { group: Group; source: string }) {
  const links: [string, Link][] = [];
  if (group.chat) links.push(["Chat", group.chat]);
  if (group.meetings) links.push(["Meetings", group.meetings]);
  if (group.videos) links.push(["Videos", group.videos]);
  return (
    <Facts>
      {group.leads.length > 0 && (
        <Fact term="Leads">
          <OwnerList owners={group.leads} />
        </Fact>
      )}
      {links.map(([term, link]) => (
        <Fact term={term}>
          <ContentLink url={link.url} source={source}>
            {link.title}
          </ContentLink>
        </Fact>
      ))}
      {group.repositories.length > 0 && (
        <Fact term="Repositories">
          <Joined items={group.repositories}>
            {(repo) => <a href={`https://github.com/${repo}`}>{repo}</a>}
          </Joined>
        </Fact>
      )}
      {group.links.length > 0 && (
        <Fact term="Links">
          <ul class="inline-list">
            {group.links.map((l) => (
              <li>
                <ContentLink url={l.url} source={source}>
                  {l.title}
                </ContentLink>
              </li>
            ))}
          </ul>
        </Fact>
      )}
    </Facts>
  );
}

/** Seed 003's checklist: ✅ done and ⚒️ in progress, each with its word for screen readers. */
function Checklist({ view }: { view: HomeView }) {
  const entries = view.group.checklist.length
    ? view.group.checklist.map((e) => ({ ...e, id: null as string | null }))
    : view.goals
        .filter((g) => g.state === "done" || g.state === "in-progress")
        .map((g) => ({ text: g.title, state: g.state as "done" | "in-progress", id: g.id }));
  if (!entries.length) return null;
  return (
    <ul class="checklist">
      {entries.map((e) => (
        <li class={`check-${e.state}`}>
          <span aria-hidden="true">{e.state === "done" ? "✅" : "⚒️"}</span>
          <span class="visually-hidden">{e.state === "done" ? "Done: " : "In progress: "}</span>{" "}
          {e.id ? (
            <PageLink path={sitePaths.item(e.id)}>{e.text}</PageLink>
          ) : (
            <InlineMarkdown text={e.text} source={view.source} />
          )}
        </li>
      ))}
    </ul>
  );
}

function TriageSection({ triage, source }: { triage: Triage; source: string }) {
  const { focus, onDeck, other } = triage.labels;
  const limit = triage.focusLimit;
  const focusRange =
    limit.min && limit.min !== limit.max ? `${limit.min}–${limit.max}` : `${limit.max}`;
  const labels = [
    {
      name: focus,
      text: `issues we are currently focused on. We try to keep around ${focusRange} of these at any given time. If these are unassigned, we will try to assign them.`,
    },
    {
      name: onDeck,
      text: `issues we intend to focus on soon. We try to keep around ${triage.onDeckLimit} of these. When a focus issue is closed, or seems stalled, we pick from this list.`,
    },
    {
      name: other,
      text: "issues we have looked at and decided not to focus on (yet). We gradually move issues from this pool to the on-deck pool.",
    },
  ];
  const agenda = triage.agenda.length
    ? triage.agenda
    : [
        `Review uncategorised issues, assigning a focus label`,
        "Review focus issues to check we are making progress",
        `Promote issues from ${onDeck} to ${focus} as needed`,
        `Promote issues from ${other} to ${onDeck} as needed`,
      ];
  return (
    <section aria-labelledby="focus-issues">
      <h2 id="focus-issues">Focus issues</h2>
      <p>
        We use a "focus" system to move systematically through the <code>{triage.areaLabel}</code>{" "}
        issues. Each issue gets one of three labels; each link below is a live GitHub search for the
        open issues that carry it.
      </p>
      <ul class="triage-labels">
        {labels.map((l) => (
          <li>
            <a href={focusSearchUrl(triage, l.name)} class="label-link">
              {l.name}
            </a>{" "}
            — {l.text}
          </li>
        ))}
      </ul>
      <h3 id="triage-meeting">Triage meeting</h3>
      <p>
        The triage meeting is open to all. Its agenda is as follows; it starts from the{" "}
        <a href={uncategorisedSearchUrl(triage)} id="uncategorised-issues">
          uncategorised issues
        </a>
        , open <code>{triage.areaLabel}</code> issues with none of the three labels.
      </p>
      <ol>
        {agenda.map((item) => (
          <li>
            <InlineMarkdown text={item} source={source} />
          </li>
        ))}
      </ol>
    </section>
  );
}

function Meetings({ cadences, source }: { cadences: HomeView["cadences"]; source: string }) {
  return (
    <section aria-labelledby="meetings">
      <h2 id="meetings">Meetings</h2>
      {cadences.map((c) => (
        <article class="meeting" aria-labelledby={`meeting-${segment(c.id)}`}>
          <h3 id={`meeting-${segment(c.id)}`}>{c.title}</h3>
          <p>
            {cadenceText(c, c.anchor && weekday(c.anchor))}
            {c.time && ` at ${c.time}`}
            {c.timezone && ` (${c.timezone})`}
            {c.durationMinutes && `, ${c.durationMinutes} minutes`}
            {c.where && (
              <>
                , on{" "}
                <ContentLink url={c.where.url} source={source}>
                  {c.where.title}
                </ContentLink>
              </>
            )}
            .
            {c.next && (
              <>
                {" "}
                Next: <time dateTime={c.next}>{c.next}</time>.
              </>
            )}
          </p>
          {c.agenda.length > 0 && (
            <ol>
              {c.agenda.map((a) => (
                <li>
                  <InlineMarkdown text={a} source={source} />
                </li>
              ))}
            </ol>
          )}
        </article>
      ))}
    </section>
  );
}
