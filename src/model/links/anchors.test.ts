import { describe, expect, it } from "vitest";
import { parseMarkdown } from "../../load/parse-markdown.js";
import { anchorsOf } from "./anchors.js";

const anchors = (text: string) => anchorsOf(parseMarkdown("a.md", text).document);

describe("anchorsOf", () => {
  it("gives GitHub's slugs, numbered when a heading repeats", () => {
    expect([...anchors("# Impact\n\n## Impact\n\n## `async fn` in traits?\n")]).toEqual([
      ["impact", "impact"],
      ["impact-1", "impact-1"],
      ["async-fn-in-traits", "async-fn-in-traits"],
      ["top", ""],
    ]);
  });

  it("accepts mdBook's slug where it differs, as for emoji with a variation selector", () => {
    const found = anchors("## ✋️ How to help\n");
    expect(found.get("\u{fe0f}-how-to-help")).toBe("\u{fe0f}-how-to-help");
    // The site shows GitHub's slug: a link written with mdBook's goes to that heading.
    expect(found.get("-how-to-help")).toBe("\u{fe0f}-how-to-help");
  });

  it("adds explicit heading ids and HTML id or name anchors, each reaching a heading", () => {
    const found = anchors(
      "## Leads {#leads}\n\n<a name=\"meeting\"></a>\n\n## Meeting\n\nText <span id='x'>x</span>\n",
    );
    expect(found.get("leads")).toBe("leads-leads");
    expect(found.get("meeting")).toBe("meeting");
    expect(found.get("x")).toBe("");
  });
});
