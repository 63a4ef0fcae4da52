import { linkSync, mkdirSync, rmSync, unlinkSync } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import {
  type PageLinks,
  pooledLinks,
  readPageLinks,
  type TextPool,
} from "../../render/site/links/page-links.js";
import { type Content, createFreshSync, isNormalRelative } from "../write-inside.js";
import { CACHE_DIR, CACHE_FILE } from "./cache-paths.js";
import { digest } from "./digest.js";
import { siblings } from "./output-folder.js";
import { keepAsSpare, type SpareEntries, sameFile, takeSpare, tidySpare } from "./spare-tree.js";
import type { SiteWriter } from "./write-site.js";

/**
 * A rendered file's bytes and their digest, and for a page its links (shared through `texts`):
 * `links` as collected while it rendered, else read from the page; null when the caller keeps them.
 */
export function readRendered(
  file: string,
  text: string,
  texts?: TextPool,
  links?: PageLinks | null,
): WrittenFile & { bytes: Buffer } {
  const bytes = Buffer.from(text, "utf8");
  return { bytes, out: digest(bytes), page: pageOf(file, text, texts, links) };
}

function pageOf(
  file: string,
  text: string,
  texts: TextPool | undefined,
  links: PageLinks | null | undefined,
): PageLinks | undefined {
  if (links === null || !file.endsWith(".html")) return undefined;
  if (!links) return readPageLinks(text, texts);
  return texts ? pooledLinks(links, texts) : links;
}

/** A file of the new site: bytes rendered now, or a workspace file copied as is. */
export type OutputFile = { file: string } & Content;

/** A rendered file once written: the digest of its bytes, and for a page its links and ids. */
export interface WrittenFile {
  out: string;
  page?: PageLinks;
}

/** How a `TreeWriter` treats the spare tree beside the output. */
export interface TreeOptions {
  /**
   * The output is a site Waymark built (its manifest verified): bring the spare up to date
   * rather than make the tree from nothing, and keep the old tree as the next spare. Otherwise
   * (a first build, one with `--force`, one over another's files) any spare is removed, and so
   * is the old tree after the swap.
   */
  spare?: boolean;
}

/**
 * The new site as a whole tree beside the output folder (`.<out>.waymark-next`), written while
 * the build renders, so that no page's bytes wait in memory for the others; `finish` swaps it in
 * with two renames: a reader, a web server or an interrupted build sees the old site or the new
 * one, never a mix. A failed build `abandon`s it. Unchanged files are hard links to the current
 * ones, so a rebuild costs a link per file, not a copy. The tree is made only once a file must be
 * written (a build that changes nothing makes none), and each file in it is created fresh
 * (`O_EXCL`, `O_NOFOLLOW`), so no write can pass through a link; `inspectOutput` has checked the
 * old tree. The tree is made from nothing (`mkdir` fails if it exists), or, with `spare`, is the
 * previous generation the last swap kept (`takeSpare`): a file already the current one's hard
 * link needs nothing, any other is unlinked first, folders are made only where missing, and what
 * the new site does not have is removed before the swap, so an edit costs what changed, not a
 * link and a folder per file. The old tree is then kept as the spare instead of removed.
 */
export class TreeWriter implements SiteWriter {
  private readonly next: string;
  /** Set once a file must be written: the tree taken or made, and the waiting files kept. */
  private starting?: Promise<void>;
  /** Files kept before the tree was made: linked into it when it is. */
  private readonly waiting: string[] = [];
  /** Folders of the new tree made or claimed from the spare. */
  private readonly folders = new Set<string>();
  /** What the spare tree taken as `next` holds that the new site has not claimed yet. */
  private spare?: SpareEntries;
  /** The first failure of a rendered file's write (`rendered`). */
  private failure: unknown;
  /** Errors its own file-system calls threw: a build reports those as unwritable output. */
  private readonly thrown = new WeakSet<object>();
  /** For the interruption tests: slow the write phase down and say when it starts. */
  private readonly pause = Number(process.env.WAYMARK_TEST_WRITE_PAUSE_MS) || 0;

  constructor(
    private readonly out: string,
    private readonly options: TreeOptions = {},
  ) {
    this.next = siblings(out).next;
  }

  /** A file of the current output kept as it is (checked already): linked, not copied. */
  async keep(file: string): Promise<void> {
    if (!this.starting) this.waiting.push(file);
    else await this.starting.then(() => this.link(file));
  }

  /** Links the current output's `file` into the tree; nothing to do when the spare has it. */
  private async link(file: string): Promise<void> {
    const current = join(this.out, file);
    await this.place(file, (path, had) => {
      if (had && sameFile(path, current)) return;
      if (had) unlinkSync(path);
      linkSync(current, path);
    });
  }

  /** A file written now. */
  async write(file: OutputFile): Promise<void> {
    await this.start();
    await this.place(file.file, (path, had) => {
      if (had) unlinkSync(path);
      createFreshSync(path, file);
    });
  }

  /** Rejects with a failure a rendered file met, so the render stops at the next. */
  async room(): Promise<void> {
    if (this.failure !== undefined) throw this.failure;
  }

  /**
   * A rendered file written now, digested, and for a page its links (see `readRendered`). Its failure is kept for `room`: the promise may be awaited later, never unhandled.
   */
  rendered(
    file: string,
    text: string,
    texts?: TextPool,
    links?: PageLinks | null,
  ): Promise<WrittenFile> {
    const { bytes, ...made } = readRendered(file, text, texts, links);
    const written = this.write({ file, bytes }).then(() => made);
    written.catch((error: unknown) => {
      this.failure ??= error;
    });
    return written;
  }

  /**
   * Completes the tree with `keep` (more files of the current output) and the manifest, and swaps
   * it in; when no file was written and `always` is false, touches nothing and returns false.
   * A failure (full disk, a folder we may not write beside) leaves the old site in place.
   */
  async finish(plan: {
    keep: string[];
    manifest: readonly string[];
    always: boolean;
  }): Promise<boolean> {
    if (!this.starting && !plan.always) return false;
    const { old } = siblings(this.out);
    let moved = false;
    try {
      await this.start();
      for (const file of plan.keep) await this.keep(file);
      await this.write({ file: `${CACHE_DIR}/${CACHE_FILE}`, pieces: plan.manifest });
      const left = this.spare;
      if (left) this.noted(() => tidySpare(this.next, left, this.folders));
      moved = await rename(this.out, old).then(
        () => true,
        (error: NodeJS.ErrnoException) => {
          if (error.code !== "ENOENT") throw error;
          return false;
        },
      );
      await rename(this.next, this.out);
    } catch (error) {
      if (moved) await rename(old, this.out).catch(() => {});
      await this.abandon();
      throw error;
    }
    if (moved) await this.retire(old);
    return true;
  }

  /**
   * The old tree, once swapped out: kept as the spare for a build over a site of ours, else
   * removed (`rm` removes links themselves, never what they point to; it had none anyway).
   */
  private async retire(old: string): Promise<void> {
    const { spare } = siblings(this.out);
    if (this.options.spare && (await keepAsSpare(old, spare))) return;
    await rm(old, { recursive: true, force: true });
  }

  /** True when `error` came from writing the tree, not from what was being written. */
  threw(error: unknown): boolean {
    return typeof error === "object" && error !== null && this.thrown.has(error);
  }

  /** Removes the tree made so far: the build failed, and the output stays as it was. */
  async abandon(): Promise<void> {
    if (!this.starting) return;
    await this.starting.catch(() => {});
    await rm(this.next, { recursive: true, force: true }).catch(() => {});
  }

  /**
   * Takes the spare as the tree, or makes the tree from nothing (`mkdir` fails if anything is
   * there already); a spare not to be used is removed, as the old tree will be.
   */
  private start(): Promise<void> {
    this.starting ??= this.begin();
    return this.starting;
  }

  private async begin(): Promise<void> {
    const { spare } = siblings(this.out);
    try {
      if (this.options.spare) this.spare = await takeSpare(spare, this.next);
      else await rm(spare, { recursive: true, force: true });
      if (!this.spare) mkdirSync(this.next);
    } catch (error) {
      throw this.mark(error);
    }
    if (this.pause) process.stderr.write("waymark: writing\n");
    for (const file of this.waiting.splice(0)) await this.link(file);
  }

  /**
   * Creates `file` in the tree with `make` (told whether the spare has a file there), and the
   * folders on its way, each claimed from the spare or made; a folder where a file goes, or a
   * file where a folder goes, is removed first. Synchronous calls: a build writes thousands of
   * small files and has nothing else to do meanwhile.
   */
  private async place(file: string, make: (path: string, had: boolean) => void): Promise<void> {
    if (!isNormalRelative(file)) throw new Error(`not a path inside the site: ${file}`);
    const parts = file.split("/");
    for (let i = 1; i < parts.length; i++) {
      const dir = parts.slice(0, i).join("/");
      if (this.folders.has(dir)) continue;
      const had = this.claim(dir);
      const path = join(this.next, dir);
      if (had !== "folder")
        this.noted(() => {
          if (had === "file") unlinkSync(path);
          mkdirSync(path);
        });
      this.folders.add(dir);
    }
    const had = this.claim(file);
    const path = join(this.next, ...parts);
    this.noted(() => {
      if (had === "folder") rmSync(path, { recursive: true });
      make(path, had === "file");
    });
    if (this.pause) await sleep(this.pause);
  }

  /** What the spare has at `path`, now the new site's. */
  private claim(path: string): "file" | "folder" | undefined {
    const had = this.spare?.get(path);
    if (had) this.spare!.delete(path);
    return had;
  }

  private noted(call: () => void): void {
    try {
      call();
    } catch (error) {
      throw this.mark(error);
    }
  }

  /** Marks `error` as the tree's own (`threw`). */
  private mark(error: unknown): unknown {
    if (typeof error === "object" && error !== null) this.thrown.add(error);
    return error;
  }
}
