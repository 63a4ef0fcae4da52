import { readFile, symlink } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { meetingExample } from "../../../test/helpers/meeting-example.js";
import { runWaymark as waymark } from "../../../test/helpers/run-waymark.js";
import { testdir } from "../../../test/helpers/testdir.js";

describe("waymark calendar", { timeout: 90_000 }, () => {
  it("prints the example's calendar, the same bytes for the same --date", async () => {
    const example = await meetingExample();
    const a = await waymark("calendar", example, "--date", "2026-11-30");
    const b = await waymark("calendar", example, "--date", "2026-11-30");
    expect(a.code).toBe(0);
    expect(a.stdout).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(a.stdout).toContain("DTSTART;TZID=America/Los_Angeles:20210617T090000");
    expect(a.stdout).toContain("DTSTAMP:20261130T000000Z");
    expect(b.stdout).toBe(a.stdout);
  });

  it("writes --out, replacing a planted symlink instead of writing through it", async () => {
    const dir = await testdir({
      "waymark.yaml": "group: { name: G }\ncadences:\n  t: { every: week, on: Monday }\n",
      "target.txt": "keep me\n",
    });
    await symlink(join(dir, "target.txt"), join(dir, "cal.ics"));
    const { code, stderr } = await waymark(
      "calendar",
      dir,
      "--out",
      join(dir, "cal.ics"),
      "--date",
      "2026-11-30",
    );
    expect(code).toBe(0);
    expect(stderr).toContain("wrote 1 event to");
    expect(await readFile(join(dir, "target.txt"), "utf8")).toBe("keep me\n");
    expect(await readFile(join(dir, "cal.ics"), "utf8")).toContain(
      "DTSTART;VALUE=DATE:20261130\r\nDTEND;VALUE=DATE:20261201",
    );
  });

  it("refuses a --date that does not exist, with exit 2", async () => {
    const dir = await testdir({ "waymark.yaml": "group: { name: G }\n" });
    const { code, stderr, stdout } = await waymark("calendar", dir, "--date", "2026-02-30");
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain('unexpected --date "2026-02-30", expected a date as YYYY-MM-DD');
  });
});
