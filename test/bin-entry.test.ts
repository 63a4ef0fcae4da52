import { execFile } from "node:child_process";
import { readFile, rm, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { BIN } from "./helpers/compiled-cli.js";
import { testdir } from "./helpers/testdir.js";

/** A package laid out as bin/waymark.js expects, whose entry points say which of them ran. */
async function layout(files: Record<string, string>): Promise<string> {
  const dir = await testdir({
    "package.json": '{ "type": "module" }\n',
    "bin/waymark.js": await readFile(BIN, "utf8"),
    ...files,
  });
  // tsx, for the sources, from this checkout's dependencies.
  await symlink(join(import.meta.dirname, "..", "node_modules"), join(dir, "node_modules"));
  return dir;
}

const run = async (dir: string, cwd?: string) =>
  (await promisify(execFile)(process.execPath, [join(dir, "bin", "waymark.js")], { cwd })).stdout;

const SOURCES = { "src/cli/main.ts": 'const from: string = "sources";\nconsole.log(from);\n' };
const DIST = { "dist/waymark.js": 'console.log("bundle");\n' };

describe("bin/waymark.js", { timeout: 60_000 }, () => {
  it("runs the sources in a checkout, even beside a (possibly stale) dist/", async () => {
    expect(await run(await layout({ ...SOURCES, ...DIST }))).toBe("sources\n");
  });

  it("compiles the sources with the checkout's tsconfig, whatever folder it runs from", async () => {
    // Without it, tsx reads the tsconfig of the working folder and compiles JSX for React.
    const dir = await layout({
      "tsconfig.json":
        '{ "compilerOptions": { "jsx": "react-jsx", "jsxImportSource": "preact" } }\n',
      "src/cli/main.ts": 'import { line } from "./line.js";\nconsole.log(line);\n',
      "src/cli/line.tsx":
        'import { renderToString } from "preact-render-to-string";\nexport const line = renderToString(<b>jsx</b>);\n',
    });
    expect(await run(dir, tmpdir())).toBe("<b>jsx</b>\n");
  });

  it("says in one line, without a stack, that a checkout without tsx needs npm install", async () => {
    const dir = await layout({ ...SOURCES, ...DIST });
    await rm(join(dir, "node_modules"));
    const failed = await run(dir).catch((e: { code: number; stderr: string }) => e);
    expect(failed).toMatchObject({ code: 1 });
    expect((failed as { stderr: string }).stderr).toBe(
      `waymark: the sources in ${dir} need the dev dependencies: run \`npm install\` there.\n`,
    );
  });

  it("runs the one-file bundle where there are no sources, as in the installed package", async () => {
    const dir = await layout({ ...SOURCES, ...DIST });
    await rm(join(dir, "src"), { recursive: true });
    await rm(join(dir, "node_modules"));
    expect(await run(dir)).toBe("bundle\n");
  });

  it("says in one line, without a stack, that a package without its bundle must be built", async () => {
    const dir = await layout({ "dist/cli/main.js": 'console.log("compiled");\n' });
    await rm(join(dir, "node_modules"));
    const failed = await run(dir).catch((e: { code: number; stderr: string }) => e);
    expect(failed).toMatchObject({ code: 1 });
    expect((failed as { stderr: string }).stderr).toBe(
      `waymark: ${join(dir, "dist", "waymark.js")} is missing: run \`npm run build\` in the checkout it came from.\n`,
    );
  });
});
