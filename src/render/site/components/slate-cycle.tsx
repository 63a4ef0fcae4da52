import { currentPhase, phasesOfPeriod } from "../../../model/period-phases.js";
import type { Workspace } from "../../../model/types.js";
import { formatDate } from "../dates.js";
import { DataTable } from "./data-table.js";

export interface CyclePhaseView {
  id: string;
  title: string;
  date: string | null;
  status: "past" | "current" | "upcoming";
}

export interface CycleView {
  /** The build date the phases are judged against. */
  date: string;
  phases: CyclePhaseView[];
}

/** A period's phases as of the build date, or null when no phase has a date. */
export function cycleView(ws: Workspace, periodId: string, date: string): CycleView | null {
  const phases = phasesOfPeriod(ws, periodId);
  if (!phases.some((p) => p.date)) return null;
  const page = ws.periods.find((p) => p.id === periodId);
  const start = page?.start ?? ws.config.periods.find((p) => p.id === periodId)?.start;
  const current = currentPhase(phases, date, { state: page?.state, start });
  const at = current ? phases.indexOf(current) : -1;
  return {
    date,
    phases: phases.map((p, i) => ({
      id: p.id,
      title: p.title,
      date: p.date ?? null,
      status: i < at ? "past" : i === at ? "current" : "upcoming",
    })),
  };
}

/** The slate's cycle: each phase with its start date, the current one marked. */
export function SlateCycle({ view }: { view: CycleView }) {
  const current = view.phases.find((p) => p.status === "current");
  return (
    <section aria-labelledby="slate-cycle">
      <h2 id="slate-cycle">Cycle</h2>
      <p>
        <strong>
          {current ? `Current phase: ${current.title}.` : "The cycle has not started."}
        </strong>{" "}
        (as of <time dateTime={view.date}>{formatDate(view.date)}</time>)
      </p>
      <DataTable class="schedule cycle" columns={["Phase", "Starts"]}>
        {view.phases.map((p) => (
          <tr
            class={`phase-${p.status}`}
            data-phase={p.id}
            aria-current={p.status === "current" ? "step" : undefined}
          >
            <th scope="row">{p.title}</th>
            <td>{p.date ? <time dateTime={p.date}>{formatDate(p.date)}</time> : "—"}</td>
          </tr>
        ))}
      </DataTable>
    </section>
  );
}
