import { execFile } from "node:child_process";
import { utimes } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { testdir } from "../../../test/helpers/testdir.js";
import { lastChanged } from "./last-changed.js";

const git = promisify(execFile);

describe("lastChanged", () => {
  it("takes each file's newest commit date from one git log, and file times for the rest", async () => {
    const root = await testdir({ "ws/a.md": "a", "ws/b.md": "b", "ws/new.md": "n" });
    const run = (args: string[], date: string) =>
      git("git", ["-c", "user.name=t", "-c", "user.email=t@t", ...args], {
        cwd: root,
        env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
      });
    await run(["init", "-q"], "2024-01-01T00:00:00Z");
    await run(["add", "ws/a.md", "ws/b.md"], "2024-01-01T00:00:00Z");
    await run(["commit", "-q", "-m", "one"], "2024-01-01T00:00:00Z");
    await run(["commit", "-q", "--allow-empty", "-m", "two"], "2024-02-01T00:00:00Z");
    await utimes(join(root, "ws/new.md"), 1_700_000_000, 1_700_000_000);
    const dates = await lastChanged(join(root, "ws"), ["a.md", "b.md", "new.md"]);
    expect(dates).toEqual({
      "a.md": "2024-01-01T00:00:00.000Z",
      "b.md": "2024-01-01T00:00:00.000Z",
      "new.md": new Date(1_700_000_000_000).toISOString(),
    });
  });

  it("uses SOURCE_DATE_EPOCH instead of file times when given", async () => {
    const root = await testdir({ "a.md": "a" });
    expect(await lastChanged(root, ["a.md"], { sourceDateEpoch: 86400 })).toEqual({
      "a.md": "1970-01-02T00:00:00.000Z",
    });
  });
});
