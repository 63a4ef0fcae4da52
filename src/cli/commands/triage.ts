import { type Command, Option } from "commander";
import { CATALOGUE } from "../../diagnostics/catalogue.js";
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { formatGithub } from "../../diagnostics/format.js";
import type { LayoutName } from "../../model/types.js";
import { isIsoDate } from "../../render/site/dates.js";
import type { Cache } from "../../track/cache/open-cache.js";
import { ForgeError } from "../../track/forge.js";
import { resolveApiUrl } from "../../track/resolve-api-url.js";
import { resolveToken } from "../../track/resolve-token.js";
import { assessWorkspace } from "../../track/triage/assess-workspace.js";
import { parseMoves } from "../../track/triage/parse-moves.js";
import { planLabelWrites } from "../../track/triage/plan-label-writes.js";
import { triageFindings } from "../../track/triage/triage-findings.js";
import { configOption, layoutOption } from "./check.js";
import { openForCommand } from "./open-for-command.js";
import { testTuning } from "./sync.js";
import { badApiUrl, noToken } from "./track-messages.js";
import * as say from "./triage-messages.js";

interface TriageOptions {
  date?: string;
  json?: boolean;
  format: "human" | "json" | "github";
  apply?: boolean;
  move?: string[];
  rustbot?: boolean;
  apiUrl?: string;
  layout?: LayoutName;
  config?: string;
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

export function registerTriage(program: Command): void {
  program
    .command("triage")
    .description(
      "the focus system from the last sync: limits, stalled focus issues, ranked moves; --apply moves the labels",
    )
    .argument("[dir]", "workspace folder", ".")
    .option("--date <YYYY-MM-DD>", "judge stalls and ages on this day (default: today)")
    .option("--json", "print the report as JSON (same as --format json)")
    .addOption(
      new Option("--format <format>", "output format")
        .choices(["human", "json", "github"])
        .default("human"),
    )
    .option(
      "--move <issue:class>",
      "move this issue instead of the suggestions, e.g. 123:focus (repeatable)",
      collect,
    )
    .option("--apply", "write the label moves on GitHub (default: a dry run that prints them)")
    .option("--rustbot", "print `@rustbot label +X -Y` comments for the moves instead of writing")
    .option("--api-url <url>", "GitHub's REST API URL (GitHub Enterprise: https://HOST/api/v3)")
    .addOption(layoutOption())
    .addOption(configOption())
    .addHelpText("after", "\nRun `waymark sync` first. See docs/triage.md.")
    .action(async (dir: string, opts: TriageOptions) => {
      const out = process.stdout;
      const fail = (text: string, code = 2) => {
        process.stderr.write(text);
        process.exitCode = code;
      };
      if (opts.date !== undefined && !isIsoDate(opts.date))
        return fail(say.badTriageDate(opts.date));
      const opened = await openForCommand(dir, { layout: opts.layout, config: opts.config });
      if (!opened) return;
      const { workspace, facts } = opened;
      const triage = workspace.config.triage;
      if (!triage) return fail(say.noTriageConfig(workspace.config.file));
      const date = opts.date ? new Date(`${opts.date}T12:00:00Z`) : new Date();
      const report = assessWorkspace(workspace, facts, date);
      const area = facts.area;
      if (!report || !area) return fail(say.noAreaData());
      const findings: Diagnostic[] = triageFindings(workspace.config, report).map(
        ({ id, severity, span, message, hint }) => ({
          ruleId: id,
          severity: severity ?? CATALOGUE[id].severity,
          span,
          message,
          hint,
        }),
      );
      const parsed = opts.move
        ? parseMoves(opts.move, area)
        : {
            ok: true as const,
            moves: report.suggestions.map((s) => ({
              issue: s.issue.key,
              to: s.to as "focus" | "on-deck",
            })),
          };
      if (!parsed.ok) return fail(say.badMove(parsed.arg, parsed.expected));
      const plan = planLabelWrites(parsed.moves, area, triage);
      const format = opts.json ? "json" : opts.format;

      if (opts.rustbot) out.write(say.rustbotText(plan.issues));
      else if (format === "json")
        out.write(
          `${JSON.stringify({ ...report, asOf: facts.asOf, findings, plan: plan.issues }, null, 2)}\n`,
        );
      else if (format === "github") {
        for (const d of findings) out.write(`${formatGithub(d)}\n`);
        for (const s of report.suggestions) out.write(`${say.suggestionAnnotation(s)}\n`);
      } else {
        out.write(say.triageReportText(report, triage, findings, facts.asOf));
        out.write(`\n${say.planText(plan.issues, Boolean(opts.apply))}`);
      }
      if (!opts.apply || opts.rustbot || !plan.writes.length) return;

      const api = resolveApiUrl(opts.apiUrl ?? workspace.config.github?.api);
      if (!api.ok) return fail(badApiUrl(api.url, api.expected));
      const token = await resolveToken();
      if (!token) return fail(noToken("triage --apply"));
      const { openCache } = await import("../../track/cache/open-cache.js");
      const { githubForge } = await import("../../track/github/github-forge.js");
      const { applyLabelWrites } = await import("../../track/triage/apply-label-writes.js");
      const db = (await openCache(workspace.root, { create: false })) as Cache;
      try {
        const forge = githubForge({ token: token.token, apiUrl: api.url, ...testTuning() });
        const result = await applyLabelWrites(forge, db, plan.writes);
        const text = say.appliedText(result, plan.writes.length);
        if (result.failed) fail(text, 1);
        else (format === "human" ? out : process.stderr).write(text);
      } catch (error) {
        if (!(error instanceof ForgeError)) throw error;
        fail(`${error.message}\n`, 1);
      } finally {
        await db.destroy();
      }
    });
}
