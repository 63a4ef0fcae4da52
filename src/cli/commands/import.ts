import type { Command } from "commander";
import { formatHuman } from "../../diagnostics/format.js";
import type { LayoutName } from "../../model/types.js";
import { runPipeline } from "../../pipeline/run-pipeline.js";
import { withNativePlaceholders } from "../../publish/native/native-placeholders.js";
import { planNativeWorkspace } from "../../publish/native/plan-native.js";
import { verifyPlan } from "../../publish/native/verify-plan.js";
import { inspectDestination, writeTree } from "../../publish/native/write-tree.js";
import { configOption, layoutOption } from "./check.js";
import { destinationRefused, imported, notLossless, sourceProblems } from "./import-messages.js";

interface ImportOptions {
  layout?: LayoutName;
  config?: string;
  force?: boolean;
}

export function registerImport(program: Command): void {
  program
    .command("import")
    .description("convert a rust-project-goals or wg-async checkout into a native workspace")
    .argument("<src>", "the folder to read, in any layout")
    .argument("<dest>", "the folder to write the native workspace into")
    .option("--force", "write into a folder that is not empty")
    .addOption(layoutOption())
    .addOption(configOption())
    .action(async (src: string, dest: string, opts: ImportOptions) => {
      const found = await inspectDestination(dest);
      const refused = found === "not-a-folder" || found === "symlink";
      if (refused || (found === "not-empty" && !opts.force)) {
        process.stderr.write(destinationRefused(dest, found));
        process.exitCode = 1;
        return;
      }
      // Only load and model errors (a model that is not whole) stop an import; rules are for `check`.
      const { workspace, diagnostics } = await runPipeline(src, { ...opts, check: false });
      const errors = diagnostics.filter((d) => d.severity === "error");
      if (errors.length) {
        for (const d of errors) process.stderr.write(`${formatHuman(d, process.stderr.isTTY)}\n`);
        process.stderr.write(sourceProblems(errors.length, src));
        process.exitCode = 1;
        return;
      }
      // The book's (((placeholders))) become the tables they stand for (native-placeholders.ts).
      const source = withNativePlaceholders(workspace);
      const files = planNativeWorkspace(source);
      const differences = verifyPlan(source, files);
      await writeTree(dest, files);
      process.stdout.write(
        imported(workspace.layout, src, dest, {
          files: files.length,
          goals: workspace.items.filter((i) => i.kind === "goal").length,
          initiatives: workspace.items.filter((i) => i.kind === "initiative").length,
          periods: workspace.periods.length,
          pages: workspace.pages.length,
        }),
      );
      if (differences.length) {
        process.stderr.write(notLossless(differences));
        process.exitCode = 1;
      }
    });
}
