import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

/** Names the folder the test run's global setup made for these folders and removes at its end. */
export const TEST_FOLDERS_VARIABLE = "WAYMARK_TEST_FOLDERS";

/** Writes an inline file tree to a fresh temporary folder (Changesets' `testdir`) and returns its path. */
export async function testdir(files: Record<string, string | Uint8Array>): Promise<string> {
  const root = await mkdtemp(join(process.env[TEST_FOLDERS_VARIABLE] ?? tmpdir(), "waymark-"));
  for (const [path, content] of Object.entries(files)) {
    const abs = join(root, path);
    await mkdir(dirname(abs), { recursive: true });
    await writeFile(abs, content);
  }
  return root;
}
