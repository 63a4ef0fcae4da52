import pc from "picocolors";
import type { SlateStatus, State } from "../../model/types.js";
import type { TableStyle } from "./text-table.js";

type Colour = (s: string) => string;

/** The colours of the status tables; all identity when colour is off (stdout is not a TTY). */
export interface Paint extends TableStyle {
  title: Colour;
  dim: Colour;
  goal: Colour;
  state: Record<State, Colour>;
  status: Record<SlateStatus, Colour>;
  bar: Colour;
}

export function paintFor(color: boolean): Paint {
  const c = pc.createColors(color);
  return {
    title: (s) => c.bold(c.underline(s)),
    header: c.bold,
    rule: c.dim,
    dim: c.dim,
    goal: c.bold,
    state: { done: c.green, "in-progress": c.cyan, "help-wanted": c.yellow, paused: c.dim },
    status: {
      accepted: c.green,
      proposed: c.cyan,
      provisional: c.yellow,
      "not-accepted": c.red,
    },
    bar: (s) => s.replace(/▰+/, (m) => c.green(m)).replace(/▱+/, (m) => c.dim(m)),
  };
}
