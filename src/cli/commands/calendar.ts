import { basename, dirname, resolve } from "node:path";
import type { Command } from "commander";
import { calendarEvents } from "../../model/cadence/calendar-events.js";
import type { LayoutName } from "../../model/types.js";
import { writeInside } from "../../publish/write-inside.js";
import { calendarIcs } from "../../render/calendar/calendar-ics.js";
import { commandDate } from "./build.js";
import { cadenceMessages as messages } from "./cadence-messages.js";
import { configOption, layoutOption } from "./check.js";
import { openForCommand } from "./open-for-command.js";

interface CalendarOptions {
  out?: string;
  date?: string;
  layout?: LayoutName;
  config?: string;
}

export function registerCalendar(program: Command): void {
  program
    .command("calendar")
    .description("write the group's meetings, vision phases and period phases as an iCalendar file")
    .argument("[dir]", "workspace folder", ".")
    .option("--out <file>", "write the .ics file here instead of to stdout")
    .option(
      "--date <YYYY-MM-DD>",
      "the date the calendar is made on (default: SOURCE_DATE_EPOCH, else today)",
    )
    .addOption(layoutOption())
    .addOption(configOption())
    .addHelpText("after", "\nSee docs/cadence.md.")
    .action(async (dir: string, opts: CalendarOptions) => {
      const when = commandDate("calendar", opts.date);
      if (!when) return;
      const opened = await openForCommand(dir, { layout: opts.layout, config: opts.config });
      if (!opened) return;
      const { workspace } = opened;
      const events = calendarEvents(workspace, when.date);
      if (!events.length) process.stderr.write(messages.noEvents(dir));
      const text = calendarIcs(events, { name: workspace.config.group.name, date: when.date });
      if (!opts.out) {
        process.stdout.write(text);
        return;
      }
      const out = resolve(opts.out);
      try {
        await writeInside(dirname(out), basename(out), { bytes: Buffer.from(text) });
      } catch (error) {
        process.stderr.write(messages.writeFailed(opts.out, (error as Error).message));
        process.exitCode = 1;
        return;
      }
      process.stderr.write(messages.calendarWritten(opts.out, events.length));
    });
}
