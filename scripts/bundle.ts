// Bundles the CLI and its dependencies into dist/waymark.js and the chunks beside it that each
// command loads when it runs (npm run bundle; part of npm run build): a few modules to compile
// instead of some 900, so a command starts in a third of the time, and only the code it needs
// (`check` reads 1.9 of the 4.5 MB: `check` of the example went from 0.35 to 0.24 s). Left out,
// and loaded from node_modules: better-sqlite3 (native code) and the time zone data, which its
// package reads from files beside it; the site's search library is read from its package too
// (search-library.ts). Those three are the package's only runtime dependencies: the rest are dev
// dependencies, bundled. Beside it go the workers' own bundles, dist/parse-worker.js
// (src/load/parse-ahead.ts) and dist/write-worker.js (src/publish/site/thread-writer.ts). yaml's
// debug switches are fixed off (constant-debug-switches.ts). Usage: tsx scripts/bundle.ts [out]
import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rm } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { type BuildOptions, build } from "esbuild";
import { listFiles } from "../src/load/list-files.js";
import { constantDebugSwitches } from "./constant-debug-switches.js";

const ROOT = join(import.meta.dirname, "..");
const out = resolve(process.argv[2] ?? join(ROOT, "dist", "waymark.js"));

/**
 * The digest of every source file, in path order, and of the lockfile (the exact versions of the
 * dependencies bundled, the parsers among them): the bundle's code version for its caches.
 */
async function sourceDigest(): Promise<string> {
  const hash = createHash("sha256");
  hash.update(await readFile(join(ROOT, "package-lock.json")));
  const files = (await listFiles(join(ROOT, "src")))
    .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f))
    .sort();
  for (const file of files)
    hash.update(`${file}\0`).update(await readFile(join(ROOT, "src", file)));
  return hash.digest("hex");
}

const options = {
  bundle: true,
  external: ["better-sqlite3", "@touch4it/ical-timezones"],
  // The CommonJS dependencies call require(), which an ES module has only when given one.
  banner: {
    js: 'import { createRequire as waymarkRequire } from "node:module";\nconst require = waymarkRequire(import.meta.url);',
  },
  format: "esm",
  platform: "node",
  target: "node20",
  jsx: "automatic",
  jsxImportSource: "preact",
  define: { __WAYMARK_SOURCE_DIGEST__: JSON.stringify(await sourceDigest()) },
  plugins: [constantDebugSwitches],
  logLevel: "warning",
} satisfies BuildOptions;
// The CLI splits along main.ts's command imports: the entry, and chunks beside it that a command
// loads when it runs (named after the entry, so the chunks of an earlier bundle are found and
// removed first). Beside it, not in a folder: each chunk finds the workers by its own URL.
const name = basename(out, ".js");
const chunk = new RegExp(`^${name}-[A-Z0-9]{8}\\.js$`);
await mkdir(dirname(out), { recursive: true });
for (const file of await readdir(dirname(out)))
  if (chunk.test(file)) await rm(join(dirname(out), file));
const cli = await build({
  ...options,
  entryPoints: { [name]: join(ROOT, "src", "cli", "main.ts") },
  outdir: dirname(out),
  splitting: true,
  chunkNames: `${name}-[hash]`,
  metafile: true,
});
// The workers start from files beside the CLI's: each its own bundle, holding what it runs alone,
// loads faster than the CLI's whole.
const WORKERS = ["src/load/parse-worker.ts", "src/publish/site/write-worker.ts"];
const bundled = await Promise.all(
  WORKERS.map(async (source) => {
    const outfile = join(dirname(out), `${basename(source, ".ts")}.js`);
    await build({ ...options, entryPoints: [join(ROOT, source)], outfile });
    return outfile;
  }),
);
const chunks = Object.keys(cli.metafile.outputs).filter((o) => chunk.test(basename(o))).length;
console.log(`bundled ${[out, ...bundled].join(", ")} (and ${chunks} chunks of the CLI)`);
