import { lstat, rename, rm } from "node:fs/promises";
import { basename, dirname, join, relative, sep } from "node:path";
import { type Diagnostic, fileSpan } from "../../diagnostics/diagnostic.js";
import { type FoundEntry, listInside } from "../write-inside.js";
import { CACHE_DIR } from "./cache-paths.js";
import { keepAsSpare } from "./spare-tree.js";

/** Why an output folder is refused: nothing is written, and the build says so in one line. */
export interface OutputRefusal {
  reason: "contains-workspace" | "symlink" | "not-a-folder" | "foreign";
  /** The offending path, absolute. */
  path: string;
}

/** What the output folder holds before a build: its files, outside the cache folder. */
export interface OutputFolder {
  exists: boolean;
  /** Regular files, as relative POSIX paths, the cache folder left out. */
  files: Set<string>;
}

/**
 * The hidden siblings a build uses beside the output folder: the new tree is written into `next`,
 * the old one moved to `old` for the moment of the swap, then kept as `spare`, which the next
 * build that writes brings up to date as its `next` (see `TreeWriter`). All names are Waymark's.
 */
export function siblings(out: string): { next: string; old: string; spare: string } {
  const name = basename(out);
  const sibling = (role: string) => join(dirname(out), `.${name}.waymark-${role}`);
  return { next: sibling("next"), old: sibling("old"), spare: sibling("spare") };
}

/**
 * Puts things right after an interrupted build: a build stopped between its two renames left the
 * previous site in `old`, which goes back; a leftover `old` tree is removed (`rm` unlinks a
 * symlink, never what it points to). A leftover `next` beside a site, a tree half brought up to
 * date, becomes the spare when there is none: nothing in a spare is trusted (`takeSpare`), and
 * most of its files are still the site's. A spare beside no output (the user deleted the site)
 * is removed, never made the site again.
 */
export async function recoverOutput(out: string): Promise<void> {
  const { next, old, spare } = siblings(out);
  const [here, moved] = await Promise.all([kind(out), kind(old)]);
  const restored = here === "missing" && moved === "folder";
  if (restored) await rename(old, out);
  else await rm(old, { recursive: true, force: true });
  const site = here === "folder" || restored;
  const spared = site && (await kind(spare)) === "missing" && (await keepAsSpare(next, spare));
  if (!spared) await rm(next, { recursive: true, force: true });
  if (here === "missing" && moved !== "folder") await rm(spare, { recursive: true, force: true });
}

/**
 * Checks that `out` is a folder Waymark may replace, before anything is written: not the workspace
 * or a folder holding it, no symlink on the way to it from the workspace, none anywhere inside
 * it, and either empty, or holding a manifest this machine signed (`trusted`), or `force`.
 */
export async function inspectOutput(
  out: string,
  workspace: string,
  options: { force?: boolean; trusted: () => Promise<boolean> },
): Promise<{ refused: OutputRefusal } | { folder: OutputFolder }> {
  const refuse = (reason: OutputRefusal["reason"], path = out) => ({ refused: { reason, path } });
  if (out === workspace || workspace.startsWith(out + sep) || out === dirname(out))
    return refuse("contains-workspace");
  // Inside the workspace, every folder from it to `out` is the repository's: none may be a link.
  const inWorkspace = out.startsWith(workspace + sep);
  const parts = inWorkspace ? relative(workspace, out).split(sep) : [];
  for (let i = 1; i < parts.length; i++) {
    const path = join(workspace, ...parts.slice(0, i));
    const found = await kind(path);
    if (found === "symlink") return refuse("symlink", path);
    if (found === "file") return refuse("not-a-folder", path);
  }
  await recoverOutput(out);
  const here = await kind(out);
  if (here === "symlink") return refuse("symlink");
  if (here === "file") return refuse("not-a-folder");
  if (here === "missing") return { folder: { exists: false, files: new Set() } };
  const entries = await listInside(out);
  const bad = entries.find((e) => e.kind === "symlink" || e.kind === "other");
  if (bad) return refuse("symlink", join(out, ...bad.path.split("/")));
  const files = new Set(entries.filter((e) => e.kind === "file" && !isCache(e)).map((e) => e.path));
  if (entries.length && !options.force && !(await options.trusted())) return refuse("foreign");
  return { folder: { exists: true, files } };
}

function isCache(entry: FoundEntry): boolean {
  return entry.path === CACHE_DIR || entry.path.startsWith(`${CACHE_DIR}/`);
}

async function kind(path: string): Promise<"missing" | "symlink" | "folder" | "file"> {
  const info = await lstat(path).catch(() => undefined);
  if (!info) return "missing";
  if (info.isSymbolicLink()) return "symlink";
  return info.isDirectory() ? "folder" : "file";
}

const REFUSALS: Record<OutputRefusal["reason"], { message: string; hint: string }> = {
  symlink: {
    message:
      "Unexpected symlink, expected a real folder or file: Waymark never writes through a link",
    hint: "Remove the link (a repository may have committed it), or build into another folder with --out.",
  },
  "not-a-folder": {
    message: "Unexpected file, expected the output folder (or nothing yet)",
    hint: "Pass --out with a folder, or remove the file.",
  },
  "contains-workspace": {
    message: "Unexpected output folder that holds the workspace, expected a folder of its own",
    hint: "A build replaces its output folder's contents: pass --out with a folder such as _site.",
  },
  foreign: {
    message:
      "Unexpected files in the output folder, expected an empty folder or a site Waymark built here",
    hint: "No manifest this machine signed was found. Pass --force to build over it (files the site does not have are kept), or pick another --out.",
  },
};

/** A refusal as a diagnostic, at the offending path (relative to the working directory). */
export function refusalDiagnostic(refusal: OutputRefusal): Diagnostic {
  const { message, hint } = REFUSALS[refusal.reason];
  const near = relative(process.cwd(), refusal.path);
  const shown = near.startsWith("..") ? refusal.path : near || ".";
  const ruleId = refusal.reason === "foreign" ? "foreign-output" : "unsafe-output";
  return { ruleId, severity: "error", span: fileSpan(shown), message, hint };
}

/**
 * A file-system failure while inspecting or writing the output (no permission beside it, a mount
 * point that cannot be renamed, a full disk) as a diagnostic; undefined for anything else, which
 * is our own bug. The previous site is left as it was.
 */
export function writeFailure(out: string, error: unknown): Diagnostic | undefined {
  const { code, syscall, path } = (error ?? {}) as NodeJS.ErrnoException;
  if (typeof code !== "string") return undefined;
  const near = relative(process.cwd(), out);
  return {
    ruleId: "unwritable-output",
    severity: "error",
    span: fileSpan(near.startsWith("..") ? out : near || "."),
    message: `Unexpected ${code} from ${syscall ?? "the file system"}${path ? ` on ${path}` : ""}, expected to write the site beside the output folder and swap it in`,
    hint: "The folder that holds the output folder must be writable and on the same file system (a mount point cannot be the output folder: build into a folder inside it). The previous site was left as it was.",
  };
}
