/**
 * A copy of `text` in one piece of its own, for a string kept long after it was made. V8 keeps a
 * string built with `+` (as the HTML renderer builds a fragment) as a tree of its pieces, 32
 * bytes a piece, several times the size of its characters; and a slice of 13 characters or more
 * as a view that keeps its whole parent alive (a link sliced out of a page's HTML keeps the page).
 * Prefixing a character makes a new tree, which slicing flattens into a new string of the text's
 * own length; the slice is a view of that one only. Shorter strings are always copies.
 */
export function detachText(text: string): string {
  return text.length < 13 ? text : ` ${text}`.slice(1);
}
