import { parseMarkdown } from "../../load/parse-markdown.js";
import { fileId } from "../../model/layouts/waymark/paths.js";
import { firstTitle } from "../../model/markdown/sections.js";
import type { Page, Workspace } from "../../model/types.js";
import { configFile } from "./config-file.js";
import { withFrontMatter } from "./front-matter.js";
import { itemFile } from "./item-file.js";
import { fileName, nativePaths } from "./native-paths.js";
import { periodFile } from "./period-file.js";
import {
  characterFile,
  characterPath,
  storyFile,
  storyPath,
  VISION_PAGE,
  visionFile,
} from "./vision-files.js";

export interface PlannedFile {
  /** Path in the native workspace, with forward slashes. */
  path: string;
  text: string;
}

/**
 * The native workspace that says what a model says, as files: waymark.yaml, goals/ with
 * initiatives in folders, periods/, vision/ and every page. Pure: nothing is written here.
 */
export function planNativeWorkspace(ws: Workspace): PlannedFile[] {
  const paths = nativePaths(ws);
  const files: PlannedFile[] = [{ path: "waymark.yaml", text: configFile(ws.config) }];
  for (const [item, path] of paths.items) files.push({ path, text: itemFile(item, path) });
  for (const period of ws.periods) {
    const path = `periods/${fileName(period.id)}.md`;
    files.push({ path, text: periodFile(period, path) });
  }
  if (ws.vision) {
    files.push({ path: VISION_PAGE, text: visionFile(ws.vision) });
    for (const c of ws.vision.characters)
      files.push({ path: characterPath(c), text: characterFile(c, characterPath(c)) });
    for (const s of ws.vision.stories)
      files.push({ path: storyPath(s), text: storyFile(s, storyPath(s)) });
  }
  for (const page of ws.pages) {
    const path = paths.pages.get(page.file) ?? page.file;
    files.push({ path, text: pageFile(page, path) });
  }
  return files;
}

/** A page as it came, with a title in front matter only where the native layout would read another. */
function pageFile(page: Page, path: string): string {
  const read = firstTitle(parseMarkdown(path, page.body).document.tree) || fileId(path);
  return withFrontMatter({ title: read === page.title ? undefined : page.title }, page.body);
}
