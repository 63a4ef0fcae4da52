/** Ids and titles from the book's file names and headings. */

/** `async_fn/Boxable.md` → `async-fn-boxable`; `Read/write traits` → `read-write-traits`. */
export function kebab(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\.md$/i, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** A file's name without folder or `.md`. */
export function stem(file: string): string {
  return file.slice(file.lastIndexOf("/") + 1).replace(/\.md$/i, "");
}

/** `barbara_polls_a_mutex` → `Barbara polls a mutex`, for pages that lack a heading. */
export function humanize(name: string): string {
  const words = stem(name).replace(/[_-]+/g, " ").trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

// Pictographs, their joiners and variation selectors, skin tones and the gender signs of ZWJ
// sequences: the decoration mdBook pages put in front of headings (🙋‍♀️, 😱, ✨).
const LEADING_EMOJI = /^(?:\p{Extended_Pictographic}|\u200d|\ufe0f|[\u{1f3fb}-\u{1f3ff}]|\s)+/u;

/** A heading without its leading emoji: `🔮 The vision` → `The vision`. */
export function plainTitle(heading: string): string {
  return heading.replace(LEADING_EMOJI, "").trim() || heading.trim();
}

/** `eliza weisman` → `Eliza Weisman`: link labels written in lower case, as display names. */
export function titleCase(text: string): string {
  return text.replace(
    /(^|\s)(\p{Ll})/gu,
    (_m, space: string, letter: string) => `${space}${letter.toUpperCase()}`,
  );
}

/** Hands out ids, adding `-2`, `-3`… when one is taken, so ids stay unique workspace-wide. */
export function idAllocator(): (wanted: string) => string {
  const taken = new Set<string>();
  return (wanted) => {
    const base = wanted || "item";
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    return id;
  };
}
