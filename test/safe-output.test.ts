import { createHash } from "node:crypto";
import {
  lstat,
  mkdir,
  readdir,
  readFile,
  readlink,
  rm,
  symlink,
  writeFile,
} from "node:fs/promises";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { planInit } from "../src/create/plan-init.js";
import { COPIED_TYPES } from "../src/model/copied-files.js";
import { buildSite } from "../src/publish/site/build-site.js";
import { CACHE_DIR, CACHE_FILE } from "../src/publish/site/cache-paths.js";
import { writeSite } from "../src/publish/site/write-site.js";
import { contentType } from "../src/render/site/site-paths.js";
import { runWaymark } from "./helpers/run-waymark.js";
import { testdir } from "./helpers/testdir.js";

const DATE = "2026-03-01";

/**
 * A playground: `ws/` a small workspace whose goal links `notes.txt`, and `home/` the files an
 * attacker would like to overwrite or delete, beside it. Everything but `ws/_site` is watched.
 */
async function playground(): Promise<{ root: string; ws: string; home: string; out: string }> {
  const files: Record<string, string> = {};
  for (const f of planInit({ name: "Safe", today: new Date(DATE) })) files[`ws/${f.path}`] = f.text;
  const goal = Object.keys(files).find((p) => /^ws\/goals\/[^/]+\.md$/.test(p))!;
  files[goal] += "\nSee [the notes](notes.txt).\n";
  files["ws/goals/notes.txt"] = "notes\n";
  files["home/.gitconfig"] = "[core]\n\tfsmonitor = false\n";
  files["home/keep/index.html"] = "<p>not ours</p>\n";
  const root = await testdir(files);
  const ws = join(root, "ws");
  return { root, ws, home: join(root, "home"), out: join(ws, "_site") };
}

/** A digest of everything under `dir` (not following links), `skip` left out: names, kinds, bytes, link targets. */
async function snapshot(dir: string, skip?: string): Promise<string> {
  const hash = createHash("sha256");
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const paths = entries.map((e) => join(e.parentPath, e.name)).sort();
  for (const path of paths) {
    if (skip && (path === skip || path.startsWith(`${skip}/`))) continue;
    const info = await lstat(path);
    hash.update(`${path}\0${info.mode}\0`);
    if (info.isSymbolicLink()) hash.update(await readlink(path));
    else if (info.isFile()) hash.update(await readFile(path));
  }
  return hash.digest("hex");
}

const build = (ws: string, out: string, force?: boolean) =>
  buildSite({ dir: ws, out, date: DATE, force });

const ruleIds = (result: Awaited<ReturnType<typeof build>>) =>
  result.diagnostics.filter((d) => d.severity === "error").map((d) => d.ruleId);

describe("the site build writes only inside its output folder", () => {
  it("builds, and copies the linked text file", async () => {
    const { ws, out } = await playground();
    const result = await build(ws, out);
    expect(result.ok).toBe(true);
    expect(await readFile(join(out, "files/goals/notes.txt"), "utf8")).toBe("notes\n");
  });

  it("refuses an output folder that is a symlink, changing nothing", async () => {
    const { root, ws, home, out } = await playground();
    await symlink(home, out);
    const before = await snapshot(root);
    const result = await build(ws, out, true);
    expect(result.ok).toBe(false);
    expect(ruleIds(result)).toEqual(["unsafe-output"]);
    expect(await snapshot(root)).toBe(before);
  });

  it("refuses a symlinked folder between the workspace and the output folder", async () => {
    const { root, ws, home } = await playground();
    await symlink(home, join(ws, "build"));
    const before = await snapshot(root);
    const result = await build(ws, join(ws, "build", "site"), true);
    expect(ruleIds(result)).toEqual(["unsafe-output"]);
    expect(await snapshot(root)).toBe(before);
  });

  it("refuses a symlinked file or folder anywhere under the output folder (the committed-_site attack)", async () => {
    for (const plant of [
      // _site/files/goals/notes.txt -> ../../../../home/.gitconfig, and the page links notes.txt
      async (out: string, home: string) => {
        await mkdir(join(out, "files/goals"), { recursive: true });
        await symlink(join(home, ".gitconfig"), join(out, "files/goals/notes.txt"));
      },
      async (out: string, home: string) => symlink(home, join(out, "goals")),
      async (out: string, home: string) => symlink(home, join(out, CACHE_DIR)),
    ]) {
      const { root, ws, home, out } = await playground();
      expect((await build(ws, out)).ok).toBe(true);
      await rm(join(out, "goals"), { recursive: true });
      await rm(join(out, "files"), { recursive: true });
      await rm(join(out, CACHE_DIR), { recursive: true });
      await plant(out, home);
      const before = await snapshot(root);
      for (const force of [false, true]) {
        const result = await build(ws, out, force);
        expect(ruleIds(result)).toEqual(["unsafe-output"]);
        expect(await snapshot(root)).toBe(before);
      }
    }
  });

  it("never trusts a forged manifest: it neither deletes nor writes outside, and is refused without --force", async () => {
    const { root, ws, home, out } = await playground();
    expect((await build(ws, out)).ok).toBe(true);
    const manifest = join(out, CACHE_DIR, CACHE_FILE);
    const routes: Record<string, object> = {};
    for (const path of [
      "/../../home/.gitconfig",
      "/../home/keep/",
      "/goals/../../../home/keep/index.html",
      "/nope/",
    ])
      routes[path] = { key: "k", out: "o" };
    const forgeries = [
      JSON.stringify({ format: 1, routes }),
      JSON.stringify({ format: 2, mac: "0".repeat(64), routes }),
      (await readFile(manifest, "utf8")).replace(
        /"routes":\{/,
        `"routes":{"/../../home/.gitconfig":{"key":"k","out":"o"},`,
      ),
    ];
    const outside = () => snapshot(root, out);
    const before = await outside();
    for (const forged of forgeries) {
      await writeFile(manifest, forged);
      const refused = await build(ws, out);
      expect(ruleIds(refused)).toEqual(["foreign-output"]);
      expect(await outside()).toBe(before);
      const forced = await build(ws, out, true);
      expect(forced.ok).toBe(true);
      expect(await outside()).toBe(before);
      expect(await readFile(join(out, "files/goals/notes.txt"), "utf8")).toBe("notes\n");
    }
    expect(await readFile(join(home, ".gitconfig"), "utf8")).toContain("fsmonitor = false");
  });

  it("refuses a non-empty folder that is not a Waymark site unless --force, then keeps its other files", async () => {
    const { ws, home } = await playground();
    const out = join(home, "keep");
    const refused = await build(ws, out);
    expect(ruleIds(refused)).toEqual(["foreign-output"]);
    expect(await readdir(out)).toEqual(["index.html"]);
    await writeFile(join(out, "CNAME"), "roadmap.example.org\n");
    const forced = await build(ws, out, true);
    expect(forced.ok).toBe(true);
    expect(await readFile(join(out, "CNAME"), "utf8")).toBe("roadmap.example.org\n");
    expect(await readFile(join(out, "index.html"), "utf8")).toContain("<!doctype html>");
    // Built once, it is ours: no --force needed again, and the file it does not have stays.
    expect((await build(ws, out)).ok).toBe(true);
    expect(await readFile(join(out, "CNAME"), "utf8")).toBe("roadmap.example.org\n");
  });

  it("refuses the workspace itself or a folder that holds it, even with --force", async () => {
    const { root, ws } = await playground();
    const before = await snapshot(root);
    for (const out of [ws, root, join(ws, "..", "ws")]) {
      const result = await build(ws, out, true);
      expect(ruleIds(result)).toEqual(["unsafe-output"]);
    }
    expect(await snapshot(root)).toBe(before);
  });

  it("writes again a reused file that was emptied or changed since", async () => {
    const { ws, out } = await playground();
    expect((await build(ws, out)).ok).toBe(true);
    const good = await readFile(join(out, "index.html"));
    await writeFile(join(out, "index.html"), "");
    await writeFile(join(out, "files/goals/notes.txt"), "tampered");
    const again = await build(ws, out);
    expect(again.stats.written).toBe(2);
    expect(await readFile(join(out, "index.html"))).toEqual(good);
    expect(await readFile(join(out, "files/goals/notes.txt"), "utf8")).toBe("notes\n");
  });

  it("says why on the command line: file, rule id, hint, exit 1; --force builds", async () => {
    const { ws, home } = await playground();
    const out = join(home, "keep");
    const refused = await runWaymark("build", ws, "--out", out, "--date", DATE);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`${out}:1:1: error: Unexpected files in the output folder`);
    expect(refused.stderr).toContain("[foreign-output]");
    expect(refused.stderr).toContain("--force");
    const forced = await runWaymark("build", ws, "--out", out, "--date", DATE, "--force");
    expect(forced.code).toBe(0);
  });
});

/** Kinds a browser may run as a page of the site's origin, or that servers treat as code. */
const REFUSED = [
  "svg",
  "svgz",
  "htm",
  "xhtml",
  "xht",
  "xml",
  "xsd",
  "xsl",
  "xslt",
  "rng",
  "shtml",
  "phtml",
  "php",
  "js",
  "mjs",
  "cjs",
  "wasm",
  "swf",
  "mht",
  "exe",
  "sh",
];

describe("files a page links to", () => {
  it("copies each allowed kind, served with its own type, and no other kind", async () => {
    const { ws, out } = await playground();
    const kinds = [...Object.keys(COPIED_TYPES), ...REFUSED];
    const goal = join(ws, "goals", "publish-the-roadmap.md");
    const links = kinds.map((ext) => `[file.${ext}](file.${ext})`).join(" ");
    await writeFile(goal, `${await readFile(goal, "utf8")}\n${links}\n`);
    for (const ext of kinds)
      await writeFile(join(ws, "goals", `file.${ext}`), `<script>alert("${ext}")</script>\n`);
    const result = await build(ws, out);
    expect(ruleIds(result)).toEqual([]);
    const page = await readFile(join(out, "goals/publish-the-roadmap/index.html"), "utf8");
    for (const [ext, type] of Object.entries(COPIED_TYPES)) {
      expect(await readFile(join(out, `files/goals/file.${ext}`), "utf8"), ext).toContain("alert");
      expect(contentType(`/files/goals/file.${ext}`)).toBe(type);
      expect(page).toContain(`href="/files/goals/file.${ext}"`);
    }
    const warned = result.diagnostics.filter((d) => d.ruleId === "uncopied-file");
    expect(warned.map((d) => d.severity)).toEqual(REFUSED.map(() => "warning"));
    for (const ext of REFUSED) {
      await expect(lstat(join(out, `files/goals/file.${ext}`)), ext).rejects.toThrow();
      expect(page).not.toContain(`file.${ext}"`);
      expect(page).toContain(`file.${ext}`); // the link's text stays
      expect(contentType(`/files/goals/file.${ext}`)).toBe("application/octet-stream");
      expect(
        warned.some((d) => d.message.includes(`goals/file.${ext}\``)),
        ext,
      ).toBe(true);
    }
  });
});

describe("import --force", () => {
  it("refuses a destination that is or holds a symlink, changing nothing outside it", async () => {
    for (const plant of [
      (dest: string, home: string) => symlink(home, dest),
      async (dest: string, home: string) => {
        await mkdir(dest);
        await symlink(join(home, ".gitconfig"), join(dest, "waymark.yaml"));
      },
      async (dest: string, home: string) => {
        await mkdir(dest);
        await symlink(home, join(dest, "goals"));
      },
    ]) {
      const { root, ws, home } = await playground();
      const dest = join(root, "dest");
      await plant(dest, home);
      const before = await snapshot(root);
      const run = await runWaymark("import", ws, dest, "--force");
      expect(run.code).toBe(1);
      expect(run.stderr).toContain("symlink");
      expect(await snapshot(root)).toBe(before);
    }
  });

  it("writes into a non-empty folder with --force, replacing same-named files and keeping others", async () => {
    const { root, ws } = await playground();
    const dest = join(root, "dest");
    await mkdir(dest);
    await writeFile(join(dest, "waymark.yaml"), "old");
    await writeFile(join(dest, "KEEP"), "mine");
    const run = await runWaymark("import", ws, dest, "--force");
    expect(run.stderr).toBe("");
    expect(await readFile(join(dest, "waymark.yaml"), "utf8")).not.toBe("old");
    expect(await readFile(join(dest, "KEEP"), "utf8")).toBe("mine");
    expect(await readFile(join(dest, "goals/notes.txt"), "utf8")).toBe("notes\n");
  });
});

describe("a write that fails", () => {
  it.runIf(process.platform === "linux")(
    "is an unwritable-output diagnostic, not a stack trace",
    async () => {
      const { ws } = await playground();
      const result = await build(ws, "/proc/waymark-site");
      expect(ruleIds(result)).toEqual(["unwritable-output"]);
      expect(result.diagnostics.at(-1)?.message).toMatch(/^Unexpected E[A-Z]+ from /);
    },
  );

  it("leaves the previous site and no new tree behind", async () => {
    const { ws, out } = await playground();
    expect((await build(ws, out)).ok).toBe(true);
    const before = await snapshot(dirname(out));
    const plan = { write: [], keep: ["index.html", "no-such-file.html"], manifest: ["{}"] };
    await expect(writeSite(out, plan)).rejects.toThrow(/ENOENT/);
    expect(await snapshot(dirname(out))).toBe(before);
  });
});
