import { describe, expect, it } from "vitest";
import { meetingExample } from "../../../test/helpers/meeting-example.js";
import { runWaymark as waymark } from "../../../test/helpers/run-waymark.js";
import { testdir } from "../../../test/helpers/testdir.js";

describe("waymark agenda", { timeout: 90_000 }, () => {
  it("prints the example's triage agenda for the next Friday meeting, seed 003's steps in order", async () => {
    const { code, stdout } = await waymark(
      "agenda",
      "triage",
      await meetingExample(),
      "--date",
      "2026-12-01",
    );
    expect(code).toBe(0);
    expect(stdout).toMatch(/^# Triage meeting, 2026-12-04\n/);
    expect(stdout.match(/^## \d\. .*$/gm)?.map((l) => l.slice(0, 30))).toEqual([
      "## 1. Review uncategorized iss",
      "## 2. Review focus issues to c",
      "## 3. Promote issues from OnDe",
      "## 4. Promote issues from Othe",
    ]);
  });

  it("prints the progress review's agenda between the last review and the next", async () => {
    const { code, stdout } = await waymark(
      "agenda",
      "progress",
      await meetingExample(),
      "--date",
      "2026-12-01",
      "--base-url",
      "https://wg.example/",
    );
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^# Roadmap progress review, 2026-12-10\n\nSince the last review on 2026-11-26\./,
    );
    expect(stdout).toContain("## Help wanted\n\n- [");
    expect(stdout).toContain("## Decisions due by 2026-12-24");
  });

  it("refuses an unknown kind (exit 2) and a triage agenda without `triage:` (exit 1)", async () => {
    const dir = await testdir({ "waymark.yaml": "group: { name: G }\n" });
    const bogus = await waymark("agenda", "retro", dir);
    expect(bogus.code).toBe(2);
    expect(bogus.stderr).toContain('unexpected "retro", expected triage or progress');
    const none = await waymark("agenda", "triage", dir);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain("has no `triage:` in waymark.yaml");
  });
});
