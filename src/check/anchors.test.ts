import { describe, expect, it } from "vitest";
import { parseMarkdown } from "../load/parse-markdown.js";
import { anchorsOf } from "./anchors.js";

const anchors = (text: string) => [...anchorsOf(parseMarkdown("a.md", text).document)];

describe("anchorsOf", () => {
  it("gives GitHub's slugs, numbered when a heading repeats", () => {
    expect(anchors("# Impact\n\n## Impact\n\n## `async fn` in traits?\n")).toEqual([
      "top",
      "impact",
      "impact-1",
      "async-fn-in-traits",
    ]);
  });

  it("accepts mdBook's slug where it differs, as for emoji with a variation selector", () => {
    const found = anchors("## ✋️ How to help\n");
    expect(found).toContain("-how-to-help");
    expect(found).toContain("\u{fe0f}-how-to-help");
  });

  it("adds explicit heading ids and HTML id or name anchors", () => {
    const found = anchors(
      "## Leads {#leads}\n\n<a name=\"meeting\"></a>\n\nText <span id='x'>x</span>\n",
    );
    expect(found).toEqual(expect.arrayContaining(["leads", "meeting", "x"]));
  });
});
