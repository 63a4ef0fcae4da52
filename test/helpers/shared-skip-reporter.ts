import type { Reporter, TestModule } from "vitest/node";
import { SHARED_HINT } from "./shared-corpus.js";

/**
 * Lists, once at the end of a run, the suites and tests skipped because a part of the shared
 * folder is missing (their meta says which), and how to provide it. Silent when none were.
 */
export default class SharedSkipReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const lines: string[] = [];
    const reasons = new Set<string>();
    for (const module of modules) {
      const listed: string[] = [];
      for (const task of [...module.children.allSuites(), ...module.children.allTests()]) {
        const reason = task.meta().sharedMissing;
        if (!reason || listed.some((name) => task.fullName.startsWith(`${name} > `))) continue;
        listed.push(task.fullName);
        reasons.add(reason);
        lines.push(`  ${module.relativeModuleId} > ${task.fullName}`);
      }
    }
    if (!lines.length) return;
    console.log(
      `\nSkipped ${lines.length} corpus suites or tests (${[...reasons].join("; ")}); to run them, ${SHARED_HINT}:\n${lines.join("\n")}`,
    );
  }
}
