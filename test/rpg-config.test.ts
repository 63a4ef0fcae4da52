import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runPipeline } from "../src/pipeline/run-pipeline.js";
import { runWaymark as waymark } from "./helpers/run-waymark.js";
import { needsShared, sharedPath } from "./helpers/shared-corpus.js";
import { testdir } from "./helpers/testdir.js";

const CORPUS = sharedPath("corpus/rust-project-goals");
const NEEDS_CORPUS = needsShared("corpus/rust-project-goals");

/** A waymark.yaml kept outside the checkout: the people behind handles, team links, triage. */
const OUTSIDE = [
  "group:",
  "  name: Rust project goals",
  "people:",
  "  tmandry: { name: Tyler Mandry }",
  "teams:",
  "  lang: { name: Language team, url: https://www.rust-lang.org/governance/teams/lang }",
  "triage:",
  "  repositories: [rust-lang/rust]",
  "  area-label: A-async-await",
  "  labels: { focus: AsyncAwait-Focus, on-deck: AsyncAwait-OnDeck, other: AsyncAwait-Triaged }",
  "",
].join("\n");

const GOAL = (status: string) =>
  `# A goal\n\n| Metadata | |\n|---|---|\n| Point of contact | @ann |\n| Status | ${status} |\n\n## Summary\n\nDo it.\n`;

// Each case reads the whole corpus, some through the CLI: give a busy machine time.
describe("config fill-in for rust-project-goals", { timeout: 120_000 }, () => {
  it(
    "takes people, team links and triage labels from --config, and adds the handles it lacks",
    NEEDS_CORPUS,
    async () => {
      const config = join(await testdir({ "waymark.yaml": OUTSIDE }), "waymark.yaml");
      const { workspace, diagnostics } = await runPipeline(CORPUS, { config, check: false });
      expect(workspace.layout).toBe("rust-project-goals");
      expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
      expect(workspace.config.file).toBe(config);
      expect(workspace.config.people.get("tmandry")).toMatchObject({ name: "Tyler Mandry" });
      expect(workspace.config.people.get("nikomatsakis")?.url).toBe(
        "https://github.com/nikomatsakis",
      );
      expect(workspace.config.teams.get("lang")).toMatchObject({
        name: "Language team",
        url: "https://www.rust-lang.org/governance/teams/lang",
      });
      expect(workspace.config.teams.has("types")).toBe(true);
      expect(workspace.config.triage?.labels.focus).toBe("AsyncAwait-Focus");
    },
  );

  it(
    "accepts --config on check and status, and reports a missing config file",
    NEEDS_CORPUS,
    async () => {
      const config = join(await testdir({ "waymark.yaml": OUTSIDE }), "waymark.yaml");
      const check = await waymark("check", CORPUS, "--config", config, "--format", "json");
      expect(check.code).toBe(0);
      const status = await waymark("status", CORPUS, "--config", config, "--period", "2024h2");
      expect(status.stdout).toContain("Flagship goals");
      const missing = await waymark("check", CORPUS, "--config", "/nonexistent/waymark.yaml");
      expect(missing.code).toBe(1);
      expect(missing.stdout).toContain("/nonexistent/waymark.yaml:1:1: error");
    },
  );

  it("reads a checkout whose root waymark.yaml names the layout", async () => {
    const dir = await testdir({
      "waymark.yaml": `layout: rust-project-goals\n${OUTSIDE}`,
      "src/2025h1/a.md": GOAL("Accepted"),
    });
    const { workspace, diagnostics } = await runPipeline(dir, { check: false });
    expect(diagnostics).toEqual([]);
    expect(workspace.layout).toBe("rust-project-goals");
    expect(workspace.items.map((i) => i.id)).toEqual(["2025h1.a"]);
    expect(workspace.config.people.get("tmandry")?.name).toBe("Tyler Mandry");
  });

  it("detects the layout beside a root waymark.yaml that names none, when there is no native content", async () => {
    const dir = await testdir({ "waymark.yaml": OUTSIDE, "src/2025h1/a.md": GOAL("Proposed") });
    const { workspace } = await runPipeline(dir, { check: false });
    expect(workspace.layout).toBe("rust-project-goals");
  });

  it("--layout overrides detection", async () => {
    const dir = await testdir({ "src/2025h1/a.md": GOAL("Proposed") });
    expect((await runPipeline(dir, { check: false })).workspace.layout).toBe("rust-project-goals");
    expect((await runPipeline(dir, { layout: "waymark", check: false })).workspace.layout).toBe(
      "waymark",
    );
  });
});
