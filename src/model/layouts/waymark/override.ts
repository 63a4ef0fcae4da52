/**
 * A front-matter field that overrides what the body says (written by `waymark import` when a
 * layout read it from elsewhere): the field when set, an empty string meaning "none", else the
 * body's own.
 */
export function overridden(
  field: string | undefined,
  fromBody: string | undefined,
): string | undefined {
  return field === undefined ? fromBody : field || undefined;
}
