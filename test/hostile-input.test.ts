import { execFile } from "node:child_process";
import { appendFileSync, existsSync, readFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  HOSTILE,
  type HostileInput,
  page,
  writeHostileWorkspace,
} from "../bench/hostile-inputs.js";
import { COMPILED_CLI } from "./helpers/compiled-cli.js";

/**
 * Each pathological input of issues 7 and 8 runs through the real CLI with its memory capped
 * (512 MB of heap) and a hard timeout that only means "did not hang": it must finish, exit as
 * expected, name the file, the limit and how to raise it, and still check the rest.
 */
const HEAP = "--max-old-space-size=512";
const HANG = 120_000;
/** The cases `build` once crashed or stalled on; the others share their code path. */
const BUILT = /^(`>`×1750|`- `×1000|1,400 list levels|2 MB table|300 KB of `\[a\]\(`)$/;

interface Run {
  code: number | null;
  signal: string | null;
  out: string;
}

function run(args: string[], shell?: string, timeout = HANG): Promise<Run> {
  const command = shell ? "sh" : process.execPath;
  const argv = shell
    ? ["-c", `${shell} && exec "$0" "$@"`, process.execPath, HEAP, COMPILED_CLI, ...args]
    : [HEAP, COMPILED_CLI, ...args];
  return new Promise((done) => {
    execFile(command, argv, { timeout, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const e = error as (Error & { code?: number; signal?: string }) | null;
      done({ code: e ? (e.code ?? null) : 0, signal: e?.signal ?? null, out: stdout + stderr });
    });
  });
}

const made: string[] = [];
// Removing the 20,000-file workspace and its site takes a minute on a busy machine.
afterAll(() => {
  for (const ws of made) rmSync(dirname(ws), { recursive: true, force: true });
}, 3 * HANG);

function workspace(input: HostileInput): string {
  const ws = writeHostileWorkspace(input);
  made.push(ws);
  return ws;
}

/** Finished, no crash: no stack trace, no internal error, every line a diagnostic or a summary. */
function expectClean(result: Run): void {
  expect(result.signal, result.out.slice(0, 2000)).toBeNull();
  expect(result.out).not.toMatch(/^\s+at /m);
  expect(result.out).not.toMatch(/internal error|EMFILE|heap out of memory/);
}

/** The example's own four warnings: the rest of the workspace was still checked. */
const restChecked = (out: string) => out.match(/\[missing-owner\]/g)?.length ?? 0;

describe("hostile input: each case finishes with a diagnostic under a memory cap", {
  timeout: 2 * HANG,
}, () => {
  const markdown = HOSTILE.filter((h) => h.ruleId);
  it.each(markdown.map((h) => [h.name, h] as const))("check: %s", async (_name, input) => {
    const result = await run(["check", workspace(input)]);
    expectClean(result);
    expect(result.code).toBe(1);
    const line = result.out.split("\n").find((l) => l.includes(`[${input.ruleId}]`));
    expect(line, result.out.slice(0, 2000)).toMatch(
      /^hostile\.md:\d+:\d+: error: Unexpected .+ \(limit `[a-z-]+`\) \[[a-z-]+\] — .+WAYMARK_LIMITS=[a-z-]+=\d+/,
    );
    expect(result.out).toMatch(/✖ 1 error, 4 warnings/);
    expect(restChecked(result.out)).toBe(4);
  });

  it.each(markdown.filter((h) => BUILT.test(h.name)).map((h) => [h.name, h] as const))(
    "build with markdown-limit a warning: %s",
    async (_name, input) => {
      const ws = workspace(input);
      appendFileSync(join(ws, "waymark.yaml"), "\nrules:\n  markdown-limit: warning\n");
      const out = join(dirname(ws), "out");
      const result = await run(["build", ws, "--out", out]);
      expectClean(result);
      expect(result.code, result.out.slice(0, 2000)).toBe(0);
      expect(result.out).toMatch(/hostile\.md:\d+:\d+: warning: .+\[markdown-limit\]/);
      // The file is published as plain text; the rest of the site is built.
      const page = readFileSync(join(out, "pages", "hostile", "index.html"), "utf8");
      expect(page).toContain("<p>");
      expect(existsSync(join(out, "goals", "polish", "index.html"))).toBe(true);
    },
  );

  it.each(HOSTILE.filter((h) => !h.ruleId && !h.kind).map((h) => [h.name, h] as const))(
    "check: %s is within the limits and passes",
    async (_name, input) => {
      const result = await run(["check", workspace(input)]);
      expectClean(result);
      expect(result.code).toBe(0);
      expect(restChecked(result.out)).toBe(4);
    },
  );

  it("a WAYMARK_LIMITS entry that names no limit is a diagnostic, and the defaults stay", async () => {
    const input = HOSTILE.find((h) => h.name === "`>`×1750")!;
    const result = await run(["check", workspace(input)], "export WAYMARK_LIMITS=depth=9");
    expectClean(result);
    expect(result.out).toMatch(
      /^WAYMARK_LIMITS:1:1: error: Unexpected limit `depth`.+\[invalid-limit\]/m,
    );
    expect(result.out).toMatch(/\[markdown-limit\]/);
  });

  it("a raised limit lets the same file through", async () => {
    const input = {
      name: "`>`×150",
      files: () => ({ "hostile.md": page(`${">".repeat(150)} a`) }),
    };
    expect((await run(["check", workspace(input)])).out).toMatch(/\[markdown-limit\]/);
    const result = await run(
      ["check", workspace(input)],
      "export WAYMARK_LIMITS=nesting-depth=200",
    );
    expectClean(result);
    expect(result.out).not.toMatch(/\[markdown-limit\]/);
    expect(result.code).toBe(0);
  });
});

describe("at the ceiling of the limits", { timeout: 2 * HANG }, () => {
  it("build renders nesting 1000 deep (quotes, lists, emphasis) without overflowing the stack", async () => {
    const body = [
      `${">".repeat(995)} a`,
      `${"- ".repeat(495)}b`,
      `${"*a ".repeat(990)}c${" d*".repeat(990)}`,
    ].join("\n\n");
    const input = { name: "ceiling", files: () => ({ "hostile.md": page(body) }) };
    const ws = workspace(input);
    const out = join(dirname(ws), "out");
    const limits = "export WAYMARK_LIMITS=nesting-depth=1000,emphasis-delimiters=5000";
    const result = await run(["build", ws, "--out", out], limits);
    expectClean(result);
    expect(result.out).not.toMatch(/\[markdown-limit\]/);
    expect(result.code, result.out.slice(0, 2000)).toBe(0);
    const html = readFileSync(join(out, "pages", "hostile", "index.html"), "utf8");
    expect(html.match(/<blockquote>/g)?.length).toBe(995);
    expect(html.match(/<em>/g)?.length).toBe(990);
  });
});

describe("many files, few file descriptors", { timeout: 2 * HANG }, () => {
  const many = HOSTILE.find((h) => h.kind === "many-files")!;
  let ws = "";
  const manyFiles = () => {
    ws ||= workspace(many);
    return ws;
  };

  it("20,000 files check with no EMFILE and no false errors", async () => {
    const result = await run(["check", manyFiles()]);
    expectClean(result);
    expect(result.out).toMatch(/⚠ 0 errors, 4 warnings in 20067 files/);
    expect(result.code).toBe(0);
  });

  it(
    "20,000 files build under `ulimit -n 256`, whole",
    async () => {
      const out = join(dirname(manyFiles()), "out");
      const result = await run(["build", manyFiles(), "--out", out], "ulimit -n 256", 2 * HANG);
      expectClean(result);
      expect(result.code, result.out.slice(-2000)).toBe(0);
      expect(existsSync(join(out, "pages", "notes", "n39", "p19999", "index.html"))).toBe(true);
    },
    3 * HANG,
  );

  it("20,000 files check under `ulimit -n 256`", async () => {
    const result = await run(["check", manyFiles()], "ulimit -n 256");
    expectClean(result);
    expect(result.out).toMatch(/⚠ 0 errors, 4 warnings in 20067 files/);
    expect(result.code).toBe(0);
  });
});
