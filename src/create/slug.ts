import { ID_PATTERN } from "../model/schemas.js";

/**
 * A title as an id: lowercase ASCII letters and digits joined by single hyphens, so that it
 * matches ID_PATTERN ("Async fn everywhere!" → "async-fn-everywhere", "2024H2" → "2024h2").
 * Accents fold to their letters; a title with nothing left (only emoji, say) has no slug.
 */
export function slugify(title: string): string | undefined {
  const slug = title
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return slug && ID_PATTERN.test(slug) ? slug : undefined;
}

export function isValidId(id: string): boolean {
  return ID_PATTERN.test(id);
}
