import { type Token, Tokenizer, TokenizerMode } from "parse5";
import { detachText } from "../detach-text.js";
import { type OnAttribute, scanStartTags } from "./scan-page-links.js";

/** What a written page links to and which anchors it offers, read back from its HTML. */
export interface PageLinks {
  /** Every href/src/action in the page, as written. */
  links: string[];
  /** Every id (and <a name>) in the page. */
  ids: string[];
}

/** Attributes that make the browser fetch or navigate, by tag (a Map: no `constructor` tag). */
const URL_ATTRIBUTES = new Map<string, string[]>([
  ["a", ["href"]],
  ["area", ["href"]],
  ["link", ["href"]],
  ["img", ["src"]],
  ["script", ["src"]],
  ["iframe", ["src"]],
  ["source", ["src"]],
  ["video", ["src", "poster"]],
  ["audio", ["src"]],
  ["form", ["action"]],
  ["button", ["formaction"]],
]);
/** Every name in URL_ATTRIBUTES: most attributes (class, aria-*) are none of them. */
const URL_NAMES = new Set([...URL_ATTRIBUTES.values()].flat());

/** Elements whose content is text, not markup: the tree builder switches the tokenizer for them. */
const TEXT_CONTENT: Record<string, number> = {
  title: TokenizerMode.RCDATA,
  textarea: TokenizerMode.RCDATA,
  style: TokenizerMode.RAWTEXT,
  xmp: TokenizerMode.RAWTEXT,
  iframe: TokenizerMode.RAWTEXT,
  noembed: TokenizerMode.RAWTEXT,
  noframes: TokenizerMode.RAWTEXT,
  noscript: TokenizerMode.RAWTEXT,
  script: TokenizerMode.SCRIPT_DATA,
  plaintext: TokenizerMode.PLAINTEXT,
};

const ignore = () => {};

/**
 * Every link and id of a page, as a browser's tokenizer reads its tags: with the scanner for the
 * plain form our renderers write (scan-page-links.ts, many times faster), else with parse5.
 */
export function readPageLinks(html: string, texts?: TextPool): PageLinks {
  return scanPageLinks(html, texts) ?? tokenizePageLinks(html, texts);
}

/** The page's links and ids read by the scanner; undefined when the page is not in plain form. */
export function scanPageLinks(html: string, texts?: TextPool): PageLinks | undefined {
  const found = collector(texts?.own);
  return scanStartTags(html, found.onAttribute, linkOrId) ? found.result() : undefined;
}

/** The attributes `collector` keeps: ids, anchors' names and the URL attributes. */
export function linkOrId(tag: string, name: string): boolean {
  if (name === "id") return true;
  if (name === "name") return tag === "a";
  return isUrlAttribute(tag, name);
}

function isUrlAttribute(tag: string, name: string): boolean {
  return URL_NAMES.has(name) && (URL_ATTRIBUTES.get(tag)?.includes(name) ?? false);
}

/**
 * One copy of each link and id the pages of a build share. The manifest keeps every page's
 * links; most are the same few thousand (the site's navigation, the rows of the roadmap), and a
 * copy per page took 17 MB of the 1,000-goal bench build's heap. A value sliced out of a page is
 * a view that would keep the page's whole HTML alive, so what is kept is a copy (`detachText`).
 */
export class TextPool {
  private readonly known = new Map<string, string>();

  /** The pool's copy of `value` (a bound function: collectors and maps take it as it is). */
  readonly own = (value: string): string => {
    const known = this.known.get(value);
    if (known !== undefined) return known;
    const copy = detachText(value);
    this.known.set(copy, copy);
    return copy;
  };
}

/** What a page's attributes add up to: its links and its ids, in the page's order. */
export interface LinkCollector {
  onAttribute: OnAttribute;
  /** A part of the page whose links were read already (see collect-links.ts). */
  add(part: PageLinks): void;
  result(): PageLinks;
}

/**
 * `own` makes the copy of each value kept: by default one of its own (`detachText`); values a
 * render collects from its props are kept as they are (`asIs`), to be pooled by the build.
 */
export function collector(own: (value: string) => string = detachText): LinkCollector {
  const links: string[] = [];
  const ids = new Set<string>();
  const onAttribute: OnAttribute = (tag, name, value) => {
    if (name === "id" && value) ids.add(own(value));
    else if (name === "name" && tag === "a" && value) ids.add(own(value));
    else if (isUrlAttribute(tag, name)) links.push(own(value));
  };
  const add = (part: PageLinks) => {
    for (const link of part.links) links.push(own(link));
    for (const id of part.ids) ids.add(own(id));
  };
  return { onAttribute, add, result: () => ({ links, ids: [...ids] }) };
}

/** Keeps a value as it is (see `collector`). */
export const asIs = (value: string): string => value;

/** A page's links and ids with each text shared through `texts`. */
export function pooledLinks(page: PageLinks, texts: TextPool): PageLinks {
  return { links: page.links.map(texts.own), ids: page.ids.map(texts.own) };
}

/**
 * Reads the page with parse5's HTML tokenizer, the one behind rehype-parse, switching to text
 * states inside <title>, <script> and the like exactly as its tree builder does. Tags and
 * attributes come out as a browser sees them; building the tree as well would cost twice as much
 * on large pages and tell the link check nothing more.
 */
export function tokenizePageLinks(html: string, texts?: TextPool): PageLinks {
  const found = collector(texts?.own);
  const tokenizer: Tokenizer = new Tokenizer(
    { sourceCodeLocationInfo: false },
    {
      onStartTag(tag: Token.TagToken) {
        for (const { name, value } of tag.attrs) found.onAttribute(tag.tagName, name, value);
        const mode = Object.hasOwn(TEXT_CONTENT, tag.tagName)
          ? TEXT_CONTENT[tag.tagName]
          : undefined;
        // As in browsers, a self-closing slash does not end these: `<title/>` still opens one.
        if (mode !== undefined) tokenizer.state = mode;
      },
      onEndTag: ignore,
      onComment: ignore,
      onDoctype: ignore,
      onCharacter: ignore,
      onNullCharacter: ignore,
      onWhitespaceCharacter: ignore,
      onEof: ignore,
      onParseError: null,
    },
  );
  tokenizer.write(html, true);
  return found.result();
}
