import type { Span } from "../diagnostics/diagnostic.js";
import type { Spans } from "../model/types.js";
import { closestMatch } from "./closest-match.js";
import type { Finding } from "./rule.js";

/**
 * The span of the i-th value of a field written either as one value or as a list
 * (`owners: alice` or `owners: [alice, bob]`), falling back to the file's head.
 */
export function valueSpan(spans: Spans, field: string, index: number, fallback: Span): Span {
  return spans[`${field}.${index}`] ?? spans[field] ?? fallback;
}

export interface UnknownValue {
  span: Span;
  /** What the value is, as the message names it: "owner", "character". */
  noun: string;
  value: string;
  /** Every value that would have been accepted, for the "did you mean" hint. */
  known: Iterable<string>;
  /** What was expected, completing "expected …". */
  expected: string;
  /** What to do when the value is not a typo, lowercase and without a full stop. */
  fix: string;
}

/** One shape for every "names something that does not exist" finding, with a close match if any. */
export function unknownValue({ span, noun, value, known, expected, fix }: UnknownValue): Finding {
  const near = closestMatch(value, known);
  const hint = near
    ? `Did you mean \`${near}\`? If not, ${fix}.`
    : `${fix.charAt(0).toUpperCase()}${fix.slice(1)}.`;
  return { span, message: `Unexpected ${noun} \`${value}\`, expected ${expected}`, hint };
}
