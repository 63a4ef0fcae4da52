import { cp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { deserialize } from "node:v8";
import { Ajv } from "ajv";
import type { Element, Root } from "hast";
import rehypeParse from "rehype-parse";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { main } from "../src/cli/main.js";
import { type Offer, ParseCache } from "../src/load/parse-markdown.js";
import { CACHE_DIR, PACK_FILE, type PackedParseCache } from "../src/load/parse-pack.js";
import { buildSite } from "../src/publish/site/build-site.js";
import { STATE_FILE } from "../src/publish/site/build-state.js";
import { waymarkJsonSchemaDocument } from "../src/render/site/json/model-schema.js";
import { testdir } from "./helpers/testdir.js";

/** A parse pack's entries: after its version line and HMAC (parse-pack.ts). */
const packEntries = (pack: Buffer): unknown => deserialize(pack.subarray(pack.indexOf(10) + 33));

/** Set by a test to make the build's parse ahead use worker threads alone, whatever the cores. */
const ahead = vi.hoisted(() => ({ workersOnly: false }));
vi.mock("../src/load/parse-ahead.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../src/load/parse-ahead.js")>();
  return {
    ...real,
    parseAhead: (...[cache, files, options]: Parameters<typeof real.parseAhead>) =>
      real.parseAhead(
        cache,
        files,
        ahead.workersOnly ? { workers: 2, mainThread: false } : { ...options, workers: 0 },
      ),
  };
});

const EXAMPLE = join(dirname(fileURLToPath(import.meta.url)), "..", "examples", "async-wg");
const DATE = "2024-09-15";
const parser = unified().use(rehypeParse);

/** The output's files, but the build state, whose stamps (inodes, mtimes) differ from copy to copy. */
async function tree(dir: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true }))
    if (entry.isFile() && entry.name !== STATE_FILE) {
      const abs = join(entry.parentPath, entry.name);
      files.set(abs.slice(dir.length + 1), await readFile(abs));
    }
  return files;
}

/** That two output folders hold the same files, byte for byte (the build state aside). */
async function expectSameTree(actual: string, expected: string): Promise<void> {
  const [a, b] = [await tree(actual), await tree(expected)];
  expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
  for (const [path, bytes] of b) expect(a.get(path)!.equals(bytes), path).toBe(true);
}

function select(html: string, match: (el: Element) => boolean): Element[] {
  const out: Element[] = [];
  visit(parser.parse(html) as Root, "element", (el: Element) => {
    if (match(el)) out.push(el);
  });
  return out;
}

const text = (el: Element): string =>
  el.children
    .map((c) => (c.type === "text" ? c.value : c.type === "element" ? text(c) : ""))
    .join("");

/** The overview rows: `tr` elements in the tbody of #roadmap-table. */
function overviewRows(html: string): Element[] {
  const table = select(html, (el) => el.properties.id === "roadmap-table")[0]!;
  const rows: Element[] = [];
  visit(table, "element", (el: Element) => {
    if (el.tagName === "tr" && el.properties.dataState !== undefined) rows.push(el);
  });
  return rows;
}

describe("waymark build on examples/async-wg", () => {
  let out: string;
  let files: Map<string, Buffer>;
  const page = (path: string) => files.get(path)!.toString("utf8");

  beforeAll(async () => {
    out = await testdir({});
    const result = await buildSite({ dir: EXAMPLE, out, date: DATE });
    expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(result.broken).toEqual([]);
    expect(result.ok).toBe(true);
    files = await tree(out);
  });

  it("writes every page of issue 3", () => {
    for (const path of [
      "index.html",
      "roadmap/index.html",
      "roadmap/state/paused/index.html",
      "roadmap/owner/tmandry/index.html",
      "goals/async-fn-everywhere/index.html",
      "goals/fundamentals/index.html",
      "periods/index.html",
      "periods/2024h2/index.html",
      "vision/index.html",
      "vision/status-quo/index.html",
      "vision/shiny-future/index.html",
      "vision/stories/alan-needs-async-in-traits/index.html",
      "vision/characters/grace/index.html",
      "vision/coverage/index.html",
      "people/index.html",
      "people/tmandry/index.html",
      "teams/index.html",
      "teams/lang/index.html",
      "404.html",
      "assets/site.css",
      "assets/site.js",
      "waymark.json",
      "waymark.schema.json",
      "feed.xml",
    ])
      expect([...files.keys()], path).toContain(path);
  });

  it("shows seed 000's 34 overview rows with their state as data", () => {
    const rows = overviewRows(page("roadmap/index.html"));
    expect(rows).toHaveLength(34);
    expect(rows.filter((r) => String(r.properties.className).includes("goal-row"))).toHaveLength(
      10,
    );
    const paused = overviewRows(page("roadmap/state/paused/index.html"));
    expect(paused.length).toBe(rows.filter((r) => r.properties.dataState === "paused").length);
    expect(paused.every((r) => r.properties.dataState === "paused")).toBe(true);
  });

  it("gives the progress bar a text equivalent", () => {
    const bars = select(page("roadmap/index.html"), (el) => el.properties.role === "img");
    expect(bars.map((b) => b.properties.ariaLabel)).toContain("2 of 6 done");
  });

  it("marks the draft slate and lists its 23 goals", () => {
    const html = page("periods/2024h2/index.html");
    expect(select(html, (el) => String(el.properties.className).includes("draft"))).toHaveLength(1);
    const rows = select(
      html,
      (el) => el.tagName === "tr" && el.properties.dataStatus !== undefined,
    );
    expect(rows).toHaveLength(23);
  });

  it("builds the triage links from the configuration", () => {
    const hrefs = select(page("index.html"), (el) => el.tagName === "a").map((a) =>
      String(a.properties.href),
    );
    const query = (href: string) => new URL(href).searchParams.get("q");
    const queries = hrefs.filter((h) => h.startsWith("https://github.com/search")).map(query);
    expect(queries).toContain(
      "repo:rust-lang/rust is:issue is:open label:A-async-await label:AsyncAwait-Focus",
    );
    expect(queries).toContain(
      "repo:rust-lang/rust is:issue is:open label:A-async-await -label:AsyncAwait-Focus -label:AsyncAwait-OnDeck -label:AsyncAwait-Other",
    );
  });

  it("sends each help-wanted call to action to a page that lists those items", () => {
    const callouts = select(page("index.html"), (el) =>
      String(el.properties.className ?? "").includes("help-wanted"),
    );
    // Seed 000's roadmap has no ✋ rows, so the only call is the slate's nine "Owner needed" goals.
    expect(callouts).toHaveLength(1);
    const links = select(page("index.html"), (el) => el.tagName === "a").map((a) =>
      String(a.properties.href),
    );
    expect(links).toContain("/periods/2024h2/");
    expect(page("index.html")).toContain("9 goals need an owner");
    expect(page("periods/2024h2/index.html").match(/Owner needed/g)?.length).toBeGreaterThanOrEqual(
      9,
    );
  });

  it("computes the vision's current phase from the build date", async () => {
    const other = await testdir({});
    await buildSite({ dir: EXAMPLE, out: other, date: "2021-06-20" });
    const html = await readFile(join(other, "vision/index.html"), "utf8");
    const current = select(
      html,
      (el) => el.tagName === "tr" && el.properties.ariaCurrent === "step",
    );
    expect(current.map((tr) => text(tr))).toEqual([
      expect.stringContaining("2021 Q2 revision process"),
    ]);
  });

  it("publishes waymark.json valid against the schema it publishes beside it", () => {
    const json = JSON.parse(page("waymark.json"));
    const schema = JSON.parse(page("waymark.schema.json"));
    expect(schema).toEqual(waymarkJsonSchemaDocument());
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    expect(validate(json), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(json.schemaVersion).toBe(1);
    expect(json.items.length).toBe(57);
    expect(json.items[0].location).toMatch(/^goals\/.+\.md:\d+:\d+$/);
    expect(json.items[0].page).toMatch(/^goals\/.+\/$/);
    expect(files.has(`${json.items[0].page}index.html`)).toBe(true);
  });

  it("writes an Atom feed of goals and stories, newest change first", () => {
    const feed = page("feed.xml");
    const updated = [...feed.matchAll(/<entry>[\s\S]*?<updated>([^<]+)<\/updated>/g)].map(
      (m) => m[1]!,
    );
    expect(updated.length).toBe(57 + 5);
    expect([...updated].sort().reverse()).toEqual(updated);
  });

  it("gives byte-identical output when built again", async () => {
    const again = await testdir({});
    await buildSite({ dir: EXAMPLE, out: again, date: DATE });
    const second = await tree(again);
    expect([...second.keys()].sort()).toEqual([...files.keys()].sort());
    for (const [path, bytes] of files) expect(second.get(path)!.equals(bytes), path).toBe(true);
  });

  it("hosts under a sub-path with --base-url, every link still resolving", async () => {
    const sub = await testdir({});
    const result = await buildSite({ dir: EXAMPLE, out: sub, date: DATE, baseUrl: "/wg/async/" });
    expect(result.broken).toEqual([]);
    const html = await readFile(join(sub, "roadmap/index.html"), "utf8");
    const internal = select(html, (el) => el.tagName === "a")
      .map((a) => String(a.properties.href))
      .filter((h) => h.startsWith("/"));
    expect(internal.length).toBeGreaterThan(30);
    expect(internal.every((h) => h.startsWith("/wg/async/"))).toBe(true);
  });
});

describe("incremental rebuilds", () => {
  it("re-renders only the pages a one-file change affects, and ends where a fresh build does", async () => {
    const dir = await testdir({});
    await cp(EXAMPLE, dir, { recursive: true });
    const out = await testdir({});
    const first = await buildSite({ dir, out, date: DATE });
    expect(first.stats.rendered).toBeGreaterThan(100);
    const file = join(dir, "goals/polish/error-messages.md");
    const source = await readFile(file, "utf8");
    await writeFile(
      file,
      source.replace(/\n## Impact\n/, "\n## Impact\n\nA new first sentence.\n"),
    );
    const second = await buildSite({ dir, out, date: DATE, cache: first.cache });
    expect(second.ok).toBe(true);
    // The goal's own page, and the feed and JSON that carry every body; nothing else.
    expect(second.stats.rendered).toBeLessThanOrEqual(4);
    expect(second.stats.written).toBeLessThanOrEqual(4);
    const fresh = await testdir({});
    await buildSite({ dir, out: fresh, date: DATE });
    await expectSameTree(out, fresh);
  });

  it("writes the same files when built once (the CLI's build), and its cache still serves a next build", async () => {
    const dir = await testdir({});
    await cp(EXAMPLE, dir, { recursive: true });
    const [outOnce, outKept] = [await testdir({}), await testdir({})];
    const once = await buildSite({ dir, out: outOnce, date: DATE, once: true });
    const kept = await buildSite({ dir, out: outKept, date: DATE });
    expect(once.ok && kept.ok).toBe(true);
    await expectSameTree(outOnce, outKept);
    // What parsing made is let go once the model is built; a kept cache holds it for the next.
    const goal = "goals/polish/error-messages.md";
    const text = await readFile(join(dir, goal), "utf8");
    expect(once.cache.parsed.lacks("front-matter", goal, text)).toBe(true);
    expect(kept.cache.parsed.lacks("front-matter", goal, text)).toBe(false);
    // A next build given the once-built cache renders only what changed, and ends where a fresh
    // build does, every link checked.
    const file = join(dir, "goals/polish/error-messages.md");
    const source = await readFile(file, "utf8");
    await writeFile(file, source.replace(/\n## Impact\n/, "\n## Impact\n\nA new sentence.\n"));
    const next = await buildSite({ dir, out: outOnce, date: DATE, cache: once.cache });
    expect(next.ok).toBe(true);
    expect(next.stats.rendered).toBeLessThanOrEqual(4);
    const fresh = await testdir({});
    await buildSite({ dir, out: fresh, date: DATE });
    await expectSameTree(outOnce, fresh);
  });

  it("reads the cache back from the output folder, and re-renders what was deleted", async () => {
    const out = await testdir({});
    await buildSite({ dir: EXAMPLE, out, date: DATE });
    await writeFile(join(out, "stray.txt"), "not ours");
    await rm(join(out, "roadmap/index.html"));
    const again = await buildSite({ dir: EXAMPLE, out, date: DATE });
    expect(again.stats.rendered).toBe(1);
    expect(again.stats.written).toBe(1);
    // Files the build did not write are never removed.
    expect(await readFile(join(out, "stray.txt"), "utf8")).toBe("not ours");
  });
});

describe("the parse pack", () => {
  it("is written by a build and read by the next, which parses no file and builds the same site", async () => {
    const dir = await testdir({});
    await cp(EXAMPLE, dir, { recursive: true });
    await rm(join(dir, CACHE_DIR), { recursive: true, force: true });
    const [outA, outB] = [await testdir({}), await testdir({})];
    const first = await buildSite({ dir, out: outA, date: DATE });
    expect((first.cache.parsed as PackedParseCache).misses).toBeGreaterThan(30);
    expect((await readdir(join(dir, CACHE_DIR))).sort()).toEqual([".gitignore", PACK_FILE]);
    const second = await buildSite({ dir, out: outB, date: DATE });
    expect((second.cache.parsed as PackedParseCache).misses).toBe(0);
    await expectSameTree(outA, outB);
  });
});

describe("parsing on worker threads", () => {
  it("writes the same site as parsing on the main thread", async () => {
    const build = async (workersOnly: boolean) => {
      const dir = await testdir({});
      // Times kept: the feed dates a file without git by its modification time.
      await cp(EXAMPLE, dir, { recursive: true, preserveTimestamps: true });
      await rm(join(dir, CACHE_DIR), { recursive: true, force: true });
      const out = await testdir({});
      const offer = vi.spyOn(ParseCache.prototype, "offer");
      ahead.workersOnly = workersOnly;
      try {
        const result = await buildSite({ dir, out, date: DATE });
        expect(result.ok).toBe(true);
        const fromWorkers = offer.mock.calls.filter((call) => "stored" in (call[3] as Offer));
        const pack = await readFile(join(dir, CACHE_DIR, PACK_FILE));
        return { files: await tree(out), diagnostics: result.diagnostics, fromWorkers, pack };
      } finally {
        ahead.workersOnly = false;
        offer.mockRestore();
      }
    };
    const [threads, here] = [await build(true), await build(false)];
    expect(threads.fromWorkers.length).toBeGreaterThan(60);
    expect(here.fromWorkers).toEqual([]);
    expect(threads.diagnostics).toStrictEqual(here.diagnostics);
    // The pack stores the workers' entries as they came, equal to the main thread's (the bytes
    // may differ: a string's one- or two-byte form is v8's choice).
    expect(threads.pack.length).toBeGreaterThan(0);
    expect(packEntries(threads.pack)).toStrictEqual(packEntries(here.pack));
    expect([...threads.files.keys()].sort()).toEqual([...here.files.keys()].sort());
    for (const [path, bytes] of here.files)
      expect(threads.files.get(path)!.equals(bytes), path).toBe(true);
  });
});

describe("links between bodies", () => {
  it("land on the headings they were written against", async () => {
    const dir = await testdir({
      "waymark.yaml": "group: { name: G }\npeople: { ann: {} }\n",
      // "links" is also the id of the page's own links section, which this goal does not show.
      "goals/a.md":
        "---\ntitle: A\nstate: in-progress\nowners: ann\n---\n\n## Links\n\nSee [b](b.md#zulip).\n",
      "goals/b.md":
        "---\ntitle: B\nstate: in-progress\nowners: ann\n---\n\n## Zulip\n\nBack to [a](a.md#links).\n",
      "notes.md": "# Notes\n\nSee [a](goals/a.md#links) and [b](goals/b.html).\n",
    });
    const out = await testdir({});
    const result = await buildSite({ dir, out, date: DATE });
    expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(result.broken).toEqual([]);
    const a = await readFile(join(out, "goals/a/index.html"), "utf8");
    expect(a).toContain('<h2 id="links">Links</h2>');
    expect(a).toContain('href="/goals/b/#zulip"');
    const notes = await readFile(join(out, "pages/notes/index.html"), "utf8");
    expect(notes).toContain('href="/goals/a/#links"');
    expect(notes).toContain('href="/goals/b/"');
  });
});

describe("failing builds", () => {
  it("stops on a checker error and writes nothing", async () => {
    const dir = await testdir({
      "waymark.yaml": "group: { name: G }\n",
      "goals/a.md": "---\ntitle: A\nstate: sideways\n---\n",
    });
    const out = await testdir({});
    const result = await buildSite({ dir, out, date: DATE });
    expect(result.ok).toBe(false);
    expect(result.diagnostics.some((d) => d.severity === "error")).toBe(true);
    expect(await readdir(out)).toEqual([]);
  });

  it("exits 1 from the CLI on errors, 2 on a bad --date, 0 when built", async () => {
    const bad = await testdir({
      "waymark.yaml": "group: { name: G }\n",
      "goals/a.md": "---\ntitle: A\nstate: sideways\n---\n",
    });
    const good = await testdir({
      "waymark.yaml": "group: { name: G }\npeople: { ann: {} }\n",
      "goals/a.md": "---\ntitle: A\nstate: in-progress\nowners: ann\n---\n\n## Impact\n\nBetter.\n",
    });
    const out = await testdir({});
    const quiet = <T>(run: () => Promise<T>) => {
      const write = process.stderr.write.bind(process.stderr);
      process.stderr.write = () => true;
      return run().finally(() => {
        process.stderr.write = write;
        process.exitCode = undefined;
      });
    };
    expect(await quiet(() => main(["build", bad, "--out", out, "--date", DATE]))).toBe(1);
    expect(await quiet(() => main(["build", good, "--out", out, "--date", "15/09/2024"]))).toBe(2);
    expect(await quiet(() => main(["build", good, "--out", out, "--date", DATE]))).toBe(0);
    expect((await readdir(out)).sort()).toContain("index.html");
  });
});
