import type { Command } from "commander";
import { Option } from "commander";
import {
  formatGithub,
  formatHuman,
  formatJson,
  type OutputFormat,
  summarize,
} from "../../diagnostics/format.js";
import type { LayoutName } from "../../model/types.js";
import { LAYOUTS } from "../../model/types.js";
import { runPipeline } from "../../pipeline/run-pipeline.js";
import { checkSummary } from "../messages.js";
import { workspaceFolder } from "./open-for-command.js";

export const layoutOption = () =>
  new Option("--layout <layout>", "read the folder as this layout instead of detecting it").choices(
    [...LAYOUTS],
  );

/** `--no-cache`: parse every file, neither reading nor writing the parse pack in .waymark/. */
export const noCacheOption = () =>
  new Option("--no-cache", "parse every file, without the .waymark/ parse cache");

/** `--config <file>`: a waymark.yaml kept outside the folder, filling in what its layout lacks. */
export const configOption = () =>
  new Option("--config <file>", "use this waymark.yaml (people, teams, triage) for the folder");

export function registerCheck(program: Command): void {
  program
    .command("check")
    .description("check a workspace and report every problem with file:line:col")
    .argument("[dir]", "workspace folder", ".")
    .addOption(
      new Option("--format <format>", "output format")
        .choices(["human", "json", "github"])
        .default("human"),
    )
    .option("--strict", "treat warnings as errors")
    .addOption(layoutOption())
    .addOption(configOption())
    .addOption(noCacheOption())
    .action(
      async (
        dir: string,
        opts: {
          format: OutputFormat;
          strict?: boolean;
          layout?: LayoutName;
          config?: string;
          cache: boolean;
        },
      ) => {
        const { workspace, diagnostics } = await runPipeline(workspaceFolder(dir, opts), {
          layout: opts.layout,
          config: opts.config,
          cache: opts.cache,
          strict: opts.strict,
        });
        const out = process.stdout;
        if (opts.format === "json") out.write(formatJson(diagnostics));
        else if (opts.format === "github")
          for (const d of diagnostics) out.write(`${formatGithub(d)}\n`);
        else {
          for (const d of diagnostics) out.write(`${formatHuman(d, out.isTTY)}\n`);
          process.stderr.write(checkSummary(summarize(diagnostics), workspace.documents.length));
        }
        if (diagnostics.some((d) => d.severity === "error")) process.exitCode = 1;
      },
    );
}
