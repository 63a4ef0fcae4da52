import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { propertyRuns } from "../../../../test/helpers/property-runs.js";
import { sharedDefinitions } from "./render-markdown.js";

/** The first way it was written: each label folded and searched for in brackets, one by one. */
function oracle(text: string, references: Record<string, string>): string {
  const fold = (t: string) => t.replace(/\s+/g, " ").toLowerCase();
  const labels = Object.keys(references);
  if (!labels.length || !text.includes("[")) return "";
  const folded = fold(text);
  const lines = labels
    .filter((label) => folded.includes(`[${fold(label)}]`))
    .map(
      (label) =>
        `[${label.replace(/[[\]\\]/g, "\\$&")}]: <${references[label]!.replace(/[<>\n]/g, encodeURIComponent)}>`,
    );
  return lines.length ? `\n\n${lines.join("\n")}\n` : "";
}

// Few letters, so that labels and texts meet often; brackets and whitespace of every kind.
const piece = fc.constantFrom("a", "B", "ab", " ", "\t", "\n", "  ", "[", "]", "\\", "Help wanted");
const words = fc.array(piece, { maxLength: 12 }).map((p) => p.join(""));

describe("sharedDefinitions", () => {
  it("defines exactly the labels the text writes in brackets, as a search label by label does", () => {
    fc.assert(
      fc.property(
        fc.dictionary(words, fc.constantFrom("https://example.org/x", "../a<b>.md")),
        fc.array(fc.oneof(words, fc.constantFrom("[", "]")), { maxLength: 20 }),
        (references, parts) => {
          const text = parts.join("");
          // Asked twice: the second answer comes from the labels folded the first time.
          expect(sharedDefinitions(text, references)).toBe(oracle(text, references));
          expect(sharedDefinitions(text, references)).toBe(oracle(text, references));
        },
      ),
      propertyRuns(2000),
    );
  });

  it("finds a label written with other case and whitespace, and one holding a bracket", () => {
    const references = { "Help wanted": "https://h", "a]b": "https://ab", T: "https://t" };
    expect(sharedDefinitions("See ![HELP\n  wanted][] and [a]b].", references)).toBe(
      "\n\n[Help wanted]: <https://h>\n[a\\]b]: <https://ab>\n",
    );
    expect(sharedDefinitions("No label: [t ] or t.", references)).toBe("");
  });
});
