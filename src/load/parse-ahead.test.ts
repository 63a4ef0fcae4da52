import { execFile } from "node:child_process";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { afterEach, describe, expect, it, vi } from "vitest";
import { generateWorkspace } from "../../bench/generate-workspace.js";
import { needsShared, sharedPath } from "../../test/helpers/shared-corpus.js";
import { testdir } from "../../test/helpers/testdir.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { runPipeline } from "../pipeline/run-pipeline.js";
import { type ParseAheadOptions, parseAhead, WORKERS_VARIABLE } from "./parse-ahead.js";
import { type Offer, ParseCache, parseMarkdown, withParseCache } from "./parse-markdown.js";
import { readFrontMatterDocument } from "./read-front-matter.js";
import { readWorkspace } from "./read-workspace.js";

/** The machine as `parseAhead` sees it, when a test sets it. */
const machine = vi.hoisted(() => ({ cores: 0, load: 0 }));
vi.mock("node:os", async (importOriginal) => {
  const real = await importOriginal<typeof import("node:os")>();
  return {
    ...real,
    availableParallelism: () => machine.cores || real.availableParallelism(),
    loadavg: () => (machine.cores ? [machine.load, 0, 0] : real.loadavg()),
  };
});

const REPO = join(import.meta.dirname, "..", "..");
const EXAMPLE = join(REPO, "examples", "async-wg");

type Files = { path: string; text: string }[];

/**
 * What the load's parsers give for every Markdown file through a cache filled ahead with
 * `ahead` (or not at all), and how many parses came from a worker and from the main thread.
 */
async function loadThrough(files: Files, ahead?: ParseAheadOptions) {
  const cache = new ParseCache();
  const offered = { worker: 0, main: 0 };
  const offer = cache.offer.bind(cache);
  cache.offer = (parser: string, file: string, text: string, made: Offer) => {
    if (parser === "front-matter") offered["stored" in made ? "worker" : "main"]++;
    offer(parser, file, text, made);
  };
  if (ahead) await parseAhead(cache, files, ahead);
  const parsed = new Map<string, unknown>();
  withParseCache(cache, () => {
    for (const { path, text } of files) {
      if (!path.endsWith(".md")) continue;
      const problems: Diagnostic[] = [];
      const doc = readFrontMatterDocument(path, text, (d) => problems.push(d));
      parsed.set(path, { doc, problems, markdown: parseMarkdown(path, text) });
    }
  });
  return { parsed, offered };
}

/** Every file's parse through the workers equals the main thread's, value for value. */
async function expectSameParses(files: Files, ahead: ParseAheadOptions) {
  const [through, plain] = [await loadThrough(files, ahead), await loadThrough(files)];
  expect(through.parsed.size).toBeGreaterThan(0);
  for (const [path, value] of plain.parsed)
    expect(through.parsed.get(path), path).toStrictEqual(value);
  return through.offered;
}

const workspaceFiles = async (dir: string): Promise<Files> => [
  ...(await readWorkspace(dir)).files.values(),
];

describe("parsing ahead on worker threads", () => {
  it("fills the parse cache as the main thread's parse does, for the example", async () => {
    const files = await workspaceFiles(EXAMPLE);
    const offered = await expectSameParses(files, { workers: 2, mainThread: false });
    expect(offered).toEqual({
      worker: files.filter((f) => f.path.endsWith(".md")).length,
      main: 0,
    });
  });

  it("does the same for a generated workspace, the workers taking a share", async () => {
    const files = generateWorkspace({ goals: 80, initiatives: 2, people: 20, stories: 12 });
    // A longer queue than the main thread empties while the workers start.
    const many = [...files].map(([path, text]) => ({ path, text }));
    const offered = await expectSameParses(many, { workers: 1, mainThread: false });
    expect(offered.worker).toBeGreaterThan(0);
  });

  for (const corpus of ["rust-project-goals", "wg-async"] as const) {
    it(`does the same for the ${corpus} corpus`, needsShared(`corpus/${corpus}`), async () => {
      const files = await workspaceFiles(sharedPath(`corpus/${corpus}`));
      const offered = await expectSameParses(files, { workers: 2, mainThread: false });
      expect(offered.worker).toBeGreaterThan(100);
      expect(offered.main).toBe(0);
    });
  }

  it("runs from the bundle's worker (scripts/bundle.ts), as installed", {
    timeout: 120_000,
  }, async () => {
    const dir = await testdir({});
    await promisify(execFile)(
      process.execPath,
      ["--import", "tsx", join("scripts", "bundle.ts"), join(dir, "waymark.js")],
      { cwd: REPO },
    );
    const files = await workspaceFiles(EXAMPLE);
    const workerUrl = pathToFileURL(join(dir, "parse-worker.js"));
    const offered = await expectSameParses(files, { workers: 1, mainThread: false, workerUrl });
    expect(offered.worker).toBe(files.filter((f) => f.path.endsWith(".md")).length);
  });

  it("leaves a file past a limit, or nesting deep, to the load", async () => {
    const deep = `${"> ".repeat(40)}deep\n`;
    const files = [
      { path: "deep.md", text: deep },
      { path: "wide.md", text: `${"*a ".repeat(3000)}\n` },
      { path: "plain.md", text: "# Plain\n" },
    ];
    const offered = await expectSameParses(files, { workers: 1, mainThread: false });
    expect(offered).toEqual({ worker: 1, main: 0 });
  });
});

describe("a parse worker that fails", () => {
  const workers = {
    "throws.mjs": 'throw new Error("cannot start");\n',
    "exits.mjs": [
      'import { parentPort } from "node:worker_threads";',
      "parentPort.on('message', () => process.exit(3));",
      'parentPort.postMessage("ready");',
    ].join("\n"),
    "garbles.mjs": [
      'import { parentPort } from "node:worker_threads";',
      "parentPort.on('message', (batch) => parentPort.postMessage(batch.map(() => ({ tree: 42 }))));",
      'parentPort.postMessage("ready");',
    ].join("\n"),
  };
  afterEach(() => vi.restoreAllMocks());

  for (const name of Object.keys(workers)) {
    it(`(${name}) leaves its files to the main thread, printing nothing`, async () => {
      const dir = await testdir(workers);
      const stderr = vi.spyOn(process.stderr, "write");
      const files = await workspaceFiles(EXAMPLE);
      const workerUrl = pathToFileURL(join(dir, name));
      const offered = await expectSameParses(files, { workers: 2, workerUrl, mainThread: false });
      // A worker that answers what cannot be decoded has its files parsed by the load.
      if (name !== "garbles.mjs") expect(offered.worker).toBe(0);
      expect(stderr).not.toHaveBeenCalled();
    });
  }
});

describe("WAYMARK_PARSE_WORKERS", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
    machine.cores = 0;
  });

  it("unset, starts a worker per idle core but one, from three cores", async () => {
    vi.stubEnv(WORKERS_VARIABLE, undefined);
    vi.stubEnv("WAYMARK_VERBOSE", "1");
    const shape = { goals: 100, initiatives: 2, people: 20, stories: 12 };
    const files = [...generateWorkspace(shape)].map(([path, text]) => ({ path, text }));
    const started = async (cores: number, load: number) => {
      Object.assign(machine, { cores, load });
      const stderr = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
      await parseAhead(new ParseCache(), files);
      const said = stderr.mock.calls.map((call) => String(call[0])).join("");
      stderr.mockRestore();
      return Number(/on (\d+) worker thread/.exec(said)?.[1] ?? 0);
    };
    expect(await started(2, 0)).toBe(0);
    expect(await started(4, 0)).toBe(3);
    expect(await started(4, 2.6)).toBe(1);
    expect(await started(4, 3.8)).toBe(0);
    // Too few files to be worth a worker.
    Object.assign(machine, { cores: 4, load: 0 });
    const few = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    await parseAhead(new ParseCache(), files.slice(0, 100));
    expect(few).not.toHaveBeenCalled();
  });

  it("gives the same model and diagnostics with workers as without", async () => {
    const load = async (workers: string) => {
      vi.stubEnv(WORKERS_VARIABLE, workers);
      const { diagnostics, workspace } = await runPipeline(EXAMPLE, { parsed: new ParseCache() });
      return { diagnostics, items: workspace.items.map((i) => [i.id, i.title, i.file]) };
    };
    expect(await load("2")).toStrictEqual(await load("0"));
  });
});
