import { Command, CommanderError } from "commander";
import { registerAgenda } from "./commands/agenda.js";
import { registerBuild } from "./commands/build.js";
import { registerCalendar } from "./commands/calendar.js";
import { registerCheck } from "./commands/check.js";
import { registerImport } from "./commands/import.js";
import { registerInit } from "./commands/init.js";
import { registerIssues } from "./commands/issues.js";
import { registerNew } from "./commands/new.js";
import { registerRemind } from "./commands/remind.js";
import { registerServe } from "./commands/serve.js";
import { registerSlate } from "./commands/slate.js";
import { registerStatus } from "./commands/status.js";
import { registerSync } from "./commands/sync.js";
import { registerTriage } from "./commands/triage.js";
import { registerUpdates } from "./commands/updates.js";
import { internalError } from "./messages.js";

/** The thin CLI: commands parse options, call the pipeline, and print. */
export function createProgram(): Command {
  const program = new Command("waymark")
    .description("Roadmap-as-code for open-source working groups.")
    .version("0.1.0")
    .exitOverride()
    .showHelpAfterError();
  registerCheck(program);
  registerStatus(program);
  registerInit(program);
  registerNew(program);
  registerImport(program);
  registerBuild(program);
  registerServe(program);
  registerSync(program);
  registerSlate(program);
  registerIssues(program);
  registerTriage(program);
  registerCalendar(program);
  registerAgenda(program);
  registerUpdates(program);
  registerRemind(program);
  return program;
}

export async function main(argv: string[]): Promise<number> {
  const program = createProgram();
  try {
    await program.parseAsync(argv, { from: "user" });
    return process.exitCode === undefined ? 0 : Number(process.exitCode);
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    process.stderr.write(internalError(error));
    return 70;
  }
}

const isEntry = process.argv[1] && /(waymark(\.js)?|main\.[jt]s)$/.test(process.argv[1]);
if (isEntry) {
  process.exitCode = await main(process.argv.slice(2));
}
