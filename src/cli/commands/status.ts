import type { Command } from "commander";
import type { LayoutName } from "../../model/types.js";
import { runPipeline } from "../../pipeline/run-pipeline.js";
import { renderStatus } from "../../render/status/render-status.js";
import { statusLoadProblems, unknownPeriod, unreadableWorkspace } from "../messages.js";
import { configOption, layoutOption, noCacheOption } from "./check.js";

interface StatusOptions {
  period?: string;
  json?: boolean;
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
    .addOption(layoutOption())
    .addOption(configOption())
    .addOption(noCacheOption())
    .action(async (dir: string, opts: StatusOptions) => {
      // Status reports only what stops the model being read; `check` reports the rest.
      const { workspace, diagnostics } = await runPipeline(dir, {
        layout: opts.layout,
        config: opts.config,
        cache: opts.cache,
        check: false,
      });
      const unreadable = diagnostics.find((d) => d.ruleId === "missing-workspace");
      if (unreadable) {
        process.stderr.write(unreadableWorkspace(dir, unreadable.message, unreadable.hint));
        process.exitCode = 1;
        return;
      }
      const result = renderStatus(workspace, {
        period: opts.period,
        json: opts.json,
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
