import type { Command } from "commander";
import pc from "picocolors";
import { formatHuman, summarize } from "../../diagnostics/format.js";
import type { LayoutName } from "../../model/types.js";
import { type BuildSiteResult, buildSite } from "../../publish/site/build-site.js";
import type { BrokenLink } from "../../publish/site/verify-links.js";
import { isIsoDate } from "../../render/site/dates.js";
import { configOption, layoutOption } from "./check.js";

interface BuildOptions {
  out: string;
  baseUrl: string;
  date?: string;
  strict?: boolean;
  layout?: LayoutName;
  config?: string;
}

export function registerBuild(program: Command): void {
  program
    .command("build")
    .description("publish the workspace as a static site, with waymark.json and an Atom feed")
    .argument("[dir]", "workspace folder", ".")
    .option("--out <dir>", "output folder", "_site")
    .option("--base-url <url>", 'where the site is hosted: a path like "/repo/" or a full URL', "/")
    .option(
      "--date <YYYY-MM-DD>",
      "build date for date-dependent content (default: SOURCE_DATE_EPOCH, else today)",
    )
    .option("--strict", "treat warnings as errors")
    .addOption(layoutOption())
    .addOption(configOption())
    .action(async (dir: string, opts: BuildOptions) => {
      const epoch = sourceDateEpoch(process.env.SOURCE_DATE_EPOCH);
      if (epoch === null) return fail(messages.badEpoch(process.env.SOURCE_DATE_EPOCH ?? ""));
      if (opts.date !== undefined && !isIsoDate(opts.date))
        return fail(messages.badDate(opts.date));
      const date = opts.date ?? dateOf(epoch === undefined ? Date.now() / 1000 : epoch);
      const started = performance.now();
      const result = await buildSite({
        dir,
        out: opts.out,
        baseUrl: opts.baseUrl,
        date,
        sourceDateEpoch: epoch,
        strict: opts.strict,
        layout: opts.layout,
        config: opts.config,
      });
      report(result, opts.out, performance.now() - started);
      if (!result.ok) process.exitCode = 1;
    });
}

function fail(message: string): void {
  process.stderr.write(message);
  process.exitCode = 2;
}

/** undefined when unset; null when set to something that is not a whole number of seconds. */
function sourceDateEpoch(value: string | undefined): number | undefined | null {
  if (value === undefined || value === "") return undefined;
  return /^\d+$/.test(value) ? Number(value) : null;
}

function dateOf(seconds: number): string {
  return new Date(seconds * 1000).toISOString().slice(0, 10);
}

function report(result: BuildSiteResult, out: string, ms: number): void {
  const err = process.stderr;
  for (const d of result.diagnostics) err.write(`${formatHuman(d, err.isTTY)}\n`);
  const { errors, warnings } = summarize(result.diagnostics);
  if (errors) err.write(messages.checkFailed(errors, warnings));
  else if (result.broken.length) err.write(messages.brokenLinks(result.broken));
  else err.write(messages.built(result, out, ms, warnings));
}

/** The command's text, apart from its logic. */
const messages = {
  badDate: (date: string) =>
    `waymark build: unexpected --date ${JSON.stringify(date)}, expected YYYY-MM-DD\n`,
  badEpoch: (value: string) =>
    `waymark build: unexpected SOURCE_DATE_EPOCH ${JSON.stringify(value)}, expected whole seconds since 1970\n`,
  checkFailed: (errors: number, warnings: number) =>
    `${pc.red("✖")} not built: ${errors} error${errors === 1 ? "" : "s"}${warnings ? `, ${warnings} warning${warnings === 1 ? "" : "s"}` : ""}. Fix them (see \`waymark check\`), then build again.\n`,
  brokenLinks: (broken: BrokenLink[]) =>
    `${broken.map((b) => `${b.page}: broken link ${JSON.stringify(b.href)}: ${b.reason}\n`).join("")}${pc.red("✖")} not built: ${broken.length} broken link${broken.length === 1 ? "" : "s"} in the output. This is a bug in waymark or a link the checker let through; the output folder was left as it was.\n`,
  built: (result: BuildSiteResult, out: string, ms: number, warnings: number) => {
    const { routes, rendered, written, removed } = result.stats;
    const parts = [`${rendered} rendered`, `${written} written`];
    if (removed) parts.push(`${removed} removed`);
    const warned = warnings ? ` with ${warnings} warning${warnings === 1 ? "" : "s"}` : "";
    return `${pc.green("✔")} built ${routes} files into ${out} in ${Math.round(ms)} ms (${parts.join(", ")})${warned}; every internal link checked\n`;
  },
};
