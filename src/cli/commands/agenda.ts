import type { Command } from "commander";
import type { CalendarEvent } from "../../model/cadence/calendar-event.js";
import { calendarEvents } from "../../model/cadence/calendar-events.js";
import type { Item, LayoutName } from "../../model/types.js";
import { progressAgenda } from "../../render/agenda/progress-agenda.js";
import { triageAgenda } from "../../render/agenda/triage-agenda.js";
import { segment, sitePaths } from "../../render/site/site-paths.js";
import { changesSince } from "../../track/changes-since.js";
import { areaIssues, historyOf, meetingAround } from "./agenda-inputs.js";
import { commandDate } from "./build.js";
import { cadenceMessages as messages } from "./cadence-messages.js";
import { configOption, layoutOption } from "./check.js";
import { openForCommand } from "./open-for-command.js";

interface AgendaOptions {
  date?: string;
  baseUrl?: string;
  cadence?: string;
  layout?: LayoutName;
  config?: string;
}

const KINDS = ["triage", "progress"] as const;

export function registerAgenda(program: Command): void {
  program
    .command("agenda")
    .description("print the next triage meeting's or progress review's agenda as Markdown")
    .argument("<kind>", "triage or progress")
    .argument("[dir]", "workspace folder", ".")
    .option("--date <YYYY-MM-DD>", "the agenda is for the first meeting on or after this date")
    .option("--cadence <id>", "the meeting in `cadences:` (default: triage, or review)")
    .option("--base-url <url>", "the published site (https://…): items link their page on it")
    .addOption(layoutOption())
    .addOption(configOption())
    .addHelpText("after", "\nSee docs/cadence.md.")
    .action(async (kind: string, dir: string, opts: AgendaOptions) => {
      if (!(KINDS as readonly string[]).includes(kind)) {
        process.stderr.write(messages.unknownAgenda(kind));
        process.exitCode = 2;
        return;
      }
      const when = commandDate("agenda", opts.date);
      if (!when) return;
      const opened = await openForCommand(dir, { layout: opts.layout, config: opts.config });
      if (!opened) return;
      const { workspace: ws, facts } = opened;
      const events = calendarEvents(ws, when.date);
      const cadenceId = opts.cadence ?? (kind === "triage" ? "triage" : "review");
      const cadence = ws.config.cadences.find((c) => c.id === cadenceId);
      const series = events.find((e) => e.kind === "meeting" && e.source === cadenceId);
      const meeting = meetingAround(
        series,
        when.date,
        cadence?.everyDays ?? (kind === "triage" ? 7 : 14),
      );
      if (kind === "triage") {
        if (!ws.config.triage) {
          process.stderr.write(messages.noTriage(dir));
          process.exitCode = 1;
          return;
        }
        const { issues, asOf } = areaIssues(facts);
        process.stdout.write(
          triageAgenda(ws.config.triage, issues, {
            date: meeting.on,
            title: cadence?.title ?? "Triage meeting",
            ...(asOf ? { asOf } : {}),
          }),
        );
        return;
      }
      const history = await historyOf(ws.root);
      process.stdout.write(
        progressAgenda({
          ws,
          facts,
          events,
          date: meeting.on,
          lastReview: meeting.previous,
          nextReview: meeting.next,
          changes: changesSince(history, `${meeting.previous}T00:00:00Z`),
          pageUrl: siteUrl(opts.baseUrl),
          title: cadence?.title ?? "Progress review",
          agenda: cadence?.agenda ?? [],
        }),
      );
    });
}

/** Links into the published site, when its address is given. */
function siteUrl(baseUrl: string | undefined) {
  return (target: { item: Item } | { event: CalendarEvent }): string | undefined => {
    if (!baseUrl || !/^https?:\/\//i.test(baseUrl)) return undefined;
    const path =
      "item" in target
        ? sitePaths.item(target.item.id)
        : target.event.kind === "period-phase"
          ? sitePaths.period(target.event.source)
          : target.event.kind === "vision-phase"
            ? sitePaths.vision
            : `/#meeting-${segment(target.event.source)}`;
    return new URL(path.slice(1), baseUrl.endsWith("/") ? baseUrl : `${baseUrl}/`).href;
  };
}
