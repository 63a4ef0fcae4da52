import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import { constantDebugSwitches } from "../scripts/constant-debug-switches.js";

const ROOT = join(import.meta.dirname, "..");

/** Bundles `contents` as a module in the repository (with or without the plugin). */
const bundle = async (contents: string, resolveDir: string, plugins = [constantDebugSwitches]) =>
  (
    await build({
      stdin: { contents, resolveDir, loader: "js" },
      bundle: true,
      write: false,
      platform: "node",
      format: "esm",
      plugins,
      logLevel: "silent",
    })
  ).outputFiles[0]!.text;

describe("the bundle's yaml debug switches", () => {
  it("fixes yaml's per-token and per-document environment lookups off", async () => {
    const entry = 'export { parseDocument } from "yaml";\n';
    expect(await bundle(entry, ROOT, [])).toContain("env.LOG_TOKENS");
    const text = await bundle(entry, ROOT);
    expect(text).not.toContain("env.LOG_TOKENS");
    expect(text).not.toContain("env.LOG_STREAM");
  });

  it("stops the bundle when yaml's code no longer reads a switch as expected", async () => {
    const root = mkdtempSync(join(tmpdir(), "switches-"));
    const dist = join(root, "node_modules", "yaml", "dist", "parse");
    mkdirSync(dist, { recursive: true });
    writeFileSync(join(dist, "parser.js"), "module.exports = process.env.OTHER;\n");
    await expect(
      bundle('import "./node_modules/yaml/dist/parse/parser.js";', root),
    ).rejects.toThrow(/no longer reads node_process\.env\.LOG_TOKENS/);
  });
});
