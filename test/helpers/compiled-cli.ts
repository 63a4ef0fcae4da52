import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** Where test/global-setup.ts writes the transpiled sources; inside node_modules so git and tools skip it. */
export const COMPILED_CLI_DIR = join(ROOT, "node_modules", ".cache", "waymark-test-cli");
export const COMPILED_CLI = join(COMPILED_CLI_DIR, "cli", "main.js");
export const BIN = join(ROOT, "bin", "waymark.js");
