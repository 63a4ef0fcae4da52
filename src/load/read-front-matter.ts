import type { Diagnostic, Span } from "../diagnostics/diagnostic.js";
import { LineIndex } from "../diagnostics/line-index.js";
import type { Spans } from "../model/types.js";
import { packTree, unpackTree } from "./pack-tree.js";
import {
  assembleMarkdown,
  memoParse,
  type ParseCodec,
  type ParsedMarkdown,
  parseMarkdown,
} from "./parse-markdown.js";
import { parseYaml, rangesOf, type SpanRanges, sharePaths, spansFromRanges } from "./parse-yaml.js";

export interface FrontMatterDocument extends ParsedMarkdown {
  /** The front matter as a plain value ({} when there is none; undefined when it is broken). */
  data: unknown;
  spans: Spans;
  /** Span of the whole file's start, where file-level problems point. */
  head: Span;
}

/** Parses Markdown with YAML front matter, reporting YAML problems with file positions. */
export function readFrontMatterDocument(
  file: string,
  text: string,
  report: (d: Diagnostic) => void,
): FrontMatterDocument {
  // A rebuild in the same process reuses the parse of unchanged text, replaying its problems.
  const { doc, problems } = memoParse(
    "front-matter",
    file,
    text,
    () => {
      const problems: Diagnostic[] = [];
      return { doc: readUncached(file, text, (d) => problems.push(d)), problems };
    },
    frontMatterCodec,
  );
  for (const d of problems) report(d);
  return doc;
}

export interface ReadFrontMatter {
  doc: FrontMatterDocument;
  problems: Diagnostic[];
}

/**
 * Stored on disk: the packed tree, the YAML's value, the offsets of its spans (made into lines and
 * columns by the file's LineIndex when first read, as after a parse) and its problems; the rest
 * is derived.
 */
export interface StoredFrontMatter {
  tree: unknown;
  data: unknown;
  ranges: SpanRanges | undefined;
  problems: Diagnostic[];
}

export const frontMatterCodec: ParseCodec<ReadFrontMatter> = {
  encode: ({ doc, problems }): StoredFrontMatter => ({
    tree: packTree(doc.document.tree, doc.document.lines),
    data: doc.data,
    ranges: rangesOf(doc.spans),
    problems,
  }),
  decode: (file, text, stored) => {
    const { tree, data, ranges, problems } = stored as StoredFrontMatter;
    const lines = new LineIndex(text);
    const parsed = assembleMarkdown(file, text, unpackTree(tree, lines), lines);
    const spans = ranges ? spansFromRanges(file, sharePaths(ranges), lines) : {};
    return { doc: { ...parsed, data, spans, head: headOf(parsed, file, text) }, problems };
  },
};

const headOf = (parsed: ParsedMarkdown, file: string, text: string): Span =>
  parsed.document.lines.span(file, 0, Math.min(text.indexOf("\n") >>> 0, text.length));

function readUncached(
  file: string,
  text: string,
  report: (d: Diagnostic) => void,
): FrontMatterDocument {
  const parsed = parseMarkdown(file, text);
  const head = headOf(parsed, file, text);
  if (parsed.limit) report(parsed.limit);
  if (!parsed.frontmatter) return { ...parsed, data: {}, spans: {}, head };
  const yaml = parseYaml(
    file,
    parsed.frontmatter.text,
    parsed.frontmatter.offset,
    parsed.document.lines,
  );
  for (const d of yaml.diagnostics) report(d);
  const data =
    yaml.value === null || yaml.value === undefined
      ? yaml.diagnostics.length
        ? undefined
        : {}
      : yaml.value;
  return { ...parsed, data, spans: yaml.spans, head };
}
