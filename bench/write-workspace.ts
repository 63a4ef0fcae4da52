import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { generateWorkspace, type WorkspaceShape } from "./generate-workspace.js";

export interface WrittenWorkspace {
  dir: string;
  files: Map<string, string>;
  /** "1000 goals, 2000 initiatives, 120 stories: 3127 files, 2 MiB" */
  summary: string;
}

const MiB = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;

/** Writes a generated workspace (generate-workspace.ts, which stays pure) into a fresh temp folder. */
export async function writeGeneratedWorkspace(shape: WorkspaceShape): Promise<WrittenWorkspace> {
  const files = generateWorkspace(shape);
  const dir = await mkdtemp(join(tmpdir(), "waymark-bench-"));
  let bytes = 0;
  for (const [path, text] of files) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), text);
    bytes += Buffer.byteLength(text);
  }
  const summary =
    `${shape.goals} goals, ${shape.goals * shape.initiatives} initiatives, ` +
    `${shape.stories} stories: ${files.size} files, ${MiB(bytes)}`;
  return { dir, files, summary };
}
