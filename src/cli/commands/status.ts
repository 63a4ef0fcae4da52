import type { Command } from "commander";
import { periodOf } from "../../model/period-of.js";
import { isCalendarDate } from "../../model/period-phases.js";
import type { LayoutName, Workspace } from "../../model/types.js";
import { goalForecasts } from "../../render/charts/chart-views.js";
import { renderForecastStatus } from "../../render/status/forecast-status.js";
import { findPeriod, knownPeriods } from "../../render/status/known-periods.js";
import { paintFor } from "../../render/status/paint.js";
import { renderStatus } from "../../render/status/render-status.js";
import type { Facts } from "../../track/types.js";
import { invalidDate, noSyncForForecast, statusLoadProblems, unknownPeriod } from "../messages.js";
import { configOption, layoutOption, noCacheOption } from "./check.js";
import { openForCommand } from "./open-for-command.js";

interface StatusOptions {
  period?: string;
  json?: boolean;
  forecast?: boolean;
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
      "--forecast",
      "list the goals at risk of missing their period's end, from the sync history (with --period: that period's)",
    )
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
        history: opts.forecast,
      });
      if (!opened) return;
      const { workspace, diagnostics } = opened;
      if (opts.forecast) {
        process.exitCode = printForecast(workspace, opened.facts, dir, opts);
        return;
      }
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

/** `status --forecast`: the goals at risk, or why there is nothing to forecast from. */
function printForecast(ws: Workspace, facts: Facts, dir: string, opts: StatusOptions): number {
  const periods = knownPeriods(ws);
  const period = opts.period === undefined ? undefined : findPeriod(ws, opts.period);
  if (opts.period !== undefined && !period) {
    process.stderr.write(
      unknownPeriod(
        opts.period,
        periods.map((p) => p.id),
      ),
    );
    return 1;
  }
  if (!facts.asOf) {
    process.stderr.write(noSyncForForecast(dir));
    return 2;
  }
  const forecasts = [...goalForecasts(ws, facts, periods, periodOf(ws)).values()];
  const paint = paintFor(!opts.json && process.stdout.isTTY === true);
  const options = { asOf: facts.asOf, period: period?.id, json: opts.json };
  process.stdout.write(renderForecastStatus(forecasts, options, paint));
  return 0;
}
