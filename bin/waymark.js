#!/usr/bin/env node
// In a checkout (src/ beside bin/) the TypeScript sources run through tsx, so a stale dist/ left
// by an earlier build is never what runs. The installed package ships no src/, only the dist/
// that `prepack` built (the one-file bundle dist/waymark.js, and the compiled modules), and needs
// no tsx.
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const sources = join(root, "src", "cli", "main.ts");
if (existsSync(sources)) {
  const tsx = await import("tsx/esm/api").catch(() => undefined);
  if (!tsx) {
    console.error(
      `waymark: the sources in ${root} need the dev dependencies: run \`npm install\` there.`,
    );
    process.exit(1);
  }
  // tsx would otherwise read the tsconfig of the folder the command runs in, and miss our JSX setting.
  const tsconfig = join(root, "tsconfig.json");
  tsx.register({ tsconfig: existsSync(tsconfig) ? tsconfig : false });
  await import(pathToFileURL(sources).href);
} else {
  // The one-file bundle starts fastest; the compiled modules remain for a build made without it.
  const bundle = join(root, "dist", "waymark.js");
  await import(pathToFileURL(existsSync(bundle) ? bundle : join(root, "dist", "cli", "main.js")).href);
}
