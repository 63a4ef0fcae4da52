import type { FrontMatterDocument } from "../../load/read-front-matter.js";
import { type Section, sections } from "./sections.js";

export { type FrontMatterDocument, readFrontMatterDocument } from "../../load/read-front-matter.js";

/** The body before its first `##` section (an intro, or "what is this"); sections stay in `body`. */
export function introOf(
  doc: FrontMatterDocument,
  all: Section[] = sections(doc.document, 2),
): string | undefined {
  const first = all[0]?.node.position?.start.offset;
  const intro = doc.document.text.slice(doc.bodyOffset, first ?? doc.document.text.length).trim();
  return intro || undefined;
}
