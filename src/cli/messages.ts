import pc from "picocolors";
import { closestMatch } from "../check/closest-match.js";
import type { NewProblem, NewRequest, Referent } from "../create/plan-new.js";
import { escapeTerminal } from "../diagnostics/escape-terminal.js";
import type { Summary } from "../diagnostics/format.js";

/** CLI text, kept apart from the logic. Anything a user or a file supplied goes through escapeTerminal. */

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

export function checkSummary({ errors, warnings }: Summary, files: number): string {
  if (!errors && !warnings)
    return `${pc.green("✔")} ${plural(files, "file")} checked, no problems\n`;
  const mark = errors ? pc.red("✖") : pc.yellow("⚠");
  return `${mark} ${plural(errors, "error")}, ${plural(warnings, "warning")} in ${plural(files, "file")}\n`;
}

/** Our own bug: say so plainly, without a stack trace unless asked for. */
export function internalError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const stack = process.env.WAYMARK_DEBUG && error instanceof Error ? `\n${error.stack}` : "";
  return `waymark: internal error: ${escapeTerminal(message)}${stack}\nThis is a bug in waymark, not in your files; please report it (set WAYMARK_DEBUG=1 for details).\n`;
}

/** `status --period` named a period the workspace does not have. */
export function unknownPeriod(period: string, known: string[]): string {
  const expected = known.length
    ? `, expected one of ${known.map((p) => `\`${p}\``).join(", ")}`
    : ": the workspace names no periods";
  const hint = known.length
    ? didYouMean(period, known) ||
      `Pass one of the periods above, or create it with \`waymark new period ${period}\`.`
    : `Create one with \`waymark new period ${period}\`.`;
  return refusal(`Unexpected period \`${period}\`${expected}`, hint);
}

/** `status --forecast` before any sync: there is no history to forecast from. */
export function noSyncForForecast(dir: string): string {
  return refusal(
    "Unexpected workspace without sync history, expected a cache written by `waymark sync`",
    `Run \`waymark sync ${dir}\` regularly: a forecast needs two weeks of syncs.`,
  );
}

/** `--date` named no calendar day. */
export function invalidDate(date: string): string {
  return refusal(
    `Unexpected date \`${date}\`, expected a day as YYYY-MM-DD`,
    "Pass a date that exists, such as 2024-06-15, or leave `--date` out for today.",
  );
}

/** `status` still prints what loaded; this says how much did not. */
export function statusLoadProblems(errors: number, dir: string): string {
  return `${pc.yellow("⚠")} ${plural(errors, "error")} while loading; some items may be missing. Run \`waymark check ${escapeTerminal(dir)}\` for details.\n`;
}

/** The workspace folder itself could not be read. */
export function unreadableWorkspace(dir: string, message: string, hint?: string): string {
  return `${pc.red("✖")} ${escapeTerminal(message)}: ${escapeTerminal(dir)}\n${hint ? `  ${pc.dim(escapeTerminal(hint))}\n` : ""}`;
}

/** "Did you mean `x`?" when a known value is a likely typo of the given one; else "". */
function didYouMean(value: string, known: string[]): string {
  const near = closestMatch(value, known);
  return near ? `Did you mean \`${near}\`?` : "";
}

/** A refusal: what went wrong in the "Unexpected X, expected Y" form, and what to do. */
function refusal(message: string, hint: string): string {
  return `${pc.red("✖")} ${escapeTerminal(message)}\n  ${pc.dim(escapeTerminal(hint))}\n`;
}

const steps = (lines: string[]) => lines.map((l) => `  ${pc.dim("→")} ${l}\n`).join("");

export function initCreated(folder: string, written: string[]): string {
  const dir = escapeTerminal(folder);
  return `${pc.green("✔")} Created a workspace in ${dir}:\n${written.map((f) => `  ${escapeTerminal(f)}\n`).join("")}\nNext:\n${steps(
    [
      "Edit waymark.yaml: the group's name, people, teams and triage labels.",
      "Replace the samples with your own, or add more with `waymark new goal <title>`.",
      `Run \`waymark check ${dir}\` as you go, and \`waymark status ${dir}\` to see the roadmap.`,
    ],
  )}`;
}

export function initRefused(dir: string): string {
  return refusal(
    `Unexpected existing waymark.yaml in ${dir}, expected a folder without a workspace`,
    "Nothing was written. This folder is a workspace already: add files with `waymark new`, or init another folder.",
  );
}

export function filesExist(paths: string[]): string {
  const list = paths.map((p) => `\`${p}\``).join(", ");
  return refusal(
    `Unexpected existing ${paths.length === 1 ? "file" : "files"} ${list}, expected new paths`,
    "Nothing was written; waymark never overwrites a file. Move it away, or choose another title or `--id`.",
  );
}

export function writeFailed(path: string, reason: string): string {
  return refusal(
    `Unexpected ${reason} while writing \`${path}\`, expected a writable folder`,
    "Nothing was kept. Check the folder's permissions and that no file stands where a folder should be.",
  );
}

export function notAWorkspace(dir: string): string {
  return refusal(
    `Unexpected folder without waymark.yaml: ${dir}, expected a workspace`,
    "Pass the workspace with `--dir <folder>`, or create one with `waymark init`.",
  );
}

/** What to do after `waymark new`, for what was asked and what is still missing. */
function nextSteps(req: NewRequest, path: string, id: string): string[] {
  const check = "Run `waymark check`, then open a pull request.";
  switch (req.kind) {
    case "goal":
      return [
        `Fill in Impact, Milestones and Help wanted in ${path}.`,
        req.period
          ? `See it on the slate with \`waymark status --period ${req.period}\`.`
          : "Name its `period:` (and `theme:`) to propose it for a period's slate.",
        "Run `waymark check`, then open a pull request to propose it.",
      ];
    case "initiative":
      return [`Fill in Impact, Milestones and Help wanted in ${path}.`, check];
    case "story":
      return [
        `Write the story in ${path}.`,
        ...(req.storyKind === "shiny-future" || req.sources?.length
          ? []
          : ["List the interviews, posts or tweets it rests on under `sources:`."]),
        ...(req.characters?.length ? [] : ["Name its characters under `characters:`."]),
        check,
      ];
    case "character":
      return [
        `${req.value ? "Write" : "Fill in the value they stand for, and write"} their background in ${path}.`,
        `Use them in a story with \`waymark new story <title> --character ${id}\`.`,
      ];
    case "period":
      return [
        `Add flagship themes to ${path}: front matter \`themes:\`, and a \`## <title>\` section each.`,
        `Propose goals for it with \`waymark new goal <title> --period ${id}\`.`,
        `See the slate with \`waymark status --period ${id}\`.`,
      ];
  }
}

export function newCreated(req: NewRequest, file: string, id: string): string {
  const path = escapeTerminal(file);
  return `${pc.green("✔")} Created ${req.kind} \`${id}\`: ${path}\n${steps(nextSteps(req, path, id))}`;
}

const LISTED = 8;
const knownList = (known: string[]) =>
  known.length
    ? `expected one of ${known
        .slice(0, LISTED)
        .map((k) => `\`${k}\``)
        .join(", ")}${known.length > LISTED ? `, … (${known.length - LISTED} more)` : ""}`
    : "and there are none yet";

const CREATE_HINT: Record<Referent, string> = {
  owner: "Add the person under `people:` (or the team under `teams:`) in waymark.yaml first.",
  goal: "Check the id (the goal file's name, or its `id:`); `waymark status --json` lists them.",
  period: "Create it with `waymark new period <id>`, or list it under `periods:` in waymark.yaml.",
  theme: "Add the theme to the period page's `themes:`, or leave `--theme` out.",
  character: "Create it with `waymark new character <name>`.",
  "status-quo story": "Create it with `waymark new story <title> --kind status-quo`.",
};

export function newRefused(problem: NewProblem): string {
  switch (problem.problem) {
    case "control-characters":
      return refusal(
        `Unexpected control character in ${problem.field === "title" ? "the title" : problem.field} "${problem.value}", expected one line of printable text`,
        "Nothing was written. Write it on one line, without tabs, escape sequences or direction marks.",
      );
    case "no-slug":
      return refusal(
        `Unexpected title \`${problem.title}\` without letters or digits, expected one to make an id from`,
        "Use a title with letters or digits, or pass `--id <id>`.",
      );
    case "invalid-id":
      return refusal(
        `Unexpected id \`${problem.id}\`, expected lowercase letters, digits, '.', '_' or '-'`,
        "Pass an id like `async-closures`.",
      );
    case "not-native":
      return refusal(
        `Unexpected ${problem.layout} layout, expected a native waymark workspace`,
        "`waymark new` writes native files; add files to this layout by hand.",
      );
    case "needs-parent":
      return refusal(
        "Missing `--parent <goal id>`, expected the goal this initiative belongs to",
        "An initiative lives in its goal's folder: pass `--parent <goal id>`.",
      );
    case "theme-without-period":
      return refusal(
        `Unexpected \`--theme ${problem.theme}\` without \`--period\`, expected the period whose theme it is`,
        "Pass `--period <id>` as well.",
      );
    case "retells-from-status-quo":
      return refusal(
        "Unexpected `--retells` on a status-quo story, expected `--kind shiny-future`",
        "Only shiny-future stories retell status-quo stories.",
      );
    case "unknown":
      return refusal(
        `Unexpected ${problem.referent} \`${problem.value}\`, ${knownList(problem.known)}`,
        [didYouMean(problem.value, problem.known), CREATE_HINT[problem.referent]].join(" ").trim(),
      );
    case "duplicate-id":
      return refusal(
        `Unexpected existing ${problem.kind} id \`${problem.id}\`${problem.file ? ` (${problem.file})` : ""}, expected a new id`,
        "Nothing was written. Choose another title, or pass `--id <id>`.",
      );
  }
}
