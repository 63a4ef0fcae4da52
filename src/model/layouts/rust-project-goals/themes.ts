import type { Diagnostic } from "../../../diagnostics/diagnostic.js";
import type { Item, Theme } from "../../types.js";
import { slug } from "./cells.js";
import { themeKey } from "./roadmaps.js";

/** `| Flagship | Yes |` (2024–2025) names no theme: such goals share one. */
export const FLAGSHIP: Theme = { id: "flagship", title: "Flagship goals" };

const YES = /^(yes|true|✅|x)$/i;
const NO = /^(no|false|n\/a|-|)$/i;

/**
 * A period's themes: its roadmap files, then every theme its goals name in Flagship or Roadmap
 * rows without a roadmap file. Sets each item's theme to the first it names. A name that matches
 * no roadmap file, in a period that has them, is a warning: goal-format.md says Roadmap rows name
 * a roadmap's short title.
 */
export function resolveThemes(
  items: Item[],
  roadmaps: Theme[],
  report: (d: Diagnostic) => void,
): Theme[] {
  const themes = [...roadmaps];
  const byKey = new Map<string, Theme>();
  for (const t of roadmaps) {
    byKey.set(themeKey(t.id), t);
    byKey.set(themeKey(t.title), t);
  }
  for (const item of items) {
    const named = [...list(item.extra.roadmaps), ...list(item.extra.flagship)];
    for (const source of named) {
      const theme = themeFor(source, byKey, themes, roadmaps, item, report);
      if (theme && !item.theme) item.theme = theme.id;
    }
  }
  return themes;
}

function themeFor(
  source: string,
  byKey: Map<string, Theme>,
  themes: Theme[],
  roadmaps: Theme[],
  item: Item,
  report: (d: Diagnostic) => void,
): Theme | undefined {
  const text = plain(source);
  if (NO.test(text)) return undefined;
  const wanted = YES.test(text) ? FLAGSHIP : { id: slug(text), title: text };
  const found = byKey.get(themeKey(wanted.title)) ?? byKey.get(themeKey(wanted.id));
  if (found) return found;
  if (roadmaps.length && wanted !== FLAGSHIP) {
    report({
      ruleId: "unknown-theme",
      severity: "warning",
      span: item.spans.theme ?? item.span,
      message: `Unexpected roadmap \`${text}\`, expected the short title of a roadmap-*.md file`,
      hint: `Use one of: ${roadmaps.map((t) => t.title).join(", ")}.`,
    });
  }
  const theme = { ...wanted };
  themes.push(theme);
  byKey.set(themeKey(theme.title), theme);
  byKey.set(themeKey(theme.id), theme);
  return theme;
}

function list(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

/** A cell's text without links, code marks or emphasis: `[Just add async](./x.md)` → Just add async. */
function plain(source: string): string {
  return source
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]*)\]\[[^\]]*\]/g, "$1")
    .replace(/[`*_]/g, "")
    .trim();
}
