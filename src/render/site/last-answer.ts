/**
 * The last answer of a function over the whole workspace, kept with what it was made from, for
 * serve's reloads: after an edit of one file, every part but that file's is the same object as
 * last time, and that one may well say the same (a retitled goal links to the same files).
 */
export interface LastAnswer<T> {
  parts?: readonly unknown[];
  value?: T;
}

/**
 * `make()`, or the last answer kept in `last` when `parts` are the last ones: each the same
 * object, or one `alike` says gives the same answer.
 */
export function answerOnce<T>(
  last: LastAnswer<T>,
  parts: readonly unknown[],
  alike: (was: unknown, now: unknown) => boolean,
  make: () => T,
): T {
  const before = last.parts;
  const same =
    before !== undefined &&
    before.length === parts.length &&
    parts.every((part, i) => part === before[i] || alike(before[i], part));
  if (!same) last.value = make();
  last.parts = parts;
  return last.value as T;
}
