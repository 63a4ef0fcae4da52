import { type Token, Tokenizer, TokenizerMode } from "parse5";

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
 * Reads the page with parse5's HTML tokenizer, the one behind rehype-parse, switching to text
 * states inside <title>, <script> and the like exactly as its tree builder does. Tags and
 * attributes come out as a browser sees them; building the tree as well would cost twice as much
 * on large pages and tell the link check nothing more.
 */
export function readPageLinks(html: string): PageLinks {
  const links: string[] = [];
  const ids = new Set<string>();
  const tokenizer: Tokenizer = new Tokenizer(
    { sourceCodeLocationInfo: false },
    {
      onStartTag(tag: Token.TagToken) {
        const wanted = URL_ATTRIBUTES[tag.tagName];
        for (const { name, value } of tag.attrs) {
          if (name === "id" && value) ids.add(value);
          else if (name === "name" && tag.tagName === "a" && value) ids.add(value);
          else if (wanted?.includes(name)) links.push(value);
        }
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
  return { links, ids: [...ids] };
}
