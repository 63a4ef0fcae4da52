import { Fragment, options, type VNode } from "preact";
import { jsxTemplate } from "preact/jsx-runtime";
import { asIs, collector, type LinkCollector, linkOrId, type PageLinks } from "./page-links.js";
import { isTextElement, scanStartTags } from "./scan-page-links.js";

/**
 * Links collected while a page renders, so that the build need not read every written page back
 * (a tenth of a cold build). preact-render-to-string calls the `__b` option hook (preact's own
 * `_diff`, which preact/hooks uses too) for each node it is about to write: an element's
 * attributes are taken from its props as the renderer writes them; HTML it writes unread (an
 * element's `dangerouslySetInnerHTML`, a template's strings) is read with the scanner, or, when
 * it was rendered here already, its links are added as found then (`Markup`). What the collector
 * cannot vouch for (an attribute name in another case, a CR or NUL in a value, elements inside a
 * text element, HTML the scanner does not read whole) leaves the page's links undefined: the
 * caller then reads the written page, as before. test/links/page-links-differential.test.ts
 * holds the links to parse5's reading of every page of the example, both corpora and a generated
 * workspace, in order.
 */

/** HTML rendered already, with the links and ids in it (undefined when they are not known). */
export interface Markup {
  html: string;
  links: PageLinks | undefined;
}

/** `render`'s result and the links and ids of what it rendered, if all were collected. */
export function collectLinks<T>(render: () => T): { value: T; links: PageLinks | undefined } {
  const outer = current;
  const collecting: Collecting = { found: collector(asIs), sure: true };
  current = collecting;
  try {
    const value = render();
    return { value, links: collecting.sure ? collecting.found.result() : undefined };
  } finally {
    current = outer;
  }
}

/** `markup` as an element's `dangerouslySetInnerHTML`, its links known to the collector. */
export function innerMarkup(markup: Markup): { __html: string } {
  const inner = { __html: markup.html };
  if (markup.links) known.set(inner, markup.links);
  return inner;
}

/** HTML written as a string, with its links read by the scanner (undefined if it cannot). */
export function scannedMarkup(html: string): Markup {
  const found = collector();
  const read = scanStartTags(html, found.onAttribute, linkOrId, true);
  return { html, links: read ? found.result() : undefined };
}

/** `parts` joined into one piece of markup. */
export function joinMarkup(parts: readonly Markup[]): Markup {
  const html = parts.map((p) => p.html).join("");
  const links: string[] = [];
  const ids: string[] = [];
  for (const part of parts) {
    if (!part.links) return { html, links: undefined };
    links.push(...part.links.links);
    ids.push(...part.links.ids);
  }
  return { html, links: { links, ids: [...new Set(ids)] } };
}

/**
 * `markup` as a template node (preact's `jsxTemplate`): written as it is, its links known to the
 * collector. One node may be placed on many pages.
 */
export function markupNode(markup: Markup): VNode {
  const strings = [markup.html];
  if (markup.links) known.set(strings, markup.links);
  return jsxTemplate(strings);
}

interface Collecting {
  found: LinkCollector;
  /** False once something was written that the collector cannot vouch for. */
  sure: boolean;
}

let current: Collecting | undefined;
/** Inner HTML objects and template strings whose links were collected when they were made. */
const known = new WeakMap<object, PageLinks>();

type Hook = (vnode: VNode) => void;
const hooks = options as typeof options & { __b?: Hook };
const before = hooks.__b;
hooks.__b = (vnode) => {
  if (current) visit(vnode, current);
  before?.(vnode);
};

function visit(vnode: VNode, into: Collecting): void {
  const { type } = vnode;
  const props = vnode.props as Record<string, unknown>;
  if (typeof type === "string") element(type, props, into);
  else if (type === Fragment && "tpl" in props) template(props, into);
}

function element(tag: string, props: Record<string, unknown>, into: Collecting): void {
  if (hasUpper(tag)) into.sure = false;
  for (const name in props) {
    // Only names of these lengths can be one `linkOrId` keeps, in some case (id, src, href, …).
    const length = name.length;
    if (length !== 2 && length !== 3 && length !== 4 && length !== 6 && length !== 10) continue;
    if (!linkOrId(tag, name)) {
      // preact writes some names lowercased (formAction); the tokenizer lowercases all.
      if (hasUpper(name) && linkOrId(tag, name.toLowerCase())) into.sure = false;
      continue;
    }
    const value = attributeValue(props[name]);
    if (value === undefined) continue;
    if (value === null || value.includes("\r") || value.includes("\0")) into.sure = false;
    else into.found.onAttribute(tag, name, value);
  }
  const inner = props.dangerouslySetInnerHTML as { __html?: unknown } | undefined;
  if (isTextElement(tag)) {
    // Its content is text to the tokenizer: only a string child is written as such here.
    const text = props.children;
    if (inner?.__html || (text != null && typeof text === "object")) into.sure = false;
  } else if (inner?.__html) html(inner, String(inner.__html), into);
}

/** True when `text` holds an ASCII capital (checked without making a lowercased copy). */
function hasUpper(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x41 && code <= 0x5a) return true;
  }
  return false;
}

/**
 * An attribute's value as preact-render-to-string writes it: undefined when it writes none,
 * null for a value this collector leaves to the page's reading (an object, such as a signal).
 */
function attributeValue(value: unknown): string | null | undefined {
  if (value == null || value === false || typeof value === "function") return undefined;
  if (value === true) return "";
  return typeof value === "object" ? null : String(value);
}

/**
 * A template's strings, and its expressions that are not nodes (written as they are: the JSX
 * transform escaped them), in order. A node expression is visited after the template, so the
 * links of whatever follows it would come out of order: the collector vouches for such a
 * template only when nothing after its first node expression holds a link or an id.
 */
function template(props: Record<string, unknown>, into: Collecting): void {
  const strings = props.tpl as readonly string[];
  const exprs = (props.exprs as unknown[] | undefined) ?? [];
  const links = known.get(strings);
  if (links && exprs.every((expr) => expr == null)) {
    into.found.add(links);
    return;
  }
  let after = false;
  strings.forEach((part, i) => {
    placed(part, into, after);
    const expr = exprs[i];
    if (expr != null && typeof expr === "object") after = true;
    else if (expr != null) placed(String(expr), into, after);
  });
}

/** HTML placed by a template: read into the page's links, or, `after` a node, checked to hold none. */
function placed(text: string, into: Collecting, after: boolean): void {
  if (!after) {
    html(undefined, text, into);
    return;
  }
  const { links } = scannedMarkup(text);
  if (!links || links.links.length || links.ids.length) into.sure = false;
}

function html(holder: object | undefined, text: string, into: Collecting): void {
  const links = holder && known.get(holder);
  if (links) into.found.add(links);
  else if (!scanStartTags(text, into.found.onAttribute, linkOrId, true)) into.sure = false;
}
