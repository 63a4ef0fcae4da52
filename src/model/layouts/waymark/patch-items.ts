import { countMilestones } from "../../finalize.js";
import { readFrontMatterDocument } from "../../markdown/document.js";
import type { Item, Workspace } from "../../types.js";
import type { LayoutContext } from "../layout.js";
import { buildItem, GOALS_DIR } from "./build-items.js";
import { under } from "./paths.js";

/**
 * The native layout's model after an edit of goal files alone (serve's usual reload), made
 * from the last one: each changed file's item is built again and put where the old one was.
 * Only an edit that leaves the workspace's shape as it was qualifies: the file held one item
 * and still does, with the same id and order (so its parent, children, place among its
 * siblings and motivating stories stay), and everything else is unchanged. Anything else is
 * left to a full build (undefined).
 */
export function patchItems(
  previous: Workspace,
  context: LayoutContext,
  changed: ReadonlySet<string>,
): Workspace | undefined {
  const items = [...previous.items];
  const documents = [...previous.documents];
  for (const file of changed) {
    const source = context.files.get(file);
    if (!source || !under(GOALS_DIR, file) || !file.toLowerCase().endsWith(".md")) return;
    const at = items.flatMap((item, i) => (item.file === file ? [i] : []));
    const docAt = documents.findIndex((d) => d.file === file);
    if (at.length !== 1 || docAt < 0) return;
    const old = items[at[0]!]!;
    const doc = readFrontMatterDocument(file, source.text, context.report);
    const built = buildItem(doc, context.report);
    if (!built || built.id !== old.id || built.order !== old.order) return;
    const item: Item = {
      ...built,
      kind: old.kind,
      children: [...old.children],
      stories: [...old.stories],
    };
    if (old.parent !== undefined) item.parent = old.parent;
    countMilestones(item);
    items[at[0]!] = item;
    documents[docAt] = doc.document;
  }
  return { ...previous, items, documents, paths: context.paths };
}
