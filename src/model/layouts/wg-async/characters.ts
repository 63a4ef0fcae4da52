import { sections } from "../../markdown/sections.js";
import type { Character, MarkdownDocument } from "../../types.js";
import { answerMarkdown, findAnswer } from "./faq.js";
import { spanOf } from "./links.js";
import { humanize, kebab, stem } from "./names.js";

/** `## Alan: the experienced "GC'd language" developer, new to Rust`. */
const NAMED_SECTION = /^([\p{L}'’ -]+?):\s*(.*)$/u;

/**
 * A page of vision/characters/. Every page shares the H1 "Cast of characters"; the character is
 * named by the H2 "Name: tagline", whose section and everything after it (the variants, the FAQ with
 * its expectations) is the background. The value is the page's own answer to "What does Name want
 * most from Async Rust?", as prose: a one-item list reads as its sentence. Nothing is made up: a page
 * without those parts keeps the file name and empty text.
 */
export function readCharacter(doc: MarkdownDocument, file: string): Character {
  const h2 = sections(doc, 2);
  const named = h2.find((s) => NAMED_SECTION.test(s.heading));
  const name = named ? NAMED_SECTION.exec(named.heading)![1]!.trim() : humanize(file);
  const wants = findAnswer(doc, new RegExp(`what does ${escapeRegExp(name)} want most`, "i"));
  const head = named ? spanOf(doc, named.node) : doc.lines.span(file, 0, 0);
  return {
    id: kebab(stem(file)),
    file,
    name,
    value: wants ? asProse(answerMarkdown(doc, wants)) : "",
    background: named ? doc.text.slice(named.node.position?.end.offset ?? 0).trim() : "",
    span: head,
    spans: { name: head, ...(wants ? { value: wants.span } : {}) },
  };
}

/** `* The promise of …` → `The promise of …`: list items joined as sentences, lines unwrapped. */
function asProse(markdown: string): string {
  return markdown
    .split("\n")
    .map((line) => line.replace(/^\s*[*+-]\s+/, "").trim())
    .filter(Boolean)
    .join(" ");
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
