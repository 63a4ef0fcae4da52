import type { Command } from "commander";
import type { LayoutName } from "../../model/types.js";
import { renderUpdateReport } from "../../render/updates/render-update-report.js";
import { selectReport } from "../../track/updates/select-report.js";
import { configOption, layoutOption, noCacheOption } from "./check.js";
import { openSynced } from "./open-synced.js";
import { readDateOption } from "./read-date-option.js";
import { terminalLines, windowReversed } from "./updates-messages.js";

interface UpdatesOptions {
  from: string;
  to: string;
  layout?: LayoutName;
  config?: string;
  cache: boolean;
}

export function registerUpdates(program: Command): void {
  program
    .command("updates")
    .description("print the update report of a window as Markdown, from the synced tracking issues")
    .argument("[dir]", "workspace folder", ".")
    .requiredOption("--from <YYYY-MM-DD>", "first day of the window")
    .requiredOption("--to <YYYY-MM-DD>", "last day of the window (included)")
    .addOption(layoutOption())
    .addOption(configOption())
    .addOption(noCacheOption())
    .action(async (dir: string, opts: UpdatesOptions) => {
      const from = readDateOption("updates", "--from", opts.from);
      const to = from && readDateOption("updates", "--to", opts.to);
      if (!from || !to) return;
      if (from > to) {
        process.stderr.write(windowReversed(from, to));
        process.exitCode = 2;
        return;
      }
      const opened = await openSynced("updates", dir, {
        layout: opts.layout,
        config: opts.config,
        cache: opts.cache,
      });
      if (!opened) return;
      const { workspace, facts } = opened;
      const report = selectReport(workspace, from, to);
      const text = renderUpdateReport(report, {
        group: workspace.config.group.name,
        asOf: facts.asOf,
      });
      // Markdown escaping has already dropped control characters; this is the terminal's guard.
      process.stdout.write(terminalLines(text));
    });
}
