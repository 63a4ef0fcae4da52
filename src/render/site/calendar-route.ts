import type { CalendarEvent } from "../../model/cadence/calendar-event.js";
import { calendarEvents } from "../../model/cadence/calendar-events.js";
import type { Workspace } from "../../model/types.js";
import { calendarIcs } from "../calendar/calendar-ics.js";
import type { Route } from "./route.js";
import type { SiteOptions } from "./site-index.js";
import { sitePaths } from "./site-paths.js";

/**
 * /calendar.ics, the same file `waymark calendar` writes for the build's date. With a full
 * `--base-url` each phase links its page on the site; a meeting links where it is held. Its key
 * is what it is made from, so it renders again only when an event or the date changes.
 */
export function calendarRoute(ws: Workspace, options: SiteOptions): Route {
  const events = calendarEvents(ws, options.date);
  const meta = { name: ws.config.group.name, date: options.date, baseUrl: options.baseUrl ?? "/" };
  return {
    path: sitePaths.calendar,
    key: { events, meta },
    render: () =>
      calendarIcs(events, {
        name: meta.name,
        date: meta.date,
        urlOf: (e) => pageUrl(meta.baseUrl, e),
      }),
  };
}

/** The absolute URL of an event's page, when the site's address is known. */
function pageUrl(baseUrl: string, event: CalendarEvent): string | undefined {
  if (!/^https?:\/\//i.test(baseUrl)) return undefined;
  const path =
    event.kind === "vision-phase"
      ? sitePaths.vision
      : event.kind === "period-phase"
        ? sitePaths.period(event.source)
        : undefined;
  return path && new URL(path.slice(1), baseUrl.endsWith("/") ? baseUrl : `${baseUrl}/`).href;
}
