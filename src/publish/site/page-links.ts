import { type Token, Tokenizer, TokenizerMode } from "parse5";
import { detachText } from "../../render/site/detach-text.js";
import { type OnAttribute, scanStartTags } from "./scan-page-links.js";

/** What a written page links to and which anchors it offers, read back from its HTML. */
export interface PageLinks {
  /** Every href/src/action in the page, as written. */
  links: string[];
  /** Every id (and <a name>) in the page. */
  ids: string[];
}

/** Attributes that make the browser fetch or navigate. */
const URL_ATTRIBUTES: Record<string, string[]> = {
  a: ["href"],
  area: ["href"],
  link: ["href"],
  img: ["src"],
  script: ["src"],
  iframe: ["src"],
  source: ["src"],
  video: ["src", "poster"],
  audio: ["src"],
  form: ["action"],
  button: ["formaction"],
};

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
  const found = collector(texts);
  return scanStartTags(html, found.onAttribute) ? found.result() : undefined;
}

/**
 * One copy of each link and id the pages of a build share. The manifest keeps every page's
 * links; most are the same few thousand (the site's navigation, the rows of the roadmap), and a
 * copy per page took 17 MB of the 1,000-goal bench build's heap. A value sliced out of a page is
 * a view that would keep the page's whole HTML alive, so what is kept is a copy (`detachText`).
 */
export class TextPool {
  private readonly known = new Map<string, string>();

  own(value: string): string {
    const known = this.known.get(value);
    if (known !== undefined) return known;
    const copy = detachText(value);
    this.known.set(copy, copy);
    return copy;
  }
}

/** What a page's attributes add up to: its links and its ids. */
function collector(texts?: TextPool): { onAttribute: OnAttribute; result: () => PageLinks } {
  const own = texts ? (value: string) => texts.own(value) : detachText;
  const links: string[] = [];
  const ids = new Set<string>();
  const onAttribute: OnAttribute = (tag, name, value) => {
    if (name === "id" && value) ids.add(own(value));
    else if (name === "name" && tag === "a" && value) ids.add(own(value));
    else if (URL_ATTRIBUTES[tag]?.includes(name)) links.push(own(value));
  };
  return { onAttribute, result: () => ({ links, ids: [...ids] }) };
}

/**
 * Reads the page with parse5's HTML tokenizer, the one behind rehype-parse, switching to text
 * states inside <title>, <script> and the like exactly as its tree builder does. Tags and
 * attributes come out as a browser sees them; building the tree as well would cost twice as much
 * on large pages and tell the link check nothing more.
 */
export function tokenizePageLinks(html: string, texts?: TextPool): PageLinks {
  const found = collector(texts);
  const tokenizer: Tokenizer = new Tokenizer(
    { sourceCodeLocationInfo: false },
    {
      onStartTag(tag: Token.TagToken) {
        for (const { name, value } of tag.attrs) found.onAttribute(tag.tagName, name, value);
        const mode = TEXT_CONTENT[tag.tagName];
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
