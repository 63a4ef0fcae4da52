import { describe, expect, it } from "vitest";
import { ID_PATTERN } from "../model/schemas.js";
import { slugify } from "./slug.js";
import { yamlList, yamlScalar } from "./yaml-scalar.js";

describe("slugify", () => {
  it.each([
    ["Async fn everywhere", "async-fn-everywhere"],
    ["2024H2", "2024h2"],
    ['Stable soluton for the "Send bound problem"', "stable-soluton-for-the-send-bound-problem"],
    ["Zoë Müller", "zoe-muller"],
    ["  Read/write traits!  ", "read-write-traits"],
    ["🦀 Crab", "crab"],
  ])("%s → %s", (title, slug) => {
    expect(slugify(title)).toBe(slug);
    expect(slug).toMatch(ID_PATTERN);
  });

  it("has no slug for a title without letters or digits", () => {
    expect(slugify("🦀 ✋")).toBeUndefined();
    expect(slugify("")).toBeUndefined();
  });

  it("keeps ids short, never ending in a hyphen", () => {
    const slug = slugify(`${"word ".repeat(30)}end`)!;
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug).not.toMatch(/-$/);
  });
});

describe("yamlScalar and yamlList", () => {
  it("quotes only what YAML would read differently", () => {
    expect(yamlScalar("Async fn everywhere")).toBe("Async fn everywhere");
    expect(yamlScalar("true")).toBe('"true"');
    expect(yamlScalar("2024")).toBe('"2024"');
    expect(yamlScalar("a: b")).toBe('"a: b"');
    expect(yamlScalar("two\nlines")).toBe('"two\\nlines"');
    expect(yamlList(["a", "b, c"])).toBe('[a, "b, c"]');
    expect(yamlList([])).toBe("[]");
  });
});
