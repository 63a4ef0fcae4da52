import { Document, isMap, isScalar, isSeq } from "yaml";

/** Collections this short, with only scalars inside, print on one line: `{ ask: Reviews, level: Small }`. */
const FLOW_WIDTH = 72;

/**
 * A Markdown file with YAML front matter, built with the yaml Document API: keys in the order
 * given, short scalar-only lists and maps on one line, long strings never folded. The body is
 * written as it came. With no data, front matter is written only if the body would otherwise be
 * read as some.
 */
export function withFrontMatter(data: Record<string, unknown>, body: string): string {
  const fields = Object.fromEntries(Object.entries(data).filter(([, v]) => v !== undefined));
  if (!Object.keys(fields).length)
    return /^---\s*(\r?\n|$)/.test(body) ? `---\n---\n${body}` : body;
  return `---\n${yamlText(fields)}---\n${body}`;
}

/**
 * The field to write so the native layout reads `wanted` where the body alone gives `read`:
 * nothing when they agree, and "" to say "none" over a section the body has.
 */
export function override(wanted: string | undefined, read: string | undefined): string | undefined {
  return wanted === read ? undefined : (wanted ?? "");
}

/**
 * YAML text of `data`. `comments` are written above the top-level keys they name, and those keys
 * keep one entry a line, where the comment speaks of each.
 */
export function yamlText(data: unknown, comments: Record<string, string> = {}): string {
  const doc = new Document(data);
  if (isMap(doc.contents))
    for (const pair of doc.contents.items) {
      const comment = isScalar(pair.key) ? comments[String(pair.key.value)] : undefined;
      if (comment === undefined) settle(pair.value);
      else
        Object.assign(pair.key as object, {
          spaceBefore: true,
          commentBefore: ` ${comment.replace(/\n/g, "\n ")}`,
        });
    }
  // `lang:` rather than `lang: null`: a team asked for nothing in particular.
  return doc.toString({ lineWidth: 0, nullStr: "" });
}

/**
 * Innermost first, puts a collection on one line when everything in it already is (scalars
 * without line breaks, or collections put on one line) and the line stays short. Lists of
 * records stay one record a line.
 */
function settle(node: unknown): boolean {
  if (isScalar(node)) return !(typeof node.value === "string" && node.value.includes("\n"));
  if (!isMap(node) && !isSeq(node)) return node === null || node === undefined;
  const values: unknown[] = isMap(node) ? node.items.map((pair) => pair.value) : node.items;
  const inline = values.map(settle).every(Boolean);
  // A list of records reads best one record a line, and a list of names as keys one a line.
  const names = isMap(node) && values.every((v) => isScalar(v) && v.value === null);
  if (!inline || !values.length || names || (isSeq(node) && !values.every(isScalar))) return false;
  const copy = node.clone();
  copy.flow = true;
  const text = new Document(copy).toString({ lineWidth: 0, nullStr: "" }).trimEnd();
  node.flow = !text.includes("\n") && text.length < FLOW_WIDTH;
  return node.flow;
}
