import { describe, expect, it } from "vitest";
import { deepYaml } from "./yaml-depth.js";

describe("deepYaml", () => {
  it("counts indentation, `- ` and flow brackets, and says where the limit is passed", () => {
    expect(deepYaml("a:\n  b:\n    c: 1\n", 3)).toBeUndefined();
    expect(deepYaml("a:\n  b:\n    c: 1\n", 2)).toEqual({ offset: 12, depth: 3 });
    expect(deepYaml("a: [[1]]\n", 2)).toEqual({ offset: 4, depth: 3 });
    expect(deepYaml("- - - x\n", 2)).toEqual({ offset: 0, depth: 3 });
  });

  it("leaves quoted brackets, comments and block scalars alone", () => {
    expect(deepYaml("a: \"[[[[[[\"\nb: '{{{{' # [[[[[\n", 1)).toBeUndefined();
    expect(deepYaml("a: |\n  x:\n    y:\n      z:\nb: 1\n", 1)).toBeUndefined();
  });

  it("carries a flow collection across lines", () => {
    expect(deepYaml("a: [\n  [\n    [1]]]\n", 3)).toEqual({ offset: 13, depth: 4 });
  });
});
