import type { Command } from "commander";
import { isCalendarDate } from "../../model/period-phases.js";
import type { LayoutName } from "../../model/types.js";
import { renderStatus } from "../../render/status/render-status.js";
import { invalidDate, statusLoadProblems, unknownPeriod } from "../messages.js";
import { configOption, layoutOption, noCacheOption } from "./check.js";
import { openForCommand } from "./open-for-command.js";

interface StatusOptions {
  period?: string;
  json?: boolean;
  date?: string;
  layout?: LayoutName;
  config?: string;
  cache: boolean;
}

export function registerStatus(program: Command): void {
  program
    .command("status")
    .description("print the roadmap overview, or with --period a period's goal slate")
    .argument("[dir]", "workspace folder", ".")
    .option("--period <period>", "print this period's goal slate, grouped by flagship theme")
    .option("--json", "print the rows as JSON")
    .option(
      "--date <date>",
      "with --period: name the phase on this day, YYYY-MM-DD (default: today)",
    )
    .addOption(layoutOption())
    .addOption(configOption())
    .addOption(noCacheOption())
    .action(async (dir: string, opts: StatusOptions) => {
      const date = opts.date ?? new Date().toISOString().slice(0, 10);
      if (!isCalendarDate(date)) {
        process.stderr.write(invalidDate(date));
        process.exitCode = 1;
        return;
      }
      const opened = await openForCommand(dir, {
        layout: opts.layout,
        config: opts.config,
        cache: opts.cache,
      });
      if (!opened) return;
      const { workspace, diagnostics } = opened;
      const result = renderStatus(workspace, {
        period: opts.period,
        json: opts.json,
        date,
        color: !opts.json && process.stdout.isTTY === true,
      });
      if (!result.ok) {
        process.stderr.write(unknownPeriod(result.period, result.known));
        process.exitCode = 1;
        return;
      }
      process.stdout.write(result.text);
      const errors = diagnostics.filter((d) => d.severity === "error").length;
      if (errors) process.stderr.write(statusLoadProblems(errors, dir));
    });
}
