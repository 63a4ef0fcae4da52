import { buildPeriod } from "../../model/layouts/waymark/build-periods.js";
import { fileId } from "../../model/layouts/waymark/paths.js";
import { readFrontMatterDocument } from "../../model/markdown/document.js";
import type { Period } from "../../model/types.js";
import { override, withFrontMatter } from "./front-matter.js";

/**
 * A period as `periods/<id>.md`. Intro, the other 90% and theme narratives stay in the body when
 * the native layout finds them there, and are written as fields only where it would not.
 */
export function periodFile(period: Period, path: string): string {
  const fields: Record<string, unknown> = {
    id: fileId(path) === period.id ? undefined : period.id,
    title: period.title === period.id.toUpperCase() ? undefined : period.title,
    state: period.state,
    start: period.start,
    end: period.end,
    phases: period.phases,
  };
  const themes = period.themes.map(
    (t) =>
      ({ id: t.id, title: t.title, summary: t.summary, owners: t.owners }) as Record<
        string,
        unknown
      >,
  );
  if (themes.length) fields.themes = themes;
  const read = readBack(withFrontMatter(fields, period.body), path);
  period.themes.forEach((theme, i) => {
    themes[i]!.narrative = override(theme.narrative, read?.themes[i]?.narrative);
  });
  fields.intro = override(period.intro, read?.intro);
  fields.other = override(period.other, read?.other);
  return withFrontMatter(fields, period.body);
}

function readBack(text: string, path: string): Period | undefined {
  const ignore = () => {};
  return buildPeriod(readFrontMatterDocument(path, text, ignore), ignore);
}
