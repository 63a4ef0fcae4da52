import { resolve } from "node:path";
import { parseMarkdown } from "../../load/parse-markdown.js";
import { CONFIG_FILE } from "../../model/layouts/waymark/build-config.js";
import { fileId } from "../../model/layouts/waymark/paths.js";
import { firstTitle } from "../../model/markdown/sections.js";
import type { Config, Page, Spans, Workspace } from "../../model/types.js";
import { configFile } from "./config-file.js";
import { editLinks } from "./edit-links.js";
import { withFrontMatter } from "./front-matter.js";
import { itemFile } from "./item-file.js";
import { layoutSettings } from "./layout-settings.js";
import { linkMover } from "./link-targets.js";
import { fileName, nativePaths } from "./native-paths.js";
import { periodFile } from "./period-file.js";
import { type Moves, type Placement, planMoves } from "./plan-moves.js";
import {
  characterFile,
  characterPath,
  storyFile,
  storyPath,
  VISION_PAGE,
  visionFile,
} from "./vision-files.js";

/** A file the import writes: text it made, or a workspace file copied byte for byte. */
export type PlannedFile = PlannedText | PlannedCopy;

export interface PlannedText {
  /** Path in the native workspace, with forward slashes. */
  path: string;
  text: string;
}

export interface PlannedCopy {
  path: string;
  /** Absolute path of the source file to copy (an image a page shows, say). */
  copyOf: string;
}

/** A value, where it goes, and how it is written once its links are moved there. */
interface Placed extends Placement {
  write(moves: ReadonlyMap<string, string>): string;
}

/**
 * The native workspace that says what a model says, as files: waymark.yaml, goals/ with
 * initiatives in folders, periods/, vision/ and every page, plus the files pages link to. Bodies
 * are written as they came, but for the links whose targets move (see link-targets.ts). Pure:
 * nothing is read or written here.
 */
export function planNativeWorkspace(ws: Workspace): PlannedFile[] {
  const placed = placeWorkspace(ws);
  const moves = planMoves(ws, placed);
  const files: PlannedFile[] = placed.map((p) => ({ path: p.path, text: p.write(moves.files) }));
  for (const [from, path] of moves.copies) files.push({ path, copyOf: resolve(ws.root, from) });
  return files;
}

/** Where links to each source file point once imported; what `compareModels` needs to judge an import. */
export function planImportMoves(ws: Workspace): Moves {
  return planMoves(ws, placeWorkspace(ws));
}

function placeWorkspace(ws: Workspace): Placed[] {
  const paths = nativePaths(ws);
  const out: Placed[] = [];
  /** `value` read from `from`, its links moved to `path` before `write` sees it. */
  const place = <T extends object>(
    value: T,
    from: string | undefined,
    path: string,
    body: string,
    write: (value: T, path: string) => string,
    read = Object.values((value as { spans?: Spans }).spans ?? {}).map((s) => s.file),
  ) =>
    out.push({
      path,
      from,
      whole: body !== "",
      read,
      value,
      write: (moves) => write(editLinks(value, linkMover(ws, moves, from ?? path, path)), path),
    });
  // The config gathers facts from pages (wg-async's welcome.md), which keep their own place.
  place(ws.config, CONFIG_FILE, CONFIG_FILE, "", (config) => configText(ws, config), []);
  for (const [item, path] of paths.items) place(item, item.file, path, item.body, itemFile);
  for (const period of ws.periods)
    place(period, period.file, `periods/${fileName(period.id)}.md`, period.body, periodFile);
  const vision = ws.vision;
  if (vision) {
    const page = { ...vision, characters: [], stories: [] };
    place(page, vision.file, VISION_PAGE, vision.body, visionFile);
    for (const c of vision.characters)
      place(c, c.file, characterPath(c), c.background, characterFile);
    for (const s of vision.stories) place(s, s.file, storyPath(s), s.body, storyFile);
  }
  for (const page of ws.pages)
    place(page, page.file, paths.pages.get(page.file) ?? page.file, page.body, pageFile);
  return out;
}

/** waymark.yaml, with what the source's layout did implicitly said (see layout-settings.ts). */
function configText(ws: Workspace, config: Config): string {
  const settings = layoutSettings(ws);
  const references = new Map([...settings.references, ...(config.references ?? [])]);
  const rules = new Map([...settings.rules, ...(config.rules ?? [])]);
  return configFile({ ...config, references, rules }, settings.comments);
}

/** A page as it came, with a title in front matter only where the native layout would read another. */
function pageFile(page: Page, path: string): string {
  const read = firstTitle(parseMarkdown(path, page.body).document.tree) || fileId(path);
  return withFrontMatter({ title: read === page.title ? undefined : page.title }, page.body);
}
