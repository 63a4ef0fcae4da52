import type { Command } from "commander";
import { Option } from "commander";
import { type NewKind, type NewRequest, planNew } from "../../create/plan-new.js";
import { writeNewFiles } from "../../create/write-new-files.js";
import { STORY_KINDS } from "../../model/types.js";
import { runPipeline } from "../../pipeline/run-pipeline.js";
import { filesExist, newCreated, newRefused, notAWorkspace, writeFailed } from "../messages.js";
import { workspaceFolder } from "./open-for-command.js";

interface NewOptions extends Omit<NewRequest, "kind" | "title" | "storyKind"> {
  dir: string;
  owner?: string[];
  character?: string[];
  source?: string[];
  goal?: string[];
  kind?: NewRequest["storyKind"];
}

/** `--owner a --owner b,c` → [a, b, c]. */
const collect = (value: string, previous: string[] = []) => [
  ...previous,
  ...value
    .split(",")
    .map((v) => v.trim())
    .filter(Boolean),
];

export function registerNew(program: Command): void {
  const group = program
    .command("new")
    .description("write a new goal, initiative, story, character or period from a template");
  const sub = (kind: NewKind, description: string) =>
    group
      .command(kind)
      .description(description)
      .argument("<title...>", "its title; the id is made from it")
      .option("--dir <workspace>", "the workspace folder", ".")
      .option("--id <id>", "use this id instead of one made from the title");
  sub("goal", "propose a goal: status proposed, with Impact, Milestones and Help wanted")
    .option("--period <period>", "the period it is proposed for")
    .option("--theme <theme>", "a flagship theme of that period")
    .option("--owner <handle>", "an owner (repeat, or separate with commas)", collect)
    .action(run("goal"));
  sub("initiative", "add an initiative to a goal, in the goal's folder")
    .requiredOption("--parent <goal>", "the id of the goal it belongs to")
    .option("--owner <handle>", "an owner (repeat, or separate with commas)", collect)
    .action(run("initiative"));
  sub("story", "write a vision story")
    .addOption(
      new Option("--kind <kind>", "the kind of story")
        .choices([...STORY_KINDS])
        .default("status-quo"),
    )
    .option("--character <id>", "a character in it (repeatable)", collect)
    .option(
      "--source <source>",
      "an interview or post it rests on (repeatable)",
      (v, p: string[] = []) => [...p, v],
    )
    .option(
      "--retells <story>",
      "a status-quo story it retells (shiny-future; repeatable)",
      collect,
    )
    .option("--goal <id>", "a goal it motivates (repeatable)", collect)
    .action(run("story"));
  sub("character", "add a character to the vision")
    .option("--value <value>", "the value they stand for")
    .action(run("character"));
  sub("period", "add a period page, e.g. `waymark new period 2025H1`").action(run("period"));
}

function run(kind: NewKind) {
  return async (words: string[], given: NewOptions) => {
    const opts = { ...given, dir: workspaceFolder(given.dir, {}) };
    const { workspace, diagnostics } = await runPipeline(opts.dir, { check: false });
    // `new` adds to a native workspace; without one there is nothing to check the request against.
    if (
      diagnostics.some((d) => d.ruleId === "missing-workspace" || d.ruleId === "missing-config")
    ) {
      process.stderr.write(notAWorkspace(opts.dir));
      process.exitCode = 1;
      return;
    }
    const request: NewRequest = {
      kind,
      title: words.join(" "),
      id: opts.id,
      parent: opts.parent,
      period: opts.period,
      theme: opts.theme,
      owners: opts.owner,
      storyKind: opts.kind,
      characters: opts.character,
      sources: opts.source,
      retells: opts.retells,
      goals: opts.goal,
      value: opts.value,
    };
    const plan = planNew(workspace, request);
    if (!plan.ok) {
      process.stderr.write(newRefused(plan));
      // Text that can never be written is a usage error, like a bad flag.
      process.exitCode = plan.problem === "control-characters" ? 2 : 1;
      return;
    }
    const result = await writeNewFiles(opts.dir, [plan.file]);
    if (result.ok) process.stdout.write(newCreated(request, plan.file.path, plan.id));
    else {
      process.stderr.write(
        "failed" in result
          ? writeFailed(result.failed, result.reason)
          : filesExist(result.existing),
      );
      process.exitCode = 1;
    }
  };
}
