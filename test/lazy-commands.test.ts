import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdir, readdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { createProgram } from "../src/cli/main.js";
import { runScript, runWaymark } from "./helpers/run-waymark.js";

const REPO = join(import.meta.dirname, "..");
const EXAMPLE = join(REPO, "examples", "async-wg");
const ALL = [
  ...["check", "status", "init", "new", "import", "build", "serve", "sync", "slate", "issues"],
  ...["triage", "calendar", "agenda", "updates", "remind"],
];

const names = async (argv: string[]) => (await createProgram(argv)).commands.map((c) => c.name());

describe("createProgram", () => {
  it("makes only the command the arguments name, and none for --version", async () => {
    for (const name of ALL) expect(await names([name, "--help"])).toEqual([name]);
    expect(await names(["--version"])).toEqual([]);
    expect(await names(["-V"])).toEqual([]);
  });

  it("makes them all, in order, for help, no command or an unknown one", async () => {
    for (const argv of [[], ["--help"], ["help", "check"], ["chek"], ["toString"]])
      expect(await names(argv)).toEqual(ALL);
  });

  it("gives a command the same options and help alone as among all", async () => {
    const all = await createProgram([]);
    for (const name of ALL) {
      const alone = (await createProgram([name])).commands[0]!;
      const among = all.commands.find((c) => c.name() === name)!;
      expect(alone.helpInformation()).toBe(among.helpInformation());
    }
  });
});

// Inside the checkout, so the bundle finds its three runtime dependencies in node_modules.
const OUT = join(REPO, "node_modules", ".cache", `waymark-test-bundle-${process.pid}`);
afterAll(() => rm(OUT, { recursive: true, force: true }));

/** The chunks a module of the bundle imports statically, and theirs, by file name. */
function staticClosure(start: string): Set<string> {
  const seen = new Set([start]);
  const todo = [start];
  while (todo.length > 0) {
    const text = readFileSync(join(OUT, todo.pop()!), "utf8");
    for (const [, chunk] of text.matchAll(
      /^(?:import|export)\s[^;]*?"\.\/(waymark-\w{8}\.js)";/gm,
    )) {
      if (seen.has(chunk!)) continue;
      seen.add(chunk!);
      todo.push(chunk!);
    }
  }
  return seen;
}

describe("the bundled CLI (scripts/bundle.ts)", () => {
  it("splits along the commands: check loads neither the site's renderer nor its server", {
    timeout: 120_000,
  }, async () => {
    await mkdir(OUT, { recursive: true });
    // A chunk of an earlier bundle, which the new one must not leave beside its own.
    await writeFile(join(OUT, "waymark-STALE000.js"), "throw new Error('stale');\n");
    await promisify(execFile)(
      process.execPath,
      ["--import", "tsx", join("scripts", "bundle.ts"), join(OUT, "waymark.js")],
      { cwd: REPO },
    );
    expect(await readdir(OUT)).not.toContain("waymark-STALE000.js");
    const entry = readFileSync(join(OUT, "waymark.js"), "utf8");
    const check = entry.match(/check: async \(\) => \(await import\("\.\/(waymark-\w{8}\.js)"\)\)/);
    expect(check).not.toBeNull();
    const loaded = [...staticClosure("waymark.js"), ...staticClosure(check![1]!)];
    const code = loaded.map((f) => readFileSync(join(OUT, f), "utf8")).join("\n");
    expect(code).toContain("node_modules/zod/");
    for (const library of ["preact", "hono", "kysely", "@octokit/core"])
      expect(code, library).not.toContain(`node_modules/${library}/`);

    const bundled = await runScript(join(OUT, "waymark.js"), ["check", EXAMPLE]);
    const compiled = await runWaymark("check", EXAMPLE);
    expect(bundled).toEqual(compiled);
    expect((await runScript(join(OUT, "waymark.js"), ["--version"])).stdout).toBe("0.1.0\n");
  });
});
