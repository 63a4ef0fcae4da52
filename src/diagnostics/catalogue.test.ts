import { describe, expect, it } from "vitest";
import { CATALOGUE, catalogueEntries, type DiagnosticId } from "./catalogue.js";
import type { Diagnostic } from "./diagnostic.js";
import { fileSpan } from "./diagnostic.js";

describe("the catalogue", () => {
  it("makes an id that is not listed a type error (checked by `npm run typecheck`)", () => {
    const listed: DiagnosticId = "broken-link";
    // @ts-expect-error: a typo is not a DiagnosticId
    const typo: DiagnosticId = "broken-lnk";
    // @ts-expect-error: nor may a diagnostic carry one
    const d: Diagnostic = { ruleId: "brokn-link", severity: "error", span: fileSpan("a") };
    expect([listed in CATALOGUE, typo in CATALOGUE, d.ruleId in CATALOGUE]).toEqual([
      true,
      false,
      false,
    ]);
  });

  it("describes every id in a sentence and gives a severity", () => {
    for (const entry of catalogueEntries()) {
      expect(entry.description, entry.id).toMatch(/^\S.*\.$/s);
      expect(["error", "warning", "info"], entry.id).toContain(entry.severity);
    }
  });
});
