import { readFile } from "node:fs/promises";
import { join } from "node:path";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { buildSite } from "../src/publish/site/build-site.js";
import { meetingExample } from "./helpers/meeting-example.js";
import { testdir } from "./helpers/testdir.js";

/** The home page's "What comes next" list, as text lines. */
function nextLines(html: string): string[] {
  const section = html.slice(html.indexOf('id="what-comes-next"'));
  const list = section.slice(0, section.indexOf("</ul>"));
  return [...list.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ""));
}

describe("the site's calendar: /calendar.ics and what comes next", () => {
  it("publishes /calendar.ics, links it from the home page, and lists the next events of --date", async () => {
    const out = await testdir({});
    const result = await buildSite({
      dir: await meetingExample(),
      out,
      date: "2021-06-10",
      baseUrl: "https://wg.example/async/",
    });
    expect(result.ok).toBe(true);
    const ics = await readFile(join(out, "calendar.ics"), "utf8");
    const calendar = new ICAL.Component(ICAL.parse(ics) as unknown[]);
    const uids = calendar.getAllSubcomponents("vevent").map((e) => e.getFirstPropertyValue("uid"));
    expect(uids).toContain("meeting-triage.async-foundations-working-group@waymark");
    // Phases link their page on the site when its address is known.
    expect(ics.replace(/\r\n /g, "")).toContain("URL;VALUE=URI:https://wg.example/async/vision/");
    const home = await readFile(join(out, "index.html"), "utf8");
    expect(home).toContain('href="/async/calendar.ics"');
    expect(nextLines(home)).toEqual([
      "June 11, 2021 at 13:00 (America/New_York): Triage meeting",
      "June 14, 2021 to June 30, 2021: Vision: 2021 Q2 revision process begins",
      "June 17, 2021 at 09:00 (America/Los_Angeles): Roadmap progress review",
      "June 30, 2021: Vision: 2021 Q2 revision published",
      "September 13, 2021 to September 30, 2021: Vision: 2021 Q3 revision process begins",
      "September 30, 2021: Vision: 2021 Q3 revision published",
    ]);
  });

  it("names a monthly rotation on the home page, with its next meeting", async () => {
    const dir = await testdir({
      "waymark.yaml":
        "group: { name: G }\ncadences:\n  call:\n    title: Community call\n    every: month\n    on: [first Thursday, third Thursday]\n    time: '16:30'\n    timezone: Europe/Berlin\n",
    });
    const out = await testdir({});
    expect((await buildSite({ dir, out, date: "2026-12-04" })).ok).toBe(true);
    const home = await readFile(join(out, "index.html"), "utf8");
    expect(home).toContain("Every month on the first Thursday and the third Thursday at 16:30");
    expect(home).toContain('Next: <time datetime="2026-12-17">2026-12-17</time>');
    expect(nextLines(home)).toEqual(["December 17, 2026 at 16:30 (Europe/Berlin): Community call"]);
  });
});
