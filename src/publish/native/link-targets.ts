import { posix } from "node:path";
import { type ResolvedLink, resolveLink } from "../../model/links/resolve-link.js";
import type { Workspace } from "../../model/types.js";

/** What becomes of one link: the new path part of its URL (query and fragment stay as written), or undefined to keep it. */
export type LinkEdit = (url: string) => string | undefined;

/**
 * The workspace file a link written in `from` reaches, if it reaches one: undefined for external
 * links, links within the same page, and links to missing files.
 */
export function reachedFile(ws: Workspace, from: string, url: string): string | undefined {
  return fileOf(resolveLink(url, from, ws.paths));
}

/** The file a resolved link reaches: a page or another file, not a place in the linking file. */
function fileOf(target: ResolvedLink): string | undefined {
  return target.kind === "page" || target.kind === "file" ? target.file : undefined;
}

/**
 * Moves the links of text written in `from` (a source file) to `to` (where the import writes it),
 * given where every file goes (`moves`): a link whose target moved, or that no longer reaches it
 * from the new place, gets the relative path from `to` to the target's new path; mdBook's `x.html`
 * and folder links become the `.md` file they meant. Query and `#anchor` stay as written, even an
 * anchor that matches no heading: the page is still the right one. Links that still reach their
 * target are kept, and so are links to missing files, unless from the new place they would climb
 * out of the workspace, where no check sees them: those are rebased to name the same missing path.
 */
export function linkMover(
  ws: Workspace,
  moves: ReadonlyMap<string, string>,
  from: string,
  to: string,
): LinkEdit {
  return (url) => {
    const target = resolveLink(url, from, ws.paths);
    const file = fileOf(target);
    if (!file && target.kind !== "missing") return undefined;
    const written = pathOf(url);
    const rooted = written.startsWith("/");
    const reached = posix.normalize(posix.join(rooted ? "/" : posix.dirname(to), written));
    if (target.kind === "missing") {
      const escapes = reached === ".." || reached.startsWith("../");
      return escapes ? encodePath(posix.relative(posix.dirname(to), target.path)) : undefined;
    }
    const dest = moves.get(file!);
    if (dest === undefined || (from === to && dest === file)) return undefined;
    if (reached === (rooted ? `/${dest}` : dest)) return undefined;
    if (rooted) return `/${encodePath(dest)}`;
    return encodePath(dest === to ? posix.basename(to) : posix.relative(posix.dirname(to), dest));
  };
}

/**
 * Names each link to a workspace file by the path the file has once imported, `⟦goals/a.md⟧`, and
 * each link to a missing file `⟦missing⟧`: links written in different places to the same target
 * then read alike, so two models compare modulo exactly the rewrites `linkMover` makes. With no
 * `moves`, files keep their own paths.
 */
export function linkNames(
  ws: Workspace,
  moves?: ReadonlyMap<string, string>,
): (from: string) => LinkEdit {
  return (from) => (url) => {
    const target = resolveLink(url, from, ws.paths);
    const file = fileOf(target);
    if (file) return `⟦${moves?.get(file) ?? file}⟧`;
    return target.kind === "missing" ? "⟦missing⟧" : undefined;
  };
}

/** The path part of a URL, before any query or fragment, decoded as the resolver reads it. */
function pathOf(url: string): string {
  const raw = url.replace(/[?#].*$/s, "");
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** A path as a URL: each segment percent-encoded, parentheses too, so it needs no `<…>`. */
function encodePath(path: string): string {
  return path
    .split("/")
    .map((s) => encodeURIComponent(s).replace(/[()]/g, (c) => (c === "(" ? "%28" : "%29")))
    .join("/");
}
