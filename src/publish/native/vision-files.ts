import { buildVisionPage } from "../../model/layouts/waymark/build-vision.js";
import { fileId } from "../../model/layouts/waymark/paths.js";
import { readFrontMatterDocument } from "../../model/markdown/document.js";
import type { Character, Story, Vision } from "../../model/types.js";
import { override, withFrontMatter } from "./front-matter.js";
import { fileName } from "./native-paths.js";

export const VISION_PAGE = "vision/README.md";

/** The vision's own page: tenets and schedule as front matter, its body as it came. */
export function visionFile(vision: Vision): string {
  const fields: Record<string, unknown> = {
    tenets: vision.tenets.length
      ? vision.tenets.map((t) =>
          t.description === undefined ? t.title : { title: t.title, description: t.description },
        )
      : undefined,
    schedule: vision.schedule.length
      ? vision.schedule.map((p) => ({ phase: p.title, start: p.start, end: p.end }))
      : undefined,
  };
  const read = readBack(withFrontMatter(fields, vision.body));
  if (read.title !== vision.title) fields.title = vision.title;
  fields.intro = override(vision.intro, read.intro);
  return withFrontMatter({ title: fields.title, ...fields }, vision.body);
}

function readBack(text: string): Vision {
  const ignore = () => {};
  return buildVisionPage(readFrontMatterDocument(VISION_PAGE, text, ignore), ignore);
}

export function characterPath(c: Character): string {
  return `vision/characters/${fileName(c.id)}.md`;
}

/** A character: name and value as front matter; the background is the body. */
export function characterFile(c: Character, path: string): string {
  const id = fileId(path) === c.id ? undefined : c.id;
  return withFrontMatter(
    { id, name: c.name, value: c.value },
    c.background ? `${c.background}\n` : "",
  );
}

export function storyPath(s: Story): string {
  return `vision/stories/${s.kind}/${fileName(s.id)}.md`;
}

/** A story in the folder of its kind, so `kind` need not be written. */
export function storyFile(s: Story, path: string): string {
  return withFrontMatter(
    {
      id: fileId(path) === s.id ? undefined : s.id,
      title: s.title,
      characters: s.characters.length ? s.characters : undefined,
      sources: s.sources.length
        ? s.sources.map((src) =>
            src.url === undefined ? src.title : { title: src.title, url: src.url },
          )
        : undefined,
      goals: s.goals.length ? s.goals : undefined,
      retells: s.retells.length ? s.retells : undefined,
    },
    s.body,
  );
}
