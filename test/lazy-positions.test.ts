import { types } from "node:util";
import fc from "fast-check";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { DEFAULT_SHAPE, generateWorkspace } from "../bench/generate-workspace.js";
import { EXAMPLE, HOSTILE } from "../bench/hostile-inputs.js";
import type { Diagnostic } from "../src/diagnostics/diagnostic.js";
import { LineIndex } from "../src/diagnostics/line-index.js";
import { decodeSource } from "../src/load/read-source-file.js";
import { readWorkspace, type WorkspaceFiles } from "../src/load/read-workspace.js";
import type { LayoutName } from "../src/model/types.js";
import * as eager from "./helpers/eager-parse-yaml.js";
import { propertyRuns } from "./helpers/property-runs.js";
import { needsShared, sharedPath } from "./helpers/shared-corpus.js";
import {
  configFile,
  markdownFile,
  workspaceFiles,
  workspaceOf,
} from "./helpers/workspace-arbitraries.js";

// Front matter is parsed without positions, and its spans are made on first read by parsing it
// again (src/load/lazy-spans.ts). The oracle is the parser as it was, positioning every node on
// every parse (test/helpers/eager-parse-yaml.ts): both must give the same model, spans included,
// and the same diagnostics (rule, file, line, column, message), parsed fresh and read back from
// a parse pack, on every workspace we have.

type Modules = {
  build: typeof import("../src/model/build-workspace.js");
  check: typeof import("../src/check/run-check.js");
  markdown: typeof import("../src/load/parse-markdown.js");
  pack: typeof import("../src/load/parse-pack.js");
  yaml: typeof import("../src/load/parse-yaml.js");
};

/** A fresh copy of the pipeline's modules, with the eager oracle in place of parse-yaml or not. */
async function modules(oracle: boolean): Promise<Modules> {
  vi.resetModules();
  if (oracle) vi.doMock("../src/load/parse-yaml.js", () => import("./helpers/eager-parse-yaml.js"));
  else vi.doUnmock("../src/load/parse-yaml.js");
  const [build, check, markdown, pack, yaml] = await Promise.all([
    import("../src/model/build-workspace.js"),
    import("../src/check/run-check.js"),
    import("../src/load/parse-markdown.js"),
    import("../src/load/parse-pack.js"),
    import("../src/load/parse-yaml.js"),
  ]);
  return { build, check, markdown, pack, yaml };
}

let oracle: Modules;
let lazy: Modules;
beforeAll(async () => {
  oracle = await modules(true);
  lazy = await modules(false);
  vi.doUnmock("../src/load/parse-yaml.js");
});

function run(m: Modules, files: WorkspaceFiles, layout?: LayoutName) {
  const built = m.build.buildWorkspace(files, { layout });
  return {
    workspace: built.workspace,
    diagnostics: m.check.runCheck(built.workspace, built.diagnostics),
  };
}

/** The lazy pipeline, fresh and through a parse pack written and read back, equals the oracle's. */
async function expectSameAsOracle(
  files: WorkspaceFiles,
  layout?: LayoutName,
): Promise<Diagnostic[]> {
  const expected = run(oracle, files, layout);
  const first = await lazy.pack.fromPack(undefined);
  const fresh = lazy.markdown.withParseCache(first, () => run(lazy, files, layout));
  const second = await lazy.pack.fromPack(await first.toBuffer());
  const read = lazy.markdown.withParseCache(second, () => run(lazy, files, layout));
  expect(second.misses).toBe(0);
  for (const got of [fresh, read]) {
    expect(got.diagnostics).toEqual(expected.diagnostics);
    // Spans included: comparing reads every lazy span of the model.
    expect(got.workspace).toEqual(expected.workspace);
  }
  return expected.diagnostics;
}

/** A workspace already read, with `extra` files added as the loader would decode them. */
function withFiles(base: WorkspaceFiles, extra: Record<string, string>): WorkspaceFiles {
  const files = new Map(base.files);
  for (const [path, text] of Object.entries(extra)) {
    const read = decodeSource(path, new TextEncoder().encode(text));
    if (read.ok) files.set(path, read.file);
  }
  return { ...base, files, paths: new Set([...base.paths, ...Object.keys(extra)]) };
}

describe("lazy front-matter positions give what eager ones gave", () => {
  it("on the example workspace", async () => {
    await expectSameAsOracle(await readWorkspace(EXAMPLE));
  });

  it("on a generated bench workspace", async () => {
    const generated = generateWorkspace({ ...DEFAULT_SHAPE, goals: 60, stories: 12 });
    await expectSameAsOracle(workspaceOf(Object.fromEntries(generated)));
  });

  it("on the hostile inputs, added to the example", async () => {
    const example = await readWorkspace(EXAMPLE);
    for (const input of HOSTILE.filter((h) => !h.kind))
      await expectSameAsOracle(withFiles(example, input.files()));
  });

  it("compares two parsers: the oracle's spans are plain, the lazy ones a proxy", () => {
    const args = ["a.yaml", "a: 1\n", 0, new LineIndex("a: 1\n")] as const;
    expect(types.isProxy(oracle.yaml.parseYaml(...args).spans)).toBe(false);
    expect(types.isProxy(lazy.yaml.parseYaml(...args).spans)).toBe(true);
  });

  it("on findings in front matter: each placed where the eager parser placed it", async () => {
    const example = await readWorkspace(EXAMPLE);
    const found = await expectSameAsOracle(
      withFiles(example, {
        "goals/dup.md": "---\nid: polish\ntitle: Dup\nstate: bogus\n---\n",
        "goals/drift.md":
          "---\ntitle: Drift\nstate: done\nprogress: 2/6\nteams: { lang: Design meeting }\nlinks:\n  - { title: x, url: ../../outside.md }\n---\n",
        "periods/back.md": "---\ntitle: Back\nstart: 2025-01-01\nend: 2024-01-01\n---\n",
      }),
    );
    const rules = new Set(found.map((d) => d.ruleId));
    for (const rule of ["duplicate-id", "invalid-value", "state-drift", "broken-link"])
      expect(rules).toContain(rule);
  });

  it("on random workspaces", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.tuple(configFile, workspaceFiles(markdownFile)),
        async ([config, files]) => {
          await expectSameAsOracle(workspaceOf({ ...files, "waymark.yaml": config }));
        },
      ),
      propertyRuns(60),
    );
  });

  it("on random front matter, parse by parse", () => {
    fc.assert(
      fc.property(markdownFile, (text) => {
        const md = lazy.markdown.parseMarkdown("g.md", text);
        if (!md.frontmatter) return;
        const args = [
          "g.md",
          md.frontmatter.text,
          md.frontmatter.offset,
          md.document.lines,
        ] as const;
        const want = eager.parseYaml(...args);
        const got = lazy.yaml.parseYaml(...args);
        expect(got.value).toEqual(want.value);
        expect(got.diagnostics).toEqual(want.diagnostics);
        expect({ ...got.spans }).toEqual(want.spans);
      }),
      propertyRuns(300),
    );
  });

  it("on the wg-async corpus", needsShared("corpus/wg-async"), async () => {
    await expectSameAsOracle(await readWorkspace(sharedPath("corpus/wg-async")), "wg-async");
  });

  it("on the rust-project-goals corpus", needsShared("corpus/rust-project-goals"), async () => {
    await expectSameAsOracle(
      await readWorkspace(sharedPath("corpus/rust-project-goals")),
      "rust-project-goals",
    );
  });
});
