import type { Root, Yaml } from "mdast";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { LineIndex } from "../diagnostics/line-index.js";
import type { MarkdownDocument } from "../model/types.js";
import { guardAutolinkLiterals } from "./guard-autolink-literals.js";
import { packTree, unpackTree } from "./pack-tree.js";
import { parseWithinLimits } from "./parse-within-limits.js";
import { parseWithPlainBlocks } from "./plain-blocks.js";

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ["yaml"]);
guardAutolinkLiterals(processor);

export interface ParsedMarkdown {
  document: MarkdownDocument;
  /** The front matter's YAML text, and the offset in the file where it starts. */
  frontmatter?: { text: string; offset: number };
  /** The body's Markdown text, after any front matter. */
  body: string;
  bodyOffset: number;
  /** Set when the file went past a limit: its body is then one paragraph of plain text. */
  limit?: Diagnostic;
}

/**
 * How a parser's result is stored in the parse pack on disk (`parse-pack.ts`): `encode` keeps only
 * what cannot be derived again cheaply (the tree, the YAML result), `decode` rebuilds the rest
 * from the file's path and text, so a value read back is deep-equal to the one parsed.
 */
export interface ParseCodec<T> {
  encode(value: T): unknown;
  decode(file: string, text: string, stored: unknown): T;
}

/** Texts kept per file: the file's own, and the parts a layout parses under its name. */
const TEXTS_PER_FILE = 16;

/**
 * Results derived from a file's text, kept by a long-running caller (the site build's cache, a dev
 * server, a bench) so that a rebuild parses only the files whose text changed. Per file it holds
 * the texts last seen (a layout may parse parts of a file under its name: a rust-project-goals
 * subgoal's section), the least recently used dropped past TEXTS_PER_FILE, and what each parser
 * ("markdown", "front-matter") made of each. Optional: outside `withParseCache` every call
 * parses, as before.
 */
export class ParseCache {
  private readonly files = new Map<string, Map<string, Map<string, unknown>>>();
  /**
   * What parsers made of a file's text ahead of the load (`parse-ahead.ts`), taken by the
   * first `memo` that asks: a value as made, or a codec's encoded entry (from a worker thread).
   */
  private readonly offers = new Map<string, { text: string; made: Map<string, Offer> }>();

  /** Keeps what `parser` made of `file`'s `text` elsewhere, for the load to take. */
  offer(parser: string, file: string, text: string, offer: Offer): void {
    let held = this.offers.get(file);
    if (held?.text !== text) {
      held = { text, made: new Map() };
      this.offers.set(file, held);
    }
    held.made.set(parser, offer);
  }

  /** Whether nothing `parser` made of this text is at hand: the parses worth making ahead. */
  lacks(parser: string, file: string, text: string): boolean {
    return !this.files.get(file)?.get(text)?.has(parser);
  }

  /** Drops the offers no parse took (a file no layout read, a parser no layout asked for). */
  dropOffers(): void {
    this.offers.clear();
  }

  /** The offer for this parse, if any, taken: each is used once. */
  protected takeOffer(parser: string, file: string, text: string): Offer | undefined {
    const held = this.offers.get(file);
    const offer = held?.text === text ? held.made.get(parser) : undefined;
    if (offer) held!.made.delete(parser);
    return offer;
  }

  /** The value `parser` made of this exact text, made now if there is none. */
  memo<T>(parser: string, file: string, text: string, make: () => T, codec?: ParseCodec<T>): T {
    let texts = this.files.get(file);
    if (!texts) {
      texts = new Map();
      this.files.set(file, texts);
    }
    let values = texts.get(text);
    if (values) {
      // Re-inserted: the least recently used text stays first, and is the one dropped.
      if (texts.size > 1) {
        texts.delete(text);
        texts.set(text, values);
      }
    } else {
      values = new Map();
      texts.set(text, values);
      if (texts.size > TEXTS_PER_FILE) texts.delete(texts.keys().next().value!);
    }
    if (values.has(parser)) return values.get(parser) as T;
    const offer = codec && this.takeOffer(parser, file, text);
    const value = (offer && offeredValue(offer, codec, file, text)) || make();
    values.set(parser, value);
    return value;
  }
}

/** A parse made ahead of the load: the value itself, or its codec's encoded form. */
export type Offer = { value: unknown } | { stored: unknown };

/** The value of an offer, decoded if it came encoded; undefined when it cannot be decoded. */
export function offeredValue<T>(offer: Offer, codec: ParseCodec<T>, file: string, text: string) {
  if ("value" in offer) return offer.value as T;
  try {
    return codec.decode(file, text, offer.stored);
  } catch {
    // Our own bug, never the user's: the file is parsed again instead.
    return undefined;
  }
}

let activeCache: ParseCache | undefined;

/**
 * Runs `build` (synchronous, so no other build can interleave) with `cache` consulted by every
 * parse inside it. Callers must treat what they get as read-only, as everyone does.
 */
export function withParseCache<T>(cache: ParseCache, build: () => T): T {
  const outer = activeCache;
  activeCache = cache;
  try {
    return build();
  } finally {
    activeCache = outer;
  }
}

/** `make()`, or what it gave for this file's same text earlier, inside `withParseCache`. */
export const memoParse: ParseCache["memo"] = (parser, file, text, make, codec) =>
  activeCache ? activeCache.memo(parser, file, text, make, codec) : make();

/** A parse is stored as its tree alone; everything else is derived from the tree and the text. */
const markdownCodec: ParseCodec<ParsedMarkdown> = {
  encode: ({ document }) => packTree(document.tree, document.lines),
  decode: (file, text, stored) => {
    const lines = new LineIndex(text);
    return assembleMarkdown(file, text, unpackTree(stored, lines), lines);
  },
};

/**
 * Parses a Markdown string (never a path) into mdast with positions, splitting off front matter.
 * Work is bounded (parseWithinLimits): a body past a limit is kept as plain text, with `limit` set.
 */
export function parseMarkdown(file: string, text: string): ParsedMarkdown {
  return memoParse(
    "markdown",
    file,
    text,
    () =>
      assembleMarkdown(file, text, parseWithinLimits(file, text, parseRoot, { frontMatter: true })),
    markdownCodec,
  );
}

const parseRoot = (text: string) =>
  parseWithPlainBlocks(text, (t) => processor.parse(t) as Root, { frontMatter: true });

/** The tree of a part of a file (a section's text), bounded like a file's but never memoised. */
export const parseMarkdownPart = (text: string): Root => parseWithinLimits("", text, parseRoot);

/** The parse of `text` from its tree: the document, and the front matter split off the body. */
export function assembleMarkdown(
  file: string,
  text: string,
  tree: Root,
  lines = new LineIndex(text),
): ParsedMarkdown {
  const first = tree.children[0];
  const limit = tree.data?.limit ? { limit: tree.data.limit } : {};
  if (first?.type !== "yaml" || !first.position) {
    return { document: { file, text, lines, tree }, body: text, bodyOffset: 0, ...limit };
  }
  const yaml = first as Yaml;
  const open = yaml.position!.start.offset ?? 0;
  const contentStart = text.indexOf("\n", open) + 1;
  const close = yaml.position!.end.offset ?? text.length;
  const newline = text.indexOf("\n", close);
  const bodyOffset = newline < 0 ? text.length : newline + 1;
  return {
    document: { file, text, lines, tree, frontmatterOffset: contentStart },
    frontmatter: { text: yaml.value, offset: contentStart },
    body: text.slice(bodyOffset),
    bodyOffset,
    ...limit,
  };
}
