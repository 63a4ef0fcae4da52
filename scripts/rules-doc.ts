// Writes docs/rules.md from the rule catalogue (npm run docs:rules); a test keeps it current.
import { writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { renderRulesDoc } from "../src/check/rules-doc.js";

const path = join(dirname(fileURLToPath(import.meta.url)), "..", "docs", "rules.md");
await writeFile(path, renderRulesDoc());
process.stdout.write("wrote docs/rules.md\n");
