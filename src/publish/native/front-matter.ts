import { Document, isMap, isScalar, isSeq, type Node, visit } from "yaml";

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

export function yamlText(data: unknown): string {
  const doc = new Document(data);
  visit(doc, {
    Map: (_, node) => flowIfShort(node),
    Seq: (_, node) => flowIfShort(node),
  });
  if (isMap(doc.contents)) doc.contents.flow = false;
  return doc.toString({ lineWidth: 0 });
}

function flowIfShort(node: Node): void {
  if (!isMap(node) && !isSeq(node)) return;
  const values = isMap(node) ? node.items.map((pair) => pair.value) : node.items;
  const oneLine = (v: unknown) =>
    isScalar(v) && !(typeof v.value === "string" && v.value.includes("\n"));
  if (!values.length || !values.every(oneLine)) return;
  const copy = node.clone();
  copy.flow = true;
  const text = new Document(copy).toString({ lineWidth: 0 }).trimEnd();
  node.flow = !text.includes("\n") && text.length < FLOW_WIDTH;
}
