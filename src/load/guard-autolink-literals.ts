import type { Nodes, Root } from "mdast";
import type { Processor } from "unified";

/**
 * Every text remark-gfm's autolink-literal transform can change holds one of these: its URL
 * pattern starts with `http://`, `https://` or `www.` (any case), and its email, `mailto:` and
 * `xmpp:` patterns hold `local@domain.tld`, so an `@` with a local character before it and a
 * dotted domain after (mdast-util-gfm-autolink-literal 2, transformGfmAutolinkLiterals). An
 * `@handle` mention is not one.
 */
const CANDIDATE = /https?:\/\/|www\.|[\w+.-]@[\w-]+\.[\w-]/i;

interface FromMarkdownExtension {
  transforms?: ((tree: Root) => Root | undefined)[];
  enter?: Record<string, unknown>;
}

/**
 * Runs the autolink-literal transform only on trees with a text node it could change: the
 * transform walks every text node with four regular expressions, a tenth of parsing a page,
 * and most pages have no literal URL or address in their text (links carry theirs in `url`).
 * On any other tree it would change nothing, so the trees are the same (a differential test
 * holds this on the corpora). A remark-gfm whose extensions look otherwise is left as it is.
 * Returns how many transforms it guarded (one with remark-gfm 4).
 */
export function guardAutolinkLiterals(processor: Processor<Root>): number {
  let guarded = 0;
  processor.freeze();
  const extensions = (processor.data("fromMarkdownExtensions") ?? []) as unknown[];
  for (const extension of extensions.flat(Number.POSITIVE_INFINITY) as FromMarkdownExtension[]) {
    if (!extension.transforms || !extension.enter || !("literalAutolink" in extension.enter))
      continue;
    extension.transforms = extension.transforms.map(
      (transform) => (tree: Root) => (hasCandidate(tree) ? transform(tree) : undefined),
    );
    guarded += extension.transforms.length;
  }
  return guarded;
}

/** Whether any text node holds a candidate, found without recursion. */
function hasCandidate(tree: Root): boolean {
  const stack: Nodes[] = [tree];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.type === "text" && CANDIDATE.test(node.value)) return true;
    if ("children" in node) for (const child of node.children) stack.push(child);
  }
  return false;
}
