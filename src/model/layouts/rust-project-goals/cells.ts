import { parseIssueNumber } from "../../issue-number.js";
import type { IssueRef } from "../../types.js";

/**
 * Reading the contents of rust-project-goals table cells. The mdbook preprocessor resolves labels
 * like `![Team][]`, `[lang]` and `[rust-lang/goals#100]` at build time, so in the files themselves
 * they are plain text; these helpers read a cell's Markdown source, never a position.
 */

/** GitHub usernames: `@name`, letters, digits and single hyphens. */
const HANDLE = /(?<![\w`/])@([A-Za-z0-9](?:[A-Za-z0-9_]|-(?=[A-Za-z0-9_]))*)(?![\w/])/g;

/** The badges rust-project-goals writes as images: `![Help wanted][]`, `![Complete][]`. */
const BADGE = /!\[([^\]]*)\](?:\[[^\]]*\]|\([^)]*\))?/g;

/** `[lang]`, `[libs-api]`: a bracketed label that is not an image, link text or footnote. */
const BRACKET = /(?<![!\]\\])\[([A-Za-z][\w-]*)\](?:\[\])?(?![[(:])/g;

const HELP_WANTED = /\bhelp[ -]?wanted\b/i;

export function handles(source: string): string[] {
  return unique([...source.matchAll(HANDLE)].map((m) => m[1]!));
}

export function badges(source: string): string[] {
  return [...source.matchAll(BADGE)].map((m) => m[1]!.trim().toLowerCase());
}

export function withoutBadges(source: string): string {
  return source.replace(BADGE, "").trim();
}

export function isHelpWanted(source: string): boolean {
  return HELP_WANTED.test(source);
}

/** Link definitions of a file, by lower-case label: what a `[label]` resolves to in the file. */
export type Definitions = Map<string, string>;

const GITHUB_USER = /^https?:\/\/github\.com\/([A-Za-z0-9-]+)\/?$/;

/**
 * Team ids named in a cell: `![Team][] [libs-api], [lang]` → libs-api, lang. The preprocessor
 * defines team labels; a label the file defines itself links elsewhere, so it names no team.
 */
export function teamRefs(source: string, definitions: Definitions = new Map()): string[] {
  const labels = [...source.replace(BADGE, " ").matchAll(BRACKET)].map((m) => m[1]!);
  return unique(
    labels.filter((l) => !definitions.has(l.toLowerCase()) && !/^team$/i.test(l)).map(teamId),
  );
}

/** People named by a label the file links to a GitHub profile: `[jkelleyrtp]`. */
export function personRefs(source: string, definitions: Definitions): string[] {
  const labels = [...source.replace(BADGE, " ").matchAll(BRACKET)].map((m) => m[1]!);
  return unique(
    labels.flatMap((l) => definitions.get(l.toLowerCase())?.match(GITHUB_USER)?.[1] ?? []),
  );
}

/** A team's id as the model keeps it: lower case, without the `T-` prefix of rust-lang labels. */
export function teamId(name: string): string {
  // Ids must match HANDLE_PATTERN to survive import: other characters become hyphens, and a
  // name with no letter or digit to start from is spelled by its code points (`!` → `team-21`).
  const id = name.trim().toLowerCase().replace(/^t-/, "");
  const slug = id.replace(/[^a-z0-9._-]+/g, "-").replace(/^[^a-z0-9]+/, "");
  if (slug) return slug;
  return `team-${[...id].map((c) => c.codePointAt(0)!.toString(16)).join("-")}`;
}

/** True when a cell's text is struck through as a whole: `~~Implementation~~`. */
export function isStruck(source: string): boolean {
  return /^~~[\s\S]*~~$/.test(source.trim());
}

/** Values that mean "nothing here": blank, N/A, TBD, a dash or an italic placeholder. */
export function isBlank(text: string): boolean {
  const t = text.trim();
  return !t || /^(n\/?a|tbd|none|-+|—|\.\.\.|…)$/i.test(t) || /^\*[^*]*\*$/.test(t);
}

const ISSUE_REFS = [
  /\b([\w.-]+)\/([\w.-]+)#(\d+)\b/,
  /github\.com\/([\w.-]+)\/([\w.-]+)\/(?:issues|pull)\/(\d+)/,
];

/** The first issue a cell names: `[rust-lang/goals#105]`, `rust-lang/rust#1`, or a GitHub URL. */
export function issueRef(source: string): IssueRef | undefined {
  for (const pattern of ISSUE_REFS) {
    const m = source.match(pattern);
    const number = m ? parseIssueNumber(m[3]!) : undefined;
    if (m && number) return { owner: m[1]!, repo: m[2]!, number };
  }
  return undefined;
}

/** A stable id fragment from free text: lower case, `[a-z0-9_-]`; `.` separates id parts. */
export function slug(text: string): string {
  const s = text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9_-]+/g, "-")
    .replace(/-{2,}/g, "-")
    .replace(/^[-_]+|[-_]+$/g, "");
  return s || "x";
}

export function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
