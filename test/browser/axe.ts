import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import type { AxeResults } from "axe-core";
import type { Page } from "playwright-core";

const AXE_SCRIPT = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
let axeSource: string | undefined;

export interface AxeFinding {
  rule: string;
  impact: string;
  help: string;
  /** CSS selectors of the first few offending elements. */
  targets: string[];
  count: number;
}

/**
 * Runs axe-core inside the open page and lists its violations: every rule axe runs by default
 * (WCAG 2.x A and AA, best practices), or only the rules named.
 */
export async function runAxe(page: Page, rules?: string[]): Promise<AxeFinding[]> {
  // Evaluated through the debugging protocol, not added as a <script>: the page's
  // Content-Security-Policy allows only the site's own script, and rightly refuses axe's.
  axeSource ??= await readFile(AXE_SCRIPT, "utf8");
  await page.evaluate(axeSource);
  const results = await page.evaluate(async (only) => {
    const axe = (window as unknown as { axe: { run(...args: unknown[]): Promise<AxeResults> } })
      .axe;
    return axe.run(document, {
      resultTypes: ["violations"],
      ...(only ? { runOnly: { type: "rule", values: only } } : {}),
    });
  }, rules);
  return results.violations.map((v) => ({
    rule: v.id,
    impact: v.impact ?? "unknown",
    help: v.help,
    targets: v.nodes.slice(0, 3).map((n) => n.target.join(" ")),
    count: v.nodes.length,
  }));
}

/** The findings that fail the build: axe's "serious" and "critical". */
export const isBlocking = (f: AxeFinding) => f.impact === "serious" || f.impact === "critical";

export function describeFindings(findings: AxeFinding[]): string {
  return findings
    .map((f) => `${f.impact} ${f.rule} (${f.count}×): ${f.help} [${f.targets.join("; ")}]`)
    .join("\n");
}
