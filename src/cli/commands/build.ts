import { setFlagsFromString } from "node:v8";
import type { Command } from "commander";
import pc from "picocolors";
import { escapeTerminal } from "../../diagnostics/escape-terminal.js";
import { formatHuman, summarize } from "../../diagnostics/format.js";
import type { LayoutName } from "../../model/types.js";
import { type BuildSiteResult, buildSite } from "../../publish/site/build-site.js";
import type { SiteInput } from "../../publish/site/load-site.js";
import type { BrokenLink } from "../../publish/site/verify-links.js";
import { isIsoDate } from "../../render/site/dates.js";
import { serveMessages } from "../serve-messages.js";
import { configOption, layoutOption } from "./check.js";
import { workspaceFolder } from "./open-for-command.js";

/** The options `build` and `serve` share. */
export interface SiteFlags {
  baseUrl: string;
  date?: string;
  layout?: LayoutName;
  config?: string;
}

/** Adds the options `build` and `serve` share: where the site lives, its date, how to read it. */
export function siteCommand(program: Command, name: string, description: string): Command {
  return program
    .command(name)
    .description(description)
    .argument("[dir]", "workspace folder", ".")
    .option("--base-url <url>", 'where the site is hosted: a path like "/repo/" or a full URL', "/")
    .option(
      "--date <YYYY-MM-DD>",
      "build date for date-dependent content (default: SOURCE_DATE_EPOCH, else today)",
    )
    .addOption(layoutOption())
    .addOption(configOption())
    .addHelpText("after", "\nSee docs/site.md.");
}

/**
 * The date a command computes from: `--date`, else SOURCE_DATE_EPOCH's, else today; undefined
 * after printing why not (exit 2): a bad --date, or a SOURCE_DATE_EPOCH that is not whole seconds.
 */
export function commandDate(
  command: string,
  date: string | undefined,
): { date: string; epoch: number | undefined } | undefined {
  const raw = process.env.SOURCE_DATE_EPOCH;
  const epoch =
    raw === undefined || raw === "" ? undefined : /^\d+$/.test(raw) ? Number(raw) : null;
  if (epoch === null) return fail(messages.badEpoch(command, raw ?? ""));
  if (date !== undefined && !isIsoDate(date)) return fail(messages.badDate(command, date));
  const seconds = epoch ?? Date.now() / 1000;
  return { date: date ?? new Date(seconds * 1000).toISOString().slice(0, 10), epoch };
}

/** What the site is made from, or undefined after printing why not (see `commandDate`). */
export function siteInput(command: string, dir: string, flags: SiteFlags): SiteInput | undefined {
  const when = commandDate(command, flags.date);
  if (!when) return undefined;
  return {
    dir: workspaceFolder(dir, flags),
    baseUrl: flags.baseUrl,
    date: when.date,
    sourceDateEpoch: when.epoch,
    layout: flags.layout,
    config: flags.config,
  };
}

export function registerBuild(program: Command): void {
  siteCommand(
    program,
    "build",
    "publish the workspace as a static site, with waymark.json and an Atom feed",
  )
    .option("--out <dir>", "output folder", "_site")
    .option("--strict", "treat warnings as errors")
    .option("--force", "build over a non-empty output folder that holds no site Waymark built")
    .action(
      async (dir: string, opts: SiteFlags & { out: string; strict?: boolean; force?: boolean }) => {
        const input = siteInput("build", dir, opts);
        if (!input) return;
        growHeapGently();
        const started = performance.now();
        const result = await buildSite({
          ...input,
          out: opts.out,
          strict: opts.strict,
          force: opts.force,
          once: true,
        });
        report(result, opts.out, performance.now() - started);
        if (!result.ok) process.exitCode = 1;
      },
    );
}

/**
 * A cold build keeps its model and parse trees alive (about 100 MB on the 1,000-goal bench) while
 * each page it renders leaves garbage; V8's own heap growth (a factor it picks, up to 4) lets that
 * heap reach several times what is alive, and the peak memory follows. A fixed factor of 1.5:
 * `npm run bench:build`, median of 5, peak 366 MiB and 12.97 s CPU, against 403 MiB and
 * 12.08 s for a factor of 2 (1.75: 380–410 MiB, +2% CPU, 3 runs). With the larger live heap of
 * earlier versions 1.5 cost 16% more CPU. Later, with a smaller live heap (2a5ed42, 3 paired runs
 * under load 3.5): 1.5 gave 331 MiB median, 1.75 360 and 2 355, CPU the same within the noise.
 * Set by the command for its own process only: serve and library callers keep V8's default.
 *
 * V8's allocation-site pretenuring, seeing many objects of a site survive (the model and parse
 * trees a load builds), allocates that site's later objects in the old generation at once: the
 * render's vnodes and strings, garbage a page later, then filled it, and each scavenge promoted
 * more. Without it, on the bench's 3,000 goal pages in process, 93 → 44 MB promoted; a cold
 * build, 4 alternating runs under load 3.5: 6.2 → 4.8 s user CPU, peak 328–368 → 294–301 MiB.
 * `check` (short, little garbage) is the same either way.
 */
function growHeapGently(): void {
  setFlagsFromString("--heap-growing-percent=50");
  setFlagsFromString("--no-allocation-site-pretenuring");
}

function fail(message: string): undefined {
  process.stderr.write(message);
  process.exitCode = 2;
  return undefined;
}

function report(result: BuildSiteResult, out: string, ms: number): void {
  const err = process.stderr;
  for (const d of result.diagnostics) err.write(`${formatHuman(d, err.isTTY)}\n`);
  const { errors, warnings } = summarize(result.diagnostics);
  if (result.refused) err.write(messages.refused(out));
  else if (errors) err.write(messages.checkFailed(errors, warnings));
  else if (result.broken.length) err.write(messages.brokenLinks(result.broken));
  else err.write(messages.built(result, out, ms, warnings));
  if (process.env.WAYMARK_VERBOSE === "1") err.write(serveMessages.steps(result.timings));
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** The commands' text, apart from their logic. */
const messages = {
  badDate: (command: string, date: string) =>
    `waymark ${command}: unexpected --date ${escapeTerminal(JSON.stringify(date))}, expected a date as YYYY-MM-DD that exists\n`,
  badEpoch: (command: string, value: string) =>
    `waymark ${command}: unexpected SOURCE_DATE_EPOCH ${JSON.stringify(value)}, expected whole seconds since 1970\n`,
  checkFailed: (errors: number, warnings: number) =>
    `${pc.red("✖")} not built: ${plural(errors, "error")}${warnings ? `, ${plural(warnings, "warning")}` : ""}. Fix them (see \`waymark check\`), then build again.\n`,
  refused: (out: string) =>
    `${pc.red("✖")} not built: nothing was written to ${out} or beside it.\n`,
  brokenLinks: (broken: BrokenLink[]) =>
    `${broken.map((b) => `${escapeTerminal(`${b.page}: broken link ${JSON.stringify(b.href)}: ${b.reason}`)}\n`).join("")}${pc.red("✖")} not built: ${plural(broken.length, "broken link")} in the output. This is a bug in waymark; please report it. The output folder was left as it was.\n`,
  built: (result: BuildSiteResult, out: string, ms: number, warnings: number) => {
    const { routes, rendered, written, removed } = result.stats;
    const parts = [`${rendered} rendered`, `${written} written`];
    if (removed) parts.push(`${removed} removed`);
    const warned = warnings ? ` with ${plural(warnings, "warning")}` : "";
    return `${pc.green("✔")} built ${routes} files into ${escapeTerminal(out)} in ${Math.round(ms)} ms (${parts.join(", ")})${warned}; every internal link checked\n`;
  },
};
