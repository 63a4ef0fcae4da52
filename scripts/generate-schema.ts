// Writes schema/*.json from the zod schemas of the native format (npm run schema).
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { generateJsonSchemas } from "../src/model/json-schema.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const outDir = join(root, "schema");

await mkdir(outDir, { recursive: true });
for (const [file, text] of generateJsonSchemas()) {
  const path = join(outDir, file);
  await writeFile(path, text);
  process.stdout.write(`wrote ${relative(root, path)}\n`);
}
