import { lstat, readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Command } from "commander";
import { spliceField } from "../../create/splice-field.js";
import type { IssueRef, LayoutName, Workspace } from "../../model/types.js";
import { UnsafePath, writeInside } from "../../publish/write-inside.js";
import { ForgeError, issueKey } from "../../track/forge.js";
import {
  collectGoalIssues,
  defaultPeriod,
  knownPeriods,
  trackingField,
} from "../../track/issues/collect-goal-issues.js";
import type { GoalIssue, IssueSettings } from "../../track/issues/plan-issues.js";
import { resolveApiUrl } from "../../track/resolve-api-url.js";
import { resolveToken } from "../../track/resolve-token.js";
import { configOption, layoutOption } from "./check.js";
import {
  appliedSummary,
  appliedWrite,
  cannotRecord,
  issuesFailed,
  noPeriod,
  plannedWrites,
  unknownPeriod,
} from "./issues-messages.js";
import { openForCommand } from "./open-for-command.js";
import { testTuning } from "./sync.js";
import { badApiUrl, noToken } from "./track-messages.js";

interface IssuesOptions {
  period?: string;
  apply?: boolean;
  apiUrl?: string;
  layout?: LayoutName;
  config?: string;
}

export function registerIssues(program: Command): void {
  program
    .command("issues")
    .description(
      "create or update the tracking issues of a period's accepted goals (dry run unless --apply)",
    )
    .argument("[dir]", "workspace folder", ".")
    .option("--period <id>", "the period whose accepted goals to track (default: the current one)")
    .option("--apply", "make the writes (without it, only print them)")
    .option("--api-url <url>", "GitHub's REST API URL (GitHub Enterprise: https://HOST/api/v3)")
    .addOption(layoutOption())
    .addOption(configOption())
    .action(async (dir: string, opts: IssuesOptions) => {
      process.exitCode = await runIssues(dir, opts);
    });
}

async function runIssues(dir: string, opts: IssuesOptions): Promise<number> {
  const opened = await openForCommand(dir, { layout: opts.layout, config: opts.config });
  if (!opened) return 1;
  const { workspace } = opened;
  const today = new Date().toISOString().slice(0, 10);
  const period = opts.period ?? defaultPeriod(workspace, today);
  // As `status --period` and `check --period` (docs/cli.md): the folder has no such period.
  if (!period) return fail(noPeriod(), 1);
  const periods = knownPeriods(workspace).map((p) => p.id);
  if (!periods.includes(period)) return fail(unknownPeriod(period, periods), 1);
  const api = resolveApiUrl(opts.apiUrl ?? workspace.config.github?.api);
  if (!api.ok) return fail(badApiUrl(api.url, api.expected));
  const token = await resolveToken();
  if (!token) return fail(noToken("issues"));

  const settings = issueSettings(workspace, period);
  const goals = await recordable(workspace, collectGoalIssues(workspace, period));
  const { githubForge } = await import("../../track/github/github-forge.js");
  const { planIssues } = await import("../../track/issues/plan-issues.js");
  const { applyIssues } = await import("../../track/issues/apply-issues.js");
  const forge = githubForge({ token: token.token, apiUrl: api.url, ...testTuning() });
  let made = 0;
  try {
    const refs = goals.ok.flatMap((g) => (g.tracking ? [g.tracking] : []));
    const issues = refs.length ? await forge.readIssues(refs, { comments: 1 }) : new Map();
    const repos = new Set(refs.map((r) => `${r.owner}/${r.repo}`));
    if (settings.repository) repos.add(`${settings.repository.owner}/${settings.repository.repo}`);
    const milestones = new Map<string, Map<string, number>>();
    for (const repo of repos) {
      const [owner, name] = repo.split("/") as [string, string];
      const read = await forge.readMilestones({ owner, repo: name });
      milestones.set(repo, new Map(read.map((m) => [m.title, m.number])));
    }
    const titles = new Map([...milestones].map(([repo, m]) => [repo, [...m.keys()]]));
    const plan = planIssues(goals.ok, issues, titles, settings);
    plan.skipped.push(...goals.refused);
    if (!opts.apply) {
      process.stdout.write(plannedWrites(plan, period));
      return 0;
    }
    const record = (_goal: string, file: string, ref: IssueRef) =>
      recordIssue(workspace, file, ref);
    await applyIssues(plan.writes, forge, milestones, record, (applied) => {
      made++;
      process.stdout.write(appliedWrite(applied));
    });
    process.stdout.write(appliedSummary(plan, made, period));
    return 0;
  } catch (error) {
    if (!(error instanceof ForgeError)) throw error;
    return fail(issuesFailed(error.message, made));
  }
}

/** Exit 2 by default: no token, GitHub unreachable or a bad option (docs/track.md). */
function fail(message: string, code = 2): number {
  process.stderr.write(message);
  return code;
}

/** `github.issues` of waymark.yaml; the milestone title may name the period as `{period}`. */
function issueSettings(workspace: Workspace, period: string): IssueSettings {
  const config = workspace.config.github?.issues;
  const [owner, repo] = config?.repository?.split("/") ?? [];
  return {
    repository: owner && repo ? { owner, repo } : undefined,
    labels: config?.labels ?? [],
    milestone: (config?.milestone ?? "{period}").replaceAll("{period}", period),
    body: (goal: GoalIssue) =>
      `Tracking issue for the ${period} goal **${goal.title}**, described in \`${goal.file}\`.\n\n` +
      "Opened by `waymark issues`. Its title, labels, milestone and assignees follow the goal file; " +
      "labels and assignees added here by hand are never removed.\n",
  };
}

/**
 * Goals without a tracking issue whose file can take the new number, checked before anything is
 * created: a regular file (not a symlink) the layout knows where to splice into. The others are
 * said and left out, so an issue is never opened whose number could not be recorded.
 */
async function recordable(workspace: Workspace, goals: GoalIssue[]) {
  const ok: GoalIssue[] = [];
  const refused: { goal: string; file: string; reason: "cannot-record" }[] = [];
  const probe = { owner: "o", repo: "r", number: 1 };
  for (const goal of goals) {
    if (goal.tracking) {
      ok.push(goal);
      continue;
    }
    const reason = await cannotSplice(workspace, goal.file, probe);
    if (!reason) ok.push(goal);
    else {
      process.stderr.write(cannotRecord(goal.file, reason));
      refused.push({ goal: goal.id, file: goal.file, reason: "cannot-record" });
    }
  }
  return { ok, refused };
}

async function cannotSplice(
  workspace: Workspace,
  file: string,
  ref: IssueRef,
): Promise<string | undefined> {
  const field = trackingField(workspace.layout, ref);
  if (!field) return `the ${workspace.layout} layout has no place for a tracking issue`;
  const path = join(workspace.root, file);
  const stat = await lstat(path).catch(() => undefined);
  if (!stat?.isFile()) return stat?.isSymbolicLink() ? "it is a symlink" : "it is not a file";
  const result = spliceField(await readFile(path, "utf8"), field);
  return result.ok ? undefined : result.message;
}

/** Writes the new issue into its goal file: one splice, the file replaced atomically. */
async function recordIssue(workspace: Workspace, file: string, ref: IssueRef): Promise<void> {
  const refused = await cannotSplice(workspace, file, ref);
  if (refused)
    throw new ForgeError(`opened ${issueKey(ref)} but could not record it in ${file}: ${refused}`);
  const path = join(workspace.root, file);
  const result = spliceField(await readFile(path, "utf8"), trackingField(workspace.layout, ref)!);
  if (!result.ok) throw new ForgeError(`opened ${issueKey(ref)} but ${file}: ${result.message}`);
  try {
    await writeInside(workspace.root, file, { bytes: Buffer.from(result.text, "utf8") });
  } catch (error) {
    const why = error instanceof UnsafePath ? error.reason : (error as Error).message;
    throw new ForgeError(`opened ${issueKey(ref)} but could not write ${file}: ${why}`);
  }
}
