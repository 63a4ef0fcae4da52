import { linkSync, mkdirSync } from "node:fs";
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

/**
 * The new site as a whole tree beside the output folder (`.<out>.waymark-next`), written while
 * the build renders, so that no page's bytes wait in memory for the others; `finish` swaps it in
 * with two renames and removes the old tree: a reader, a web server or an interrupted build sees
 * the old site or the new one, never a mix. A failed build `abandon`s it. Unchanged files are hard
 * links to the current ones, so a rebuild costs a link per file, not a copy. The tree is made
 * only once a file must be written (a build that changes nothing makes none), from nothing
 * (`mkdir` fails if it exists), and each file in it is created fresh (`O_EXCL`, `O_NOFOLLOW`), so
 * no write can pass through a link; `inspectOutput` has checked the old tree.
 */
export class TreeWriter implements SiteWriter {
  private readonly next: string;
  private started = false;
  /** Files kept before the tree was made: linked into it when it is. */
  private readonly waiting: string[] = [];
  private readonly folders = new Set<string>();
  /** The first failure of a rendered file's write (`rendered`). */
  private failure: unknown;
  /** Errors its own file-system calls threw: a build reports those as unwritable output. */
  private readonly thrown = new WeakSet<object>();
  /** For the interruption tests: slow the write phase down and say when it starts. */
  private readonly pause = Number(process.env.WAYMARK_TEST_WRITE_PAUSE_MS) || 0;

  constructor(private readonly out: string) {
    this.next = siblings(out).next;
  }

  /** A file of the current output kept as it is (checked already): linked, not copied. */
  async keep(file: string): Promise<void> {
    if (this.started) await this.place(file, (path) => linkSync(join(this.out, file), path));
    else this.waiting.push(file);
  }

  /** A file written now. */
  async write(file: OutputFile): Promise<void> {
    await this.start();
    await this.place(file.file, (path) => createFreshSync(path, file));
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
    if (!this.started && !plan.always) return false;
    const { old } = siblings(this.out);
    let moved = false;
    try {
      await this.start();
      for (const file of plan.keep) await this.keep(file);
      const manifest = { pieces: plan.manifest };
      await this.place(`${CACHE_DIR}/${CACHE_FILE}`, (path) => createFreshSync(path, manifest));
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
    // `rm` removes links themselves, never what they point to; the old tree had none anyway.
    if (moved) await rm(old, { recursive: true, force: true });
    return true;
  }

  /** True when `error` came from writing the tree, not from what was being written. */
  threw(error: unknown): boolean {
    return typeof error === "object" && error !== null && this.thrown.has(error);
  }

  /** Removes the tree made so far: the build failed, and the output stays as it was. */
  async abandon(): Promise<void> {
    if (this.started) await rm(this.next, { recursive: true, force: true }).catch(() => {});
  }

  /** Makes the tree from nothing (`mkdir` fails if anything is there already). */
  private async start(): Promise<void> {
    if (this.started) return;
    this.noted(() => mkdirSync(this.next));
    this.started = true;
    if (this.pause) process.stderr.write("waymark: writing\n");
    for (const file of this.waiting.splice(0)) await this.keep(file);
  }

  /**
   * Creates `file` in the tree with `make`, and the folders on its way. Synchronous calls: a build
   * writes thousands of small files and has nothing else to do meanwhile.
   */
  private async place(file: string, make: (path: string) => void): Promise<void> {
    if (!isNormalRelative(file)) throw new Error(`not a path inside the site: ${file}`);
    const parts = file.split("/");
    for (let i = 1; i < parts.length; i++) {
      const dir = parts.slice(0, i).join("/");
      if (this.folders.has(dir)) continue;
      this.noted(() => mkdirSync(join(this.next, dir)));
      this.folders.add(dir);
    }
    this.noted(() => make(join(this.next, ...parts)));
    if (this.pause) await sleep(this.pause);
  }

  private noted(call: () => void): void {
    try {
      call();
    } catch (error) {
      if (typeof error === "object" && error !== null) this.thrown.add(error);
      throw error;
    }
  }
}
