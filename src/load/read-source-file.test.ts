import { describe, expect, it } from "vitest";
import { decodeSource, MAX_FILE_BYTES } from "./read-source-file.js";

const bytes = (s: string) => new TextEncoder().encode(s);

describe("decodeSource", () => {
  it("decodes UTF-8 and strips a byte-order mark", () => {
    const result = decodeSource("a.md", new Uint8Array([0xef, 0xbb, 0xbf, ...bytes("# Hi")]));
    expect(result).toEqual({ ok: true, file: { path: "a.md", text: "# Hi", bom: true } });
  });

  it.each([
    ["a NUL byte", new Uint8Array([35, 0, 35]), "binary-file"],
    ["invalid UTF-8", new Uint8Array([0xc3, 0x28]), "binary-file"],
    ["a file over the limit", new Uint8Array(MAX_FILE_BYTES + 1).fill(97), "file-too-large"],
  ])("refuses %s with a positioned diagnostic", (_name, input, ruleId) => {
    const result = decodeSource("x.md", input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.diagnostic).toMatchObject({
        ruleId,
        severity: "error",
        span: { file: "x.md" },
      });
      expect(result.diagnostic.hint).toBeTruthy();
    }
  });
});
