import type { Command } from "commander";
import { closestMatch } from "../../check/closest-match.js";
import { planSlateAccept } from "../../create/plan-slate-accept.js";
import type { LayoutName } from "../../model/types.js";
import { writeInside } from "../../publish/write-inside.js";
import { renderSlateRfc } from "../../render/slate-rfc/render-slate-rfc.js";
import { findPeriod, knownPeriods } from "../../render/status/known-periods.js";
import { unknownPeriod } from "../messages.js";
import { configOption, layoutOption } from "./check.js";
import { openForCommand, workspaceFolder } from "./open-for-command.js";
import {
  acceptChanges,
  acceptSummary,
  spliceRefused,
  unknownSlateGoal,
  unknownTeam,
  writeRefused,
} from "./slate-messages.js";

interface AcceptOptions {
  apply?: boolean;
  accept?: string[];
  reject?: string[];
  layout?: LayoutName;
  config?: string;
}

/** `waymark slate`: the slate's cycle from review to acceptance (docs/slate.md). */
export function registerSlate(program: Command): Command {
  const slate = program
    .command("slate")
    .description("a period's goal slate: its RFC text, and the teams' acceptance");
  slate
    .command("accept")
    .description(
      "set each proposed goal of the slate to accepted or not-accepted, and the period to accepted",
    )
    .argument("<period>", "the period whose slate the teams decided on")
    .argument("[dir]", "workspace folder", ".")
    .option("--apply", "write the changes (without it, list them and write nothing)")
    .option("--accept <goals...>", "the goals accepted; every other proposed goal is not")
    .option("--reject <goals...>", "the goals not accepted; every other proposed goal is")
    .addOption(layoutOption())
    .addOption(configOption())
    .action(async (periodId: string, dir: string, opts: AcceptOptions) => {
      const opened = await openPeriod(periodId, dir, opts);
      if (!opened) return;
      const { workspace, files, period } = opened;
      const texts = new Map([...files.files].map(([path, f]) => [path, f.text] as const));
      const plan = planSlateAccept(workspace, texts, {
        period: period.id,
        accept: opts.accept,
        reject: opts.reject,
      });
      if (!plan.ok) {
        if (plan.problem === "unknown-goal") {
          const near = closestMatch(plan.value, plan.known);
          const hint = near
            ? `Did you mean \`${near}\`?`
            : `\`waymark status --period ${period.id} --json\` lists the slate's goal ids.`;
          process.stderr.write(unknownSlateGoal(plan.value, plan.known, hint));
        } else process.stderr.write(spliceRefused(plan.file, plan.message));
        process.exitCode = 1;
        return;
      }
      const root = workspaceFolder(dir, opts);
      if (opts.apply) {
        for (const change of plan.changes) {
          const bom = files.files.get(change.file)?.bom ? "\uFEFF" : "";
          try {
            await writeInside(root, change.file, {
              bytes: new TextEncoder().encode(bom + change.text),
            });
          } catch (error) {
            process.stderr.write(writeRefused(change.file, (error as Error).message));
            process.exitCode = 1;
            return;
          }
        }
      }
      const title = workspace.periods.find((p) => p.id === period.id)?.title ?? period.id;
      const goals = plan.changes.filter((c) => c.goal);
      process.stdout.write(acceptChanges(title, plan.changes, opts.apply === true));
      process.stdout.write(
        acceptSummary(
          {
            accepted: goals.filter((c) => c.to === "accepted").length,
            notAccepted: goals.filter((c) => c.to === "not-accepted").length,
            unchanged: plan.unchanged.length,
            files: plan.changes.length,
          },
          opts.apply === true,
          plan.notes,
        ),
      );
    });
  slate
    .command("rfc")
    .description(
      "print the RFC text of a period's slate as Markdown, or with --team one team's part",
    )
    .argument("<period>", "the period whose slate to write up")
    .argument("[dir]", "workspace folder", ".")
    .option("--team <team>", "only what this team is asked to decide on")
    .addOption(layoutOption())
    .addOption(configOption())
    .action(async (periodId: string, dir: string, opts: RfcCommandOptions) => {
      const opened = await openPeriod(periodId, dir, opts);
      if (!opened) return;
      const { workspace, period } = opened;
      if (opts.team !== undefined) {
        const teams = [
          ...new Set([
            ...workspace.config.teams.keys(),
            ...workspace.items.flatMap((i) => i.asks.map((a) => a.team)),
          ]),
        ].sort();
        if (!teams.includes(opts.team)) {
          const near = closestMatch(opts.team, teams);
          process.stderr.write(unknownTeam(opts.team, teams, near));
          process.exitCode = 1;
          return;
        }
      }
      process.stdout.write(renderSlateRfc(workspace, period, { team: opts.team }));
    });
  return slate;
}

interface RfcCommandOptions {
  team?: string;
  layout?: LayoutName;
  config?: string;
}

/** The workspace and the period named, or undefined once the refusal is printed (exit 1). */
async function openPeriod(
  periodId: string,
  dir: string,
  opts: { layout?: LayoutName; config?: string },
) {
  const opened = await openForCommand(dir, { layout: opts.layout, config: opts.config });
  if (!opened) return undefined;
  const period = findPeriod(opened.workspace, periodId);
  if (!period) {
    const known = knownPeriods(opened.workspace).map((p) => p.id);
    process.stderr.write(unknownPeriod(periodId, known));
    process.exitCode = 1;
    return undefined;
  }
  return { ...opened, period };
}
