#!/usr/bin/env node
// In a checkout (src/ beside bin/) the TypeScript sources run through tsx, so a stale dist/ left
// by an earlier build is never what runs. The installed package ships no src/, only the bundle
// dist/waymark.js (with its chunks) that `prepack` built, and needs no tsx.
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
  // The installed package: the bundle (an entry and the chunks each command loads), with its
  // dependencies inside (but three).
  const bundle = join(root, "dist", "waymark.js");
  if (!existsSync(bundle)) {
    console.error(`waymark: ${bundle} is missing: run \`npm run build\` in the checkout it came from.`);
    process.exit(1);
  }
  await import(pathToFileURL(bundle).href);
}
