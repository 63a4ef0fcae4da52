import type { Command } from "commander";
import { Option } from "commander";
import { slateFiles } from "../../check/slate-files.js";
import {
  formatGithub,
  formatHuman,
  formatJson,
  type OutputFormat,
  summarize,
} from "../../diagnostics/format.js";
import { isCalendarDate } from "../../model/period-phases.js";
import type { LayoutName } from "../../model/types.js";
import { LAYOUTS } from "../../model/types.js";
import { runPipeline } from "../../pipeline/run-pipeline.js";
import { findPeriod, knownPeriods } from "../../render/status/known-periods.js";
import { checkSummary, invalidDate, unknownPeriod } from "../messages.js";
import { workspaceFolder } from "./open-for-command.js";

export const layoutOption = () =>
  new Option("--layout <layout>", "read the folder as this layout instead of detecting it").choices(
    [...LAYOUTS],
  );

/** `--no-cache`: parse every file, neither reading nor writing the parse pack in .waymark/. */
export const noCacheOption = () =>
  new Option("--no-cache", "parse every file, without the .waymark/ parse cache");

/** `--config <file>`: a waymark.yaml kept outside the folder, filling in what its layout lacks. */
export const configOption = () =>
  new Option("--config <file>", "use this waymark.yaml (people, teams, triage) for the folder");

export function registerCheck(program: Command): void {
  program
    .command("check")
    .description("check a workspace and report every problem with file:line:col")
    .argument("[dir]", "workspace folder", ".")
    .addOption(
      new Option("--format <format>", "output format")
        .choices(["human", "json", "github"])
        .default("human"),
    )
    .option("--strict", "treat warnings as errors")
    .option(
      "--period <period>",
      "review this period's slate (readiness rules) and report only its files' findings",
    )
    .option(
      "--date <date>",
      "the day of the check, YYYY-MM-DD: slates in review that day get the readiness rules (default: today)",
    )
    .addOption(layoutOption())
    .addOption(configOption())
    .addOption(noCacheOption())
    .action(
      async (
        dir: string,
        opts: {
          format: OutputFormat;
          strict?: boolean;
          period?: string;
          date?: string;
          layout?: LayoutName;
          config?: string;
          cache: boolean;
        },
      ) => {
        const date = opts.date ?? new Date().toISOString().slice(0, 10);
        if (!isCalendarDate(date)) {
          process.stderr.write(invalidDate(date));
          process.exitCode = 2;
          return;
        }
        const result = await runPipeline(workspaceFolder(dir, opts), {
          layout: opts.layout,
          config: opts.config,
          cache: opts.cache,
          strict: opts.strict,
          review: { date, periods: opts.period ? [opts.period] : [] },
        });
        const { workspace } = result;
        let { diagnostics } = result;
        if (opts.period !== undefined) {
          const known = findPeriod(workspace, opts.period);
          if (!known) {
            const ids = knownPeriods(workspace).map((p) => p.id);
            process.stderr.write(unknownPeriod(opts.period, ids));
            process.exitCode = 1; // as `status --period` (docs/cli.md): the folder has no such period
            return;
          }
          const files = slateFiles(workspace, known.id);
          diagnostics = diagnostics.filter((d) => files.has(d.span.file));
        }
        const out = process.stdout;
        if (opts.format === "json") out.write(formatJson(diagnostics));
        else if (opts.format === "github")
          for (const d of diagnostics) out.write(`${formatGithub(d)}\n`);
        else {
          for (const d of diagnostics) out.write(`${formatHuman(d, out.isTTY)}\n`);
          process.stderr.write(checkSummary(summarize(diagnostics), workspace.documents.length));
        }
        if (diagnostics.some((d) => d.severity === "error")) process.exitCode = 1;
      },
    );
}
