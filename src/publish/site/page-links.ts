import { type DefaultTreeAdapterTypes, parse } from "parse5";

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

type Node = DefaultTreeAdapterTypes.Node;

/**
 * Parses the HTML as a browser would, with parse5 (the parser behind rehype-parse, without the
 * conversion to hast, which costs four times the parse on large pages), and collects links and ids.
 */
export function readPageLinks(html: string): PageLinks {
  const links: string[] = [];
  const ids = new Set<string>();
  const visit = (node: Node) => {
    if ("attrs" in node) {
      const wanted = URL_ATTRIBUTES[node.tagName];
      for (const { name, value } of node.attrs) {
        if (name === "id" && value) ids.add(value);
        else if (name === "name" && node.tagName === "a" && value) ids.add(value);
        else if (wanted?.includes(name)) links.push(value);
      }
    }
    if ("childNodes" in node) for (const child of node.childNodes) visit(child);
    if ("content" in node) visit(node.content);
  };
  visit(parse(html));
  return { links, ids: [...ids] };
}
