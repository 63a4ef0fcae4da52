import { fileSpan } from "../../../diagnostics/diagnostic.js";
import { type FrontMatterDocument, readFrontMatterDocument } from "../../markdown/document.js";
import { firstTitle } from "../../markdown/sections.js";
import type { Page, Period, Workspace } from "../../types.js";
import type { Layout, LayoutContext } from "../layout.js";
import { CONFIG_FILE, emptyConfig } from "./build-config.js";
import { buildItems, GOALS_DIR } from "./build-items.js";
import { buildPeriod, PERIODS_DIR } from "./build-periods.js";
import { buildCharacter, buildStory, buildVisionPage, VISION_DIR } from "./build-vision.js";
import { patchItems } from "./patch-items.js";
import { basename, fileId, under } from "./paths.js";

/** The native layout: waymark.yaml, goals/, periods/, vision/ and any other Markdown pages. */
export const waymarkLayout: Layout = {
  name: "waymark",
  detect: (paths) => paths.has(CONFIG_FILE),
  build(context) {
    const docs = readMarkdown(context);
    const config = context.config ?? missingConfig(context);
    const goals: FrontMatterDocument[] = [];
    const periodDocs: FrontMatterDocument[] = [];
    const characters: FrontMatterDocument[] = [];
    const stories: FrontMatterDocument[] = [];
    const pages: Page[] = [];
    let visionDoc: FrontMatterDocument | undefined;
    for (const doc of docs) {
      const file = doc.document.file;
      if (under(GOALS_DIR, file)) goals.push(doc);
      else if (under(PERIODS_DIR, file) && !file.slice(PERIODS_DIR.length + 1).includes("/"))
        periodDocs.push(doc);
      else if (/^vision\/(readme|index)\.md$/i.test(file)) visionDoc = doc;
      else if (under(`${VISION_DIR}/characters`, file)) characters.push(doc);
      else if (under(`${VISION_DIR}/stories`, file)) stories.push(doc);
      else pages.push(toPage(doc));
    }
    const report = context.report;
    const periods = periodDocs.map((d) => buildPeriod(d, report)).filter((p): p is Period => !!p);
    const hasVision = visionDoc || characters.length || stories.length;
    const vision = hasVision ? buildVisionPage(visionDoc, report) : undefined;
    if (vision) {
      vision.characters = characters.flatMap((d) => buildCharacter(d, report) ?? []);
      vision.stories = stories.flatMap((d) => buildStory(d, report) ?? []);
    }
    const workspace: Workspace = {
      root: context.root,
      layout: "waymark",
      config,
      items: buildItems(goals, report),
      periods,
      vision,
      pages,
      documents: docs.map((d) => d.document),
      paths: context.paths,
    };
    return workspace;
  },
  patch: patchItems,
};

function readMarkdown(context: LayoutContext): FrontMatterDocument[] {
  const out: FrontMatterDocument[] = [];
  for (const [path, file] of context.files) {
    if (path.toLowerCase().endsWith(".md"))
      out.push(readFrontMatterDocument(path, file.text, context.report));
  }
  return out;
}

function missingConfig(context: LayoutContext) {
  context.report({
    ruleId: "missing-config",
    severity: "error",
    span: fileSpan(CONFIG_FILE),
    message: "Missing `waymark.yaml` at the workspace root",
    hint: "Run `waymark init` here, or pass `--layout` for a rust-project-goals or wg-async checkout.",
  });
  return emptyConfig(basename(context.root));
}

function toPage(doc: FrontMatterDocument): Page {
  const data = (doc.data ?? {}) as { title?: unknown };
  const title =
    (typeof data.title === "string" && data.title) ||
    firstTitle(doc.document.tree) ||
    fileId(doc.document.file);
  return { file: doc.document.file, title, body: doc.body };
}
