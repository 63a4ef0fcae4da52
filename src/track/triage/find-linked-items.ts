import type { Workspace } from "../../model/types.js";
import { issueKey } from "../forge.js";
import type { Facts } from "../types.js";

/**
 * Which roadmap items each issue is linked from: an item's tracking issue, a sub-issue of it (as
 * of the last sync), a link in its front matter, or the issue's URL or `owner/repo#N` in its body.
 * A linked issue serves a goal, which the triage score rewards.
 */
export function findLinkedItems(
  workspace: Workspace,
  facts: Facts,
  keys: Iterable<string>,
): Map<string, string[]> {
  const wanted = new Set(keys);
  const linked = new Map<string, string[]>();
  const add = (key: string, item: string) => {
    if (!wanted.has(key)) return;
    const items = linked.get(key) ?? [];
    if (!items.includes(item)) linked.set(key, [...items, item]);
  };
  for (const item of workspace.items) {
    if (item.tracking) {
      const key = issueKey(item.tracking);
      add(key, item.id);
      for (const sub of facts.issues?.get(key)?.facts?.subIssues.items ?? []) add(sub.key, item.id);
    }
    const texts = [item.body, ...item.links.map((l) => l.url)].join("\n");
    for (const m of texts.matchAll(/github\.com\/([\w.-]+)\/([\w.-]+)\/issues\/(\d+)/g))
      add(`${m[1]}/${m[2]}#${m[3]}`, item.id);
    for (const m of texts.matchAll(/\b([\w.-]+)\/([\w.-]+)#(\d+)\b/g))
      add(`${m[1]}/${m[2]}#${m[3]}`, item.id);
  }
  return linked;
}
