import { readFrontMatterDocument } from "../../markdown/document.js";
import { firstTitle } from "../../markdown/sections.js";
import type { Item, Page, Period, Workspace } from "../../types.js";
import type { Layout, LayoutContext } from "../layout.js";
import { emptyConfig } from "../waymark/build-config.js";
import { basename, fileId } from "../waymark/paths.js";
import { classify, contentBase, type FileKind } from "./classify.js";
import { linkContinuations } from "./continuations.js";
import { Directory } from "./directory.js";
import { readGoal } from "./read-goal.js";
import { readPeriod } from "./read-period.js";
import { readRoadmap } from "./roadmaps.js";
import { CATALOGUE_FILE, defaultCatalogue, readAskCatalogue } from "./team-ask-catalogue.js";
import { resolveThemes } from "./themes.js";

export const GROUP_NAME = "Rust project goals";

/**
 * rust-project-goals (rust-lang/goals): an mdbook whose `src/<period>/` folders hold one goal per
 * file, each opening with a `| Metadata | |` table (src/about/goal-format.md). Periods are
 * `YYYY` or `YYYYhN` folders; `roadmap-*.md` files are a period's themes; every other page is kept
 * as a page.
 */
export const rustProjectGoalsLayout: Layout = {
  name: "rust-project-goals",
  detect: (paths) => paths.has(CATALOGUE_FILE) || contentBase(paths) !== undefined,
  build(context) {
    const base = contentBase(context.paths) ?? "src/";
    const catalogueFile = context.files.get(CATALOGUE_FILE);
    const catalogue = catalogueFile
      ? readAskCatalogue(catalogueFile.text, context.report)
      : defaultCatalogue();
    const directory = new Directory();
    const ctx = { report: context.report, catalogue, directory };
    const files = readFiles(context, base);
    const pages: Page[] = [];
    const items: Item[] = [];
    const periods: Period[] = [];
    for (const [id, group] of groupByPeriod(files)) {
      const themes = group.roadmaps.map((f) => readRoadmap(f.doc.document, f.tree, f.name));
      const goals = group.goals.flatMap((f) =>
        readGoal(
          { ...f, doc: f.doc.document, body: f.doc.body, period: id, metadata: f.metadata! },
          ctx,
        ),
      );
      const periodThemes = resolveThemes(goals, themes, context.report);
      periods.push(readPeriod(id, group.readme?.doc, periodThemes, goals, context.report));
      items.push(...goals);
    }
    for (const file of files)
      if (file.kind !== "goal" && file.kind !== "readme") pages.push(toPage(file));
    linkContinuations(items);
    const config = directory.fill(context.config ?? emptyConfig(GROUP_NAME));
    // The toml's asks are every team's catalogue (readiness-unknown-ask).
    if (catalogueFile) config.teamAsks ??= [...catalogue.values()].map((k) => k.name);
    const workspace: Workspace = {
      root: context.root,
      layout: "rust-project-goals",
      config,
      items,
      periods,
      pages,
      documents: files.map((f) => f.doc.document),
      paths: context.paths,
    };
    return workspace;
  },
};

function readFiles(context: LayoutContext, base: string): FileKind[] {
  const out: FileKind[] = [];
  for (const [path, file] of context.files) {
    if (!path.toLowerCase().endsWith(".md")) continue;
    if (!path.startsWith(base) && path.includes("/")) continue;
    out.push(classify(readFrontMatterDocument(path, file.text, context.report), base));
  }
  return out;
}

interface PeriodFiles {
  readme?: FileKind;
  goals: FileKind[];
  roadmaps: FileKind[];
}

function groupByPeriod(files: FileKind[]): Map<string, PeriodFiles> {
  const out = new Map<string, PeriodFiles>();
  for (const file of files) {
    if (!file.period) continue;
    const group = out.get(file.period) ?? { goals: [], roadmaps: [] };
    out.set(file.period, group);
    if (file.kind === "readme") group.readme = file;
    else if (file.kind === "goal") group.goals.push(file);
    else if (file.kind === "roadmap") group.roadmaps.push(file);
  }
  return new Map([...out].sort(([a], [b]) => a.localeCompare(b)));
}

function toPage(file: FileKind): Page {
  const doc = file.doc;
  // A badge in the heading (`# Help wanted ![Help Wanted][]`) is the book's decoration, not its title.
  const heading = (firstTitle(doc.document.tree) ?? "")
    .replace(/\s*!\[[^\]]*\]\[[^\]]*\]/g, "")
    .trim();
  const title = heading || fileId(doc.document.file) || basename(doc.document.file);
  return { file: doc.document.file, title, body: doc.body };
}
