import type { Command } from "commander";
import type { LayoutName } from "../../model/types.js";
import { DEFAULT_UPDATE_MARKER } from "../../model/update-marker.js";
import { renderDigest, renderReminders } from "../../render/updates/render-reminders.js";
import { selectReminders } from "../../track/updates/select-reminders.js";
import { configOption, layoutOption, noCacheOption } from "./check.js";
import { openSynced } from "./open-synced.js";
import { readDateOption } from "./read-date-option.js";
import { noCadence, terminalLines } from "./updates-messages.js";

interface RemindOptions {
  json?: boolean;
  date?: string;
  layout?: LayoutName;
  config?: string;
  cache: boolean;
}

export function registerRemind(program: Command): void {
  program
    .command("remind")
    .description(
      "print one digest per owner of the items due for an update, as Markdown to post (writes nothing)",
    )
    .argument("[dir]", "workspace folder", ".")
    .option("--json", "print the digests as JSON, each with its Markdown")
    .option("--date <YYYY-MM-DD>", "the day to remind for (default: today)")
    .addOption(layoutOption())
    .addOption(configOption())
    .addOption(noCacheOption())
    .action(async (dir: string, opts: RemindOptions) => {
      const date = readDateOption("remind", "--date", opts.date);
      if (!date) return;
      const opened = await openSynced("remind", dir, {
        layout: opts.layout,
        config: opts.config,
        cache: opts.cache,
      });
      if (!opened) return;
      const { workspace, facts } = opened;
      if (!workspace.items.some((i) => i.updates?.everyDays !== undefined))
        process.stderr.write(noCadence());
      const reminders = selectReminders(workspace, date);
      const context = {
        teams: new Set(workspace.config.teams.keys()),
        marker: workspace.config.updates?.marker ?? DEFAULT_UPDATE_MARKER,
        asOf: facts.asOf,
      };
      if (!opts.json) {
        process.stdout.write(terminalLines(renderReminders(reminders, context)));
        return;
      }
      const line = (r: (typeof reminders.unowned)[number]) => ({
        id: r.item.id,
        title: r.item.title,
        issue: r.issue,
        url: r.url,
        lastUpdate: r.last && { date: r.last.date, url: r.last.url, tldr: r.last.tldr },
        everyDays: r.everyDays,
        due: r.due ?? null,
        overdueDays: r.overdueDays ?? null,
      });
      const json = {
        date,
        asOf: facts.asOf,
        digests: reminders.digests.map((d) => ({
          owner: d.owner,
          items: d.reminders.map(line),
          markdown: renderDigest(d, context, date),
        })),
        unowned: reminders.unowned.map(line),
      };
      process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
    });
}
