import { readdir } from "node:fs/promises";
import { beforeAll, describe, expect, it } from "vitest";
import type { Diagnostic } from "../src/diagnostics/diagnostic.js";
import { wgAsyncExtra } from "../src/model/layouts/wg-async/claims.js";
import type { Story, Workspace } from "../src/model/types.js";
import { runPipeline } from "../src/pipeline/run-pipeline.js";
import { needsShared, sharedPath } from "./helpers/shared-corpus.js";

// The corpus is read in place, never copied into the repository.
const CORPUS = sharedPath("corpus/wg-async");
const NEEDS_CORPUS = needsShared("corpus/wg-async");

let ws: Workspace;
let loaded: Diagnostic[];
const story = (id: string): Story => {
  const found = ws.vision!.stories.find((s) => s.id === id);
  if (!found) throw new Error(`no story ${id}`);
  return found;
};

beforeAll(async () => {
  ({ workspace: ws, diagnostics: loaded } = await runPipeline(CORPUS, { check: false }));
});

describe("the wg-async corpus as a model", NEEDS_CORPUS, () => {
  it("is detected as wg-async and loads without an error", () => {
    expect(ws.layout).toBe("wg-async");
    expect(loaded.filter((d) => d.severity === "error")).toEqual([]);
  });

  it("keeps every Markdown file as a document for the link and reference rules", async () => {
    const md = (await readdir(CORPUS, { recursive: true })).filter((p) => p.endsWith(".md"));
    expect(ws.documents.map((d) => d.file).sort()).toEqual(md.sort());
  });

  it("names the group from book.toml, with the charter's leads and the welcome page's links", () => {
    const g = ws.config.group;
    expect(g.name).toBe("wg-async");
    expect(g.leads).toEqual(["tmandry", "nikomatsakis"]);
    expect(g.repositories).toEqual(["rust-lang/wg-async"]);
    expect(g.chat?.url).toBe("https://rust-lang.zulipchat.com/#narrow/stream/187312-wg-async");
    expect(g.mission).toContain("foundations");
    // welcome.md's relative links, rebased for the root where the group lives.
    expect(g.involvement).toContain("[meetings]: src/meetings.md");
    expect(g.links).toContainEqual({ title: "charter", url: "src/CHARTER.md" });
  });

  it("resolves owners through link definitions to handles, and adds them to the people", () => {
    expect(ws.config.people.get("hawkw")).toMatchObject({
      name: "Eliza Weisman",
      url: "https://github.com/hawkw",
    });
    expect(ws.items.find((i) => i.id === "tooling-console")?.owners).toEqual(["hawkw"]);
    expect(ws.config.people.get("guswynn")?.name).toBe("Gus Wynn");
    expect(ws.config.teams.get("lang")?.name).toBe("Lang team");
  });

  it("gives roadmap items unique kebab ids from page paths, titles, or the parent for tbd rows", () => {
    const ids = ws.items.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(
      expect.arrayContaining([
        "async-fn",
        "async-fn-boxable",
        "type-alias-impl-trait",
        "testing-tbd",
        "threadsafe-portability-tbd",
      ]),
    );
  });

  it("takes Impact and Milestones from linked pages, keeps other links as links", () => {
    const boxable = ws.items.find((i) => i.id === "async-fn-boxable")!;
    expect(boxable).toMatchObject({
      file: "src/vision/roadmap/async_fn/boxable.md",
      title: "Boxable async fn",
      shortTitle: "Boxable async functions",
      parent: "async-fn",
    });
    expect(boxable.impact).toContain("allocate their stack space lazilly");
    expect(boxable.milestones.map((m) => m.state)).toEqual(["paused", "paused"]);
    const suspend = ws.items.find((i) => i.id === "polish-lint-must-not-suspend")!;
    expect(suspend.milestones.map((m) => m.participants)).toEqual([
      ["guswynn"],
      ["eholk"],
      ["guswynn"],
    ]);
    const gats = ws.items.find((i) => i.id === "generic-associated-types")!;
    expect(gats.links).toEqual([
      {
        title: "Generic Associated Types",
        url: "https://github.com/nikomatsakis/generic-associated-types-initiative/",
      },
    ]);
  });

  it("keeps the overview's claims apart from the pages', and marks pages the overview omits", () => {
    const listed = ws.items.filter((i) => wgAsyncExtra(i).overview);
    expect(listed).toHaveLength(36);
    const sync = ws.items.find((i) => i.id === "polish-sync-and-async")!;
    expect(wgAsyncExtra(sync).overview).toMatchObject({ state: "in-progress", owners: [] });
    expect(wgAsyncExtra(sync).claims).toEqual([
      expect.objectContaining({ where: "the Initiatives table of polish.md", state: "paused" }),
    ]);
    // Only the capability page's variants are pages no row names; they nest under it.
    const unlisted = ws.items.filter((i) => wgAsyncExtra(i).unlisted);
    expect(unlisted.map((i) => [i.id, i.parent])).toEqual([
      ["scopes-capability-variant-async-trait", "scopes-capability"],
      ["scopes-capability-variant-leak", "scopes-capability"],
    ]);
    // The overview says in progress; the page's bold "on hold" stays a claim for the drift rule.
    const main = ws.items.find((i) => i.id === "async-fn-async-main-and-tests")!;
    expect(main).toMatchObject({ parent: "async-fn", state: "in-progress" });
    expect(wgAsyncExtra(main).claims).toEqual([expect.objectContaining({ state: "paused" })]);
  });

  it("gives each goal one item: a row linking elsewhere takes the local page of its name", () => {
    const pages = ws.items.map((i) => i.file).filter((f) => f !== "src/vision/roadmap.md");
    expect(new Set(pages).size).toBe(pages.length);
    const byFile = (file: string) =>
      ws.items.filter((i) => i.file === `src/vision/roadmap/${file}`);
    for (const [file, row, link] of [
      ["tooling/console.md", "Tokio console", "https://github.com/tokio-rs/console"],
      [
        "tooling/crashdump.md",
        "Crashdump debugging",
        "https://github.com/rust-lang/async-crashdump-debugging-initiative",
      ],
      [
        "async_fn/async_main_and_tests.md",
        "Async main and tests",
        "https://vincenzopalazzo.github.io/async-main-and-tests-initiative/index.html",
      ],
      ["portable.md", "Portable across runtimes", "https://github.com/nrc/portable-interoperable"],
      [
        "portable/read_write.md",
        "Read/write traits",
        "https://github.com/nrc/portable-interoperable/blob/master/io-traits/README.md",
      ],
    ] as const) {
      const items = byFile(file);
      expect(items, file).toHaveLength(1);
      expect(items[0]!.shortTitle ?? items[0]!.title).toBe(row);
      expect(items[0]!.body).not.toBe("");
      expect(wgAsyncExtra(items[0]!).overview?.title).toBe(row);
      expect(items[0]!.links.map((l) => l.url)).toContain(link);
    }
    const readWrite = byFile("portable/read_write.md")[0]!;
    expect(readWrite.parent).toBe(byFile("portable.md")[0]!.id);
  });
});

describe("the vision of the wg-async corpus", NEEDS_CORPUS, () => {
  it("reads the four characters, with the value each page says they want most", () => {
    const cast = ws.vision!.characters;
    expect(cast.map((c) => c.name).sort()).toEqual(["Alan", "Barbara", "Grace", "Niklaus"]);
    const value = (id: string) => cast.find((c) => c.id === id)!.value;
    expect(value("alan")).toMatch(/^The promise of better performance and memory usage/);
    for (const c of cast) expect(c.value, c.id).not.toMatch(/^\s*[*+-] |\n/);
    expect(value("grace")).toContain("memory safety");
    expect(value("niklaus")).toContain("accessibility");
    expect(value("barbara")).toContain("productivity");
    const alan = cast.find((c) => c.id === "alan")!.background;
    expect(alan).toContain("Variant B: Java");
    // The FAQ stays: what he wants most and the expectations he brings.
    expect(alan).toContain("What expectations does Alan bring from his current environment?");
    expect(alan).toContain("A focus on ease of use, a strong ecosystem, and great tooling.");
  });

  it("links each character to their stories", () => {
    for (const id of ["alan", "barbara", "grace", "niklaus"]) {
      const theirs = ws.vision!.stories.filter((s) => s.characters.includes(id));
      expect(theirs.length, id).toBeGreaterThan(1);
    }
    expect(story("alans-trust-in-the-compiler-is-rewarded").characters).toEqual(["alan"]);
    expect(story("niklaus-simulates-hydrodynamics").characters).toEqual(["niklaus"]);
    expect(story("aws-engineer").characters).toEqual(["alan"]);
    expect(story("aws-engineer-using-jni").characters).toEqual([]);
  });

  it("links shiny-future stories to the status-quo stories they retell", () => {
    expect(story("barbara-makes-a-wish").retells).toEqual(["barbara-wants-async-insights"]);
    // An absolute link to the published book, through book.toml's redirects.
    expect(story("barbara-enjoys-an-async-sandwich").retells).toEqual([
      "barbara-bridges-sync-and-async",
    ]);
    // A link to the .html page mdBook serves.
    expect(story("alan-learns-async-on-his-own").retells).toContain("alan-tries-to-debug-a-hang");
    // Named by title, without a link.
    expect(story("grace-debugs-a-crash-dump-again").retells).toEqual(["grace-debugs-a-crash-dump"]);
    const statusQuo = new Set(
      ws.vision!.stories.filter((s) => s.kind === "status-quo").map((s) => s.id),
    );
    for (const s of ws.vision!.stories) for (const id of s.retells) expect(statusQuo).toContain(id);
  });

  it("takes sources from the FAQ answer, and skips the template's prompt", () => {
    expect(story("alan-builds-a-cache").sources).toEqual([
      {
        title: expect.stringContaining("in this github issue"),
        url: "https://github.com/rust-lang/wg-async/issues/65",
      },
    ]);
    expect(story("alan-has-an-event-loop").sources.map((s) => s.url)).toEqual([
      undefined,
      "https://www.rubdos.be/corona/qt/rust/tokio/actix/2020/05/23/actix-qt.html",
    ]);
    expect(story("barbara-polls-a-mutex").sources).toEqual([]);
  });

  it("keeps templates out of the stories, and warns about stories titled Template or untitled", () => {
    const files = ws.vision!.stories.map((s) => s.file);
    expect(files.some((f) => f.endsWith("/template.md"))).toBe(false);
    expect(ws.pages.map((p) => p.file)).toContain(
      "src/vision/submitted_stories/status_quo/template.md",
    );
    expect(story("barbara-gets-burned-by-select").title).toBe("Barbara gets burned by select");
    expect(story("barbara-polls-a-mutex").title).toBe("Barbara polls a mutex");
    const warned = loaded
      .filter((d) => d.ruleId === "template-title" || d.ruleId === "missing-title")
      .map((d) => `${d.ruleId} ${d.severity} ${d.span.file.split("/").at(-1)}`);
    expect(warned).toEqual([
      "template-title warning barbara_gets_burned_by_select.md",
      "missing-title warning barbara_polls_a_mutex.md",
      "template-title warning grace_writes_a_new_fb_service.md",
    ]);
  });

  it("reads how_it_feels.md as the tenets and vision.md as the introduction", () => {
    expect(ws.vision!.tenets.map((t) => t.title.split(":")[0])).toEqual([
      "Consistent",
      "Reliable",
      "Empowering",
      "Performant",
      "Productive",
      "Transparent and tunable",
      "Control",
      "Interoperable",
    ]);
    expect(ws.vision!.intro).toContain("We believe Rust can become");
  });

  it("lets roadmap pages that link to a story name the goal it motivates", () => {
    expect(story("barbara-battles-buffered-streams").goals).toContain("scopes");
    expect(ws.items.find((i) => i.id === "scopes")!.stories).toContain("alan-builds-a-cache");
  });
});
