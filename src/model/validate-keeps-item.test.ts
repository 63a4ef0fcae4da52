import { describe, expect, it } from "vitest";
import { testdir } from "../../test/helpers/testdir.js";
import { runPipeline } from "../pipeline/run-pipeline.js";

// One bad field costs that field, not the file: the item stays, with every problem reported once.
const WORKSPACE = {
  "waymark.yaml": "group: { name: G }\npeople: { ann: {} }\n",
  "goals/parent.md": '---\ntitle: Parent\nowners: "@tmandry"\nstate: doing\nstaet: done\n---\n',
  "goals/parent/child.md": "---\ntitle: Child\nowners: [ann]\n---\n",
  "vision/stories/status-quo/s.md": "---\ntitle: S\ngoals: [parent]\n---\n\nText.\n",
};

describe("a goal file with invalid fields", () => {
  it("keeps the item with those fields unset and reports each problem", async () => {
    const { workspace, diagnostics } = await runPipeline(await testdir(WORKSPACE));
    const parent = workspace.items.find((i) => i.id === "parent");
    expect(parent).toMatchObject({ title: "Parent", owners: [] });
    expect(parent?.state).toBeUndefined();
    expect(workspace.items.find((i) => i.id === "child")?.parent).toBe("parent");
    const errors = diagnostics.filter((d) => d.severity === "error");
    expect(errors.map((d) => `${d.span.file}:${d.span.start.line} ${d.ruleId}`)).toEqual([
      "goals/parent.md:3 invalid-value",
      "goals/parent.md:4 invalid-value",
      "goals/parent.md:5 unknown-field",
    ]);
    expect(diagnostics.some((d) => d.ruleId === "unknown-goal")).toBe(false);
  });

  it("hints to drop the `@` of a handle written as on GitHub", async () => {
    const { diagnostics } = await runPipeline(await testdir(WORKSPACE));
    const owners = diagnostics.find((d) => d.span.file === "goals/parent.md");
    expect(owners?.message).toBe(
      "Unexpected \"@tmandry\" for `owners`, expected letters, digits, '.', '_' or '-', starting with a letter or digit",
    );
    expect(owners?.hint).toBe("Drop the `@`: write `tmandry`.");
  });

  it("still drops a file whose required title is the bad field", async () => {
    const dir = await testdir({
      "waymark.yaml": "group: { name: G }\n",
      "goals/a.md": "---\ntitle: [not, text]\n---\n",
    });
    const { workspace, diagnostics } = await runPipeline(dir);
    expect(workspace.items).toEqual([]);
    expect(diagnostics.map((d) => d.ruleId)).toContain("invalid-value");
  });
});
