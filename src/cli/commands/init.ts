import { existsSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import type { Command } from "commander";
import { planInit } from "../../create/plan-init.js";
import { writeNewFiles } from "../../create/write-new-files.js";
import { filesExist, initCreated, initRefused, writeFailed } from "../messages.js";

export function registerInit(program: Command): void {
  program
    .command("init")
    .description("create a workspace: waymark.yaml and one commented sample of each file kind")
    .argument("[dir]", "folder to create it in (made if missing)", ".")
    .option("--name <name>", "the group's name (default: the folder's name)")
    .action(async (dir: string, opts: { name?: string }) => {
      const name = opts.name ?? basename(resolve(dir));
      // A .gitignore of the user's own is left alone; a new folder gets one for the caches.
      const gitignore = !existsSync(join(dir, ".gitignore"));
      const result = await writeNewFiles(dir, planInit({ name, today: new Date(), gitignore }));
      if (result.ok) {
        process.stdout.write(initCreated(dir, result.written));
        return;
      }
      process.exitCode = 1;
      if ("failed" in result) process.stderr.write(writeFailed(result.failed, result.reason));
      else if (result.existing.includes("waymark.yaml")) process.stderr.write(initRefused(dir));
      else process.stderr.write(filesExist(result.existing));
    });
}
