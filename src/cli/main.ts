import { Command, CommanderError } from "commander";
import { internalError } from "./messages.js";

type Register = (program: Command) => void;

/**
 * Each command's module, loaded only when it runs: a command brings the code it needs and no
 * other (the bundle splits along these imports), so `check` starts without the site, the dev
 * server, the GitHub client or the SQLite cache. In the order `--help` lists them.
 */
const COMMANDS: Record<string, () => Promise<Register>> = {
  check: async () => (await import("./commands/check.js")).registerCheck,
  status: async () => (await import("./commands/status.js")).registerStatus,
  init: async () => (await import("./commands/init.js")).registerInit,
  new: async () => (await import("./commands/new.js")).registerNew,
  import: async () => (await import("./commands/import.js")).registerImport,
  build: async () => (await import("./commands/build.js")).registerBuild,
  serve: async () => (await import("./commands/serve.js")).registerServe,
  sync: async () => (await import("./commands/sync.js")).registerSync,
  slate: async () => (await import("./commands/slate.js")).registerSlate,
  issues: async () => (await import("./commands/issues.js")).registerIssues,
  triage: async () => (await import("./commands/triage.js")).registerTriage,
  calendar: async () => (await import("./commands/calendar.js")).registerCalendar,
  agenda: async () => (await import("./commands/agenda.js")).registerAgenda,
  updates: async () => (await import("./commands/updates.js")).registerUpdates,
  remind: async () => (await import("./commands/remind.js")).registerRemind,
};

const VERSION_FLAGS = new Set(["-V", "--version"]);

/**
 * The thin CLI: commands parse options, call the pipeline, and print. Given the arguments, only
 * the command they name is made (none for `--version`); anything else (help, no command, an
 * unknown one, which commander answers with the closest name) gets them all.
 */
export async function createProgram(argv: readonly string[] = []): Promise<Command> {
  const program = new Command("waymark")
    .description("Roadmap-as-code for open-source working groups.")
    .version("0.1.0")
    .exitOverride()
    .showHelpAfterError();
  const first = argv[0] ?? "";
  const names = Object.hasOwn(COMMANDS, first)
    ? [first]
    : VERSION_FLAGS.has(first)
      ? []
      : Object.keys(COMMANDS);
  const registers = await Promise.all(names.map((name) => COMMANDS[name]!()));
  for (const register of registers) register(program);
  return program;
}

export async function main(argv: string[]): Promise<number> {
  try {
    const program = await createProgram(argv);
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
