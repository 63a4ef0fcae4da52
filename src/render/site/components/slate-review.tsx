import { RULES } from "../../../check/all-rules.js";
import { runCheck } from "../../../check/run-check.js";
import type { Workspace } from "../../../model/types.js";
import { type Slate, slateGoals } from "../../slate/slate-tables.js";
import { sitePaths } from "../site-paths.js";
import { DataTable } from "./data-table.js";
import { PageLink, TeamLink } from "./links.js";

export interface ReviewView {
  /** Each goal on the slate: what the readiness rules find missing (nothing when ready). */
  goals: { id: string; title: string; missing: string[] }[];
  /** What each team is asked, goal by goal. */
  teams: {
    team: string;
    rows: { goal: string; title: string; ask: string; level: string | null }[];
  }[];
}

const READINESS = RULES.filter((r) => r.id.startsWith("readiness-"));

/**
 * A slate in review as the reviewers need it: the readiness rules' findings goal by goal (the
 * same rules `check --period` runs), and per team what the slate asks of it. Pure.
 */
export function reviewView(ws: Workspace, slate: Slate): ReviewView {
  const found = runCheck(ws, [], { rules: READINESS, review: { periods: [slate.period.id] } });
  const byId = new Map(ws.items.map((i) => [i.id, i] as const));
  const goals = slateGoals(slate);
  return {
    goals: goals.map((row) => {
      const file = byId.get(row.id)?.file;
      return {
        id: row.id,
        title: row.fullTitle,
        missing: found.filter((d) => d.span.file === file).map((d) => d.message),
      };
    }),
    teams: slate.teamAsks.map((t) => ({
      team: t.team,
      rows: t.rows.map((r) => ({
        goal: r.goal.id,
        title: r.part ? `${r.goal.title} (${r.part.title})` : r.goal.title,
        ask: r.ask,
        level: r.level,
      })),
    })),
  };
}

/** The review section of a slate's page. */
export function SlateReview({ view }: { view: ReviewView }) {
  const ready = view.goals.filter((g) => !g.missing.length).length;
  return (
    <section aria-labelledby="slate-review">
      <h2 id="slate-review">Review</h2>
      <p>
        <strong>
          {ready} of {view.goals.length} goals ready.
        </strong>{" "}
        What each goal still lacks, as <code>waymark check --period</code> reports it.
      </p>
      <DataTable class="readiness" columns={["Goal", "Ready", "Missing"]}>
        {view.goals.map((g) => (
          <tr data-ready={g.missing.length ? "no" : "yes"}>
            <th scope="row">
              <PageLink path={sitePaths.item(g.id)}>{g.title}</PageLink>
            </th>
            <td>{g.missing.length ? "No" : "Yes"}</td>
            <td>
              {g.missing.length > 0 && (
                <ul>
                  {g.missing.map((m) => (
                    <li>{m}</li>
                  ))}
                </ul>
              )}
            </td>
          </tr>
        ))}
      </DataTable>
      <h3 id="asked-of-teams">Asked of each team</h3>
      {view.teams.length === 0 && <p class="muted">No team is asked for support.</p>}
      {view.teams.map((t) => (
        <>
          <h4 id={`asks-${t.team}`}>
            <TeamLink id={t.team} /> ({t.rows.length} {t.rows.length === 1 ? "ask" : "asks"})
          </h4>
          <DataTable class="team-asks" columns={["Goal", "Ask", "Level"]}>
            {t.rows.map((r) => (
              <tr>
                <th scope="row">
                  <PageLink path={sitePaths.item(r.goal)}>{r.title}</PageLink>
                </th>
                <td>{r.ask}</td>
                <td>{r.level ?? ""}</td>
              </tr>
            ))}
          </DataTable>
        </>
      ))}
    </section>
  );
}
