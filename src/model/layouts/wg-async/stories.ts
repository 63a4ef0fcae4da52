import { posix } from "node:path";
import type { Heading } from "mdast";
import type { Diagnostic } from "../../../diagnostics/diagnostic.js";
import { headingText } from "../../markdown/sections.js";
import type { Character, MarkdownDocument, Source, Story, StoryKind } from "../../types.js";
import type { BookLinks } from "./book.js";
import { type AnswerBlock, answerBlocks, findAnswer } from "./faq.js";
import { definitionsOf, spanOf } from "./links.js";
import { humanize, idAllocator, kebab, plainTitle, stem } from "./names.js";

export const SOURCES_QUESTION = /sources for this story/i;
export const RETELLS_QUESTION = /status quo stor(?:y|ies)\b.*\bretell/i;
const CHOSEN = /why did you choose (.+?) to tell/i;
/** The series prefix of story headings: `Status quo stories: `, `Shiny future stories: `. */
const SERIES = /^(?:status quo|shiny future)(?: stor(?:y|ies))?:\s*/i;

export interface StoryFile {
  doc: MarkdownDocument;
  kind: StoryKind;
  /** The kind's folder, which story ids are relative to. */
  folder: string;
}

export interface StoriesContext {
  links: BookLinks;
  characters: Character[];
  /** Paragraphs of the templates' FAQ answers: instructions to authors, never content. */
  prompts: Set<string>;
  report(d: Diagnostic): void;
}

/** Story pages: title, kind, characters and sources; then, with every story known, the retellings. */
export function buildStories(files: StoryFile[], ctx: StoriesContext): Story[] {
  const allocate = idAllocator();
  const byFile = new Map<string, Story>();
  const retold = new Map<Story, AnswerBlock[]>();
  for (const { doc, kind, folder } of files) {
    const defs = definitionsOf(doc);
    const title = storyTitle(doc, ctx.report);
    const sources = findAnswer(doc, SOURCES_QUESTION);
    const retells = findAnswer(doc, RETELLS_QUESTION);
    const story: Story = {
      id: allocate(kebab(posix.relative(folder, doc.file))),
      file: doc.file,
      title,
      kind,
      characters: charactersOf(doc, title, ctx.characters),
      sources: sources ? toSources(answerBlocks(doc, defs, sources), ctx.prompts) : [],
      goals: [],
      retells: [],
      body: doc.text,
      span: doc.lines.span(doc.file, 0, 0),
      spans: {
        ...(sources ? { sources: sources.span } : {}),
        ...(retells ? { retells: retells.span } : {}),
      },
    };
    byFile.set(doc.file, story);
    if (retells) retold.set(story, answerBlocks(doc, defs, retells));
  }
  const statusQuo = [...byFile.values()].filter((s) => s.kind === "status-quo");
  for (const [story, blocks] of retold) story.retells = retellings(story, blocks, statusQuo, ctx);
  return [...byFile.values()];
}

/** Text of the FAQ answers in template pages: the prompts that unedited stories still carry. */
export function templatePrompts(docs: MarkdownDocument[]): Set<string> {
  const prompts = new Set<string>();
  for (const doc of docs) {
    const defs = definitionsOf(doc);
    for (const question of [SOURCES_QUESTION, RETELLS_QUESTION]) {
      const answer = findAnswer(doc, question);
      if (answer) for (const block of answerBlocks(doc, defs, answer)) prompts.add(block.text);
    }
  }
  return prompts;
}

/** The H1 without its emoji and series prefix; the file name when it lacks one or says "Template". */
function storyTitle(doc: MarkdownDocument, report: (d: Diagnostic) => void): string {
  const h1 = doc.tree.children.find((n): n is Heading => n.type === "heading" && n.depth === 1);
  const fallback = humanize(doc.file);
  if (!h1) {
    report({
      ruleId: "missing-title",
      severity: "warning",
      span: doc.lines.span(doc.file, 0, 0),
      message: "Missing story title, expected a `# ` heading",
      hint: `Add a heading such as \`# 😱 Status quo stories: ${fallback}\`; until then the file name gives the title.`,
    });
    return fallback;
  }
  const title = plainTitle(headingText(h1)).replace(SERIES, "").trim();
  if (title.toLowerCase() !== "template") return title || fallback;
  report({
    ruleId: "template-title",
    severity: "warning",
    span: spanOf(doc, h1),
    message: "Unexpected story title `Template`, expected the story's own title",
    hint: `Replace the template's heading with the story's title; until then the file name gives it (\`${fallback}\`).`,
  });
  return fallback;
}

/**
 * The cast the story names: by its file name (`alan_…`, `alans_…`), by its title's first word,
 * or by the FAQ's "Why did you choose Alan to tell this story?". Stories outside the cast (the
 * AWS engineer series) have none.
 */
function charactersOf(doc: MarkdownDocument, title: string, cast: Character[]): string[] {
  const named = (key: string) => cast.find((c) => c.id === key || kebab(c.name) === key);
  // "alans_trust…" and "Alan's trust…" name Alan too.
  const find = (word: string | undefined) => {
    const key = kebab(word ?? "");
    return key ? (named(key) ?? named(key.replace(/-?s$/, ""))) : undefined;
  };
  const chosen = findAnswer(doc, CHOSEN);
  const names = [
    stem(doc.file).split("_")[0],
    title.split(/[\s’']/)[0],
    chosen ? CHOSEN.exec(chosen.question)?.[1] : undefined,
  ];
  const out: string[] = [];
  for (const name of names) {
    const c = find(name);
    if (c && !out.includes(c.id)) out.push(c.id);
  }
  return out;
}

/** Each paragraph or entry is a source: its text, and its first link; further links add sources. */
function toSources(blocks: AnswerBlock[], prompts: Set<string>): Source[] {
  const out: Source[] = [];
  for (const block of blocks) {
    if (prompts.has(block.text)) continue;
    const [first, ...more] = block.links;
    out.push(first ? { title: block.text, url: first.url } : { title: block.text });
    for (const link of more) out.push({ title: link.text || link.url, url: link.url });
  }
  return out;
}

/**
 * The status-quo stories an answer links to, by relative path, `.html` page, or the book's
 * published URL; an answer without such links may name a story by its exact title instead.
 */
function retellings(
  story: Story,
  blocks: AnswerBlock[],
  statusQuo: Story[],
  ctx: StoriesContext,
): string[] {
  const byFile = new Map(statusQuo.map((s) => [s.file, s] as const));
  const out = new Set<string>();
  for (const block of blocks) {
    for (const link of block.links) {
      const path = ctx.links(story.file, link.url)?.path;
      const target = path ? byFile.get(path) : undefined;
      if (target) out.add(target.id);
    }
  }
  if (!out.size) {
    const titled = new Map(statusQuo.map((s) => [normal(s.title), s.id] as const));
    for (const block of blocks) {
      const id = titled.get(normal(block.text));
      if (id) out.add(id);
    }
  }
  return [...out];
}

function normal(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
