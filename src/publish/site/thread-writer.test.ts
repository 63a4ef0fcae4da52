import { existsSync } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { testdir } from "../../../test/helpers/testdir.js";
import { TextPool } from "../../render/site/links/page-links.js";
import { siblings } from "./output-folder.js";
import { ThreadWriter } from "./thread-writer.js";
import { type SiteWriter, siteWriter, WRITE_THREAD_VARIABLE } from "./write-site.js";
import { TreeWriter } from "./write-tree.js";

/** An output folder holding a site of two pages, beside nothing else. */
async function site(): Promise<string> {
  const root = await testdir({ "out/index.html": "old home", "out/a/index.html": "old a" });
  return join(root, "out");
}

/** Every file under `dir` with its text, and which of them share an inode. */
async function contents(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const e of await readdir(dir, { recursive: true, withFileTypes: true }))
    if (e.isFile()) {
      const path = join(e.parentPath, e.name);
      files[path.slice(dir.length + 1)] = await readFile(path, "utf8");
    }
  return files;
}

const PAGE = (n: number) =>
  `<!doctype html><title>${n}</title><a href="/a/">a</a><a href="/b/${n}/" id="x${n}">b</a><img src="/i.png">`;

/** The same calls, as a build makes them: keeps, pages, a feed, a copied file, the manifest. */
async function build(writer: SiteWriter, out: string, asset: string) {
  const texts = new TextPool();
  const made = [];
  await writer.keep("a/index.html");
  for (let n = 0; n < 40; n++) {
    await writer.room();
    // Every fourth page's links come collected by its render: those are taken, not read.
    const collected = n % 4 === 2 ? { links: ["/a/", `/c/${n}/`], ids: [] } : undefined;
    made.push(writer.rendered(`p/${n}/index.html`, PAGE(n), texts, collected));
  }
  made.push(writer.rendered("feed.xml", "<feed>é</feed>", texts, undefined));
  await writer.write({ file: "index.html", bytes: Buffer.from("new home") });
  await writer.write({ file: "asset.txt", copyOf: asset });
  const written = await Promise.all(made);
  const swapped = await writer.finish({ keep: [], manifest: ["{", "}"], always: false });
  return { written, swapped, kept: (await stat(join(out, "a/index.html"))).ino };
}

describe("ThreadWriter", () => {
  afterEach(() => {
    delete process.env[WRITE_THREAD_VARIABLE];
  });

  it("writes, digests and reads links as a TreeWriter does, and keeps files by link", async () => {
    const asset = join(await testdir({ "asset.txt": "copied" }), "asset.txt");
    const [here, there] = [await site(), await site()];
    const keptHere = (await stat(join(here, "a/index.html"))).ino;
    const keptThere = (await stat(join(there, "a/index.html"))).ino;
    const local = await build(new TreeWriter(here), here, asset);
    const threaded = ThreadWriter.start(there);
    expect(threaded).toBeInstanceOf(ThreadWriter);
    const remote = await build(threaded!, there, asset);
    expect(remote.written).toEqual(local.written);
    expect(remote.written[3]!.page).toEqual({
      links: ["/a/", "/b/3/", "/i.png"],
      ids: ["x3"],
    });
    expect(remote.written[6]!.page).toEqual({ links: ["/a/", "/c/6/"], ids: [] });
    expect(Object.is(remote.written[6]!.page!.links[0], remote.written[3]!.page!.links[0])).toBe(
      true,
    );
    expect(remote.written.at(-1)!.page).toBeUndefined();
    // Links every page has are one string, as TextPool shares them.
    const first = remote.written[0]!.page!.links[0];
    expect(Object.is(first, remote.written[1]!.page!.links[0])).toBe(true);
    expect(remote.swapped).toBe(true);
    expect(await contents(there)).toEqual(await contents(here));
    expect([local.kept, remote.kept]).toEqual([keptHere, keptThere]);
    expect(existsSync(siblings(there).next) || existsSync(siblings(there).old)).toBe(false);
  });

  it("passes the spare setting on: keeps the old tree, and brings it up to date next time", async () => {
    const out = await site();
    const { spare } = siblings(out);
    for (const [i, text] of ["home 2", "home 3"].entries()) {
      const writer = ThreadWriter.start(out, { spare: true })!;
      await writer.keep("a/index.html");
      await writer.write({ file: "index.html", bytes: Buffer.from(text) });
      const taken = existsSync(spare) && (await stat(spare)).ino;
      expect(taken !== false).toBe(i === 1);
      expect(await writer.finish({ keep: [], manifest: ["{}"], always: false })).toBe(true);
      if (taken) expect((await stat(out)).ino).toBe(taken);
      expect(await readFile(join(out, "index.html"), "utf8")).toBe(text);
    }
    expect(await readFile(join(spare, "index.html"), "utf8")).toBe("home 2");
    expect(Object.keys(await contents(out)).sort()).toEqual([
      ".waymark-cache/site.json",
      "a/index.html",
      "index.html",
    ]);
  });

  it("reports the tree's failure at the next answer and at room, as the tree's own, and abandons", async () => {
    const out = await site();
    const writer = ThreadWriter.start(out)!;
    await writer.write({ file: "index.html", bytes: Buffer.from("new home") });
    await writer.keep("gone.html");
    const failure = await writer
      .rendered("b.html", "<p>b</p>", new TextPool(), undefined)
      .catch((e) => e);
    expect(failure).toBeInstanceOf(Error);
    expect(failure).toMatchObject({ code: "ENOENT", syscall: "link" });
    expect(writer.threw(failure)).toBe(true);
    expect(writer.threw(new Error("a bug elsewhere"))).toBe(false);
    await expect(writer.room()).rejects.toBe(failure);
    await writer.abandon();
    expect(existsSync(siblings(out).next)).toBe(false);
    expect(await readFile(join(out, "index.html"), "utf8")).toBe("old home");
  });

  it("fails what waits when its worker dies, as a bug, and never hangs", async () => {
    const out = await site();
    const dies = new URL("data:text/javascript,process.exit(3)");
    const writer = ThreadWriter.start(out, {}, dies)!;
    const failure = await writer
      .rendered("a.html", "<p>a</p>", new TextPool(), undefined)
      .catch((e) => e);
    expect(failure).toBeInstanceOf(Error);
    expect(writer.threw(failure)).toBe(false);
    await expect(writer.finish({ keep: [], manifest: [], always: true })).rejects.toBeInstanceOf(
      Error,
    );
    await writer.abandon();
    expect(await readFile(join(out, "index.html"), "utf8")).toBe("old home");
  });

  it("is not made when its worker's file is missing (a CLI copied without it): the build writes itself", async () => {
    const missing = new URL("file:///nonexistent/write-worker.js");
    expect(ThreadWriter.start(await site(), {}, missing)).toBeUndefined();
  });

  it("is the writer for many files on two cores, or when told; never when told not to", async () => {
    const out = await site();
    const chosen = async (files: number) => {
      const writer = siteWriter(out, files);
      await writer.abandon();
      return writer.constructor.name;
    };
    expect(await chosen(10)).toBe("TreeWriter");
    process.env[WRITE_THREAD_VARIABLE] = "1";
    expect(await chosen(10)).toBe("ThreadWriter");
    process.env[WRITE_THREAD_VARIABLE] = "0";
    expect(await chosen(100_000)).toBe("TreeWriter");
  });
});
