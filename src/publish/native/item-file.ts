import { buildItems } from "../../model/layouts/waymark/build-items.js";
import { fileId } from "../../model/layouts/waymark/paths.js";
import { readFrontMatterDocument } from "../../model/markdown/document.js";
import type { Item, Milestone } from "../../model/types.js";
import { updateEveryValue } from "../../model/update-every.js";
import { sameContent } from "./compare-models.js";
import { override, withFrontMatter } from "./front-matter.js";

const DEFAULT_ORDER = Number.MAX_SAFE_INTEGER;

/**
 * A goal or initiative as a native file: its fields as front matter, its body as it came.
 * Milestones, Impact and Help wanted are left to the body when the native layout reads the same
 * from it, and written out only where it would not (another layout's tables).
 */
export function itemFile(item: Item, path: string): string {
  const t = item.tracking;
  const fields: Record<string, unknown> = {
    id: fileId(path) === item.id ? undefined : item.id,
    title: item.title,
    "short-title": item.shortTitle,
    state: item.state,
    status: item.status,
    owners: item.owners.length ? item.owners : undefined,
    teams: item.asks.length
      ? Object.fromEntries(
          item.asks.map((a) => [a.team, a.level ? { ask: a.ask, level: a.level } : a.ask || null]),
        )
      : undefined,
    period: item.period,
    theme: item.theme,
    progress:
      item.progress?.source === "manual"
        ? `${item.progress.done}/${item.progress.total}`
        : (item.progressFrom?.search ?? item.progressFrom?.source),
    tracking: t ? `${t.owner}/${t.repo}#${t.number}` : undefined,
    "update-every": item.updateEvery && updateEveryValue(item.updateEvery),
    links: item.links.length ? item.links.map(({ title, url }) => ({ title, url })) : undefined,
    order: item.order === DEFAULT_ORDER ? undefined : item.order,
  };
  const extra = Object.keys(item.extra).length ? item.extra : undefined;
  const read = readBack(withFrontMatter(fields, item.body), path);
  if (!sameContent(read?.milestones, item.milestones))
    fields.milestones = item.milestones.map(milestoneFields);
  fields.impact = override(item.impact, read?.impact);
  fields["help-wanted"] = override(item.helpWanted, read?.helpWanted);
  return withFrontMatter({ ...fields, extra }, item.body);
}

function milestoneFields(m: Milestone): Record<string, unknown> {
  return {
    title: m.title,
    state: m.state,
    participants: m.participants.length ? m.participants : undefined,
    notes: m.notes,
  };
}

/** Words one of the body sections the native layout reads must contain (see findSection). */
const SECTION_WORDS = /impact|milestones|help[^\p{L}\p{N}%]+wanted/iu;

/**
 * What the native layout reads from a file: the judge of what the body already says. A body
 * without the words of those sections says nothing, so it need not be parsed to know.
 */
function readBack(
  text: string,
  path: string,
): Pick<Item, "milestones" | "impact" | "helpWanted"> | undefined {
  if (!SECTION_WORDS.test(text))
    return { milestones: [], impact: undefined, helpWanted: undefined };
  const ignore = () => {};
  return buildItems([readFrontMatterDocument(path, text, ignore)], ignore)[0];
}
