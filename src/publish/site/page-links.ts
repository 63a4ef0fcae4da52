import type { Element, Root } from "hast";
import rehypeParse from "rehype-parse";
import { unified } from "unified";
import { visit } from "unist-util-visit";

/** What a written page links to and which anchors it offers, read back from its HTML. */
export interface PageLinks {
  /** Every href/src/action in the page, as written. */
  links: string[];
  /** Every id (and <a name>) in the page. */
  ids: string[];
}

const parser = unified().use(rehypeParse);

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
};

/** Parses the HTML with a real parser (parse5, via rehype-parse) as a browser would. */
export function readPageLinks(html: string): PageLinks {
  const tree = parser.parse(html) as Root;
  const links: string[] = [];
  const ids = new Set<string>();
  visit(tree, "element", (el: Element) => {
    const id = el.properties.id;
    if (typeof id === "string" && id) ids.add(id);
    if (el.tagName === "a" && typeof el.properties.name === "string") ids.add(el.properties.name);
    for (const attr of URL_ATTRIBUTES[el.tagName] ?? []) {
      const value = el.properties[attr];
      if (typeof value === "string") links.push(value);
    }
  });
  return { links, ids: [...ids] };
}
