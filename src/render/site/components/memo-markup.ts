import { type FunctionComponent, h, type VNode } from "preact";
import { markupNode } from "../links/collect-links.js";
import { renderMarkup } from "../route.js";
import { type Shell, useShell } from "../shell.js";

type Made = Map<FunctionComponent<never>, Map<string, VNode>>;
const made = new WeakMap<Shell, Made>();

/**
 * What `Component` renders with `props`, made once per shell, component and `key` and placed
 * again as a template node (the bytes it renders inline; its links known to the collector): for
 * small components that most pages show several times and whose output is a function of `key`
 * alone (the progress bar, the state badge). Elements are most of what preact's renderer
 * allocates, and a template node is one.
 */
export function useMemoMarkup<P extends object>(
  Component: FunctionComponent<P>,
  key: string,
  props: P,
): VNode {
  const shell = useShell();
  let byComponent = made.get(shell);
  if (!byComponent) {
    byComponent = new Map();
    made.set(shell, byComponent);
  }
  let known = byComponent.get(Component as FunctionComponent<never>);
  if (!known) {
    known = new Map();
    byComponent.set(Component as FunctionComponent<never>, known);
  }
  let node = known.get(key);
  if (!node) {
    node = markupNode(renderMarkup(shell, h(Component, props) as VNode));
    known.set(key, node);
  }
  return node;
}
