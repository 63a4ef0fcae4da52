import type { z } from "zod";
import type { Diagnostic, Span } from "../diagnostics/diagnostic.js";
import { spanAt } from "../load/parse-yaml.js";
import { HANDLE_PATTERN } from "./schemas.js";
import type { Spans } from "./types.js";

type Issue = z.core.$ZodIssue;

/**
 * Validates a parsed YAML value against a schema. Each zod issue becomes a diagnostic positioned on
 * the YAML node itself (never a regex over the text), with a stable rule id and a hint. A value
 * whose only problems are in fields it could do without still gives data, with those fields unset:
 * one bad field must not drop the whole file (and make links to it look broken).
 */
export function validate<S extends z.ZodType>(
  schema: S,
  value: unknown,
  spans: Spans,
  fallback: Span,
): { data?: z.infer<S>; diagnostics: Diagnostic[] } {
  const reserved = reservedKeys(value, spans, fallback);
  const result = schema.safeParse(value ?? {});
  if (result.success)
    return reserved.length ? { diagnostics: reserved } : { data: result.data, diagnostics: [] };
  const diagnostics = result.error.issues.flatMap((issue) =>
    toDiagnostics(issue, value, spans, fallback, schema),
  );
  const all = [...reserved, ...diagnostics];
  const kept = reserved.length ? undefined : withoutBadFields(schema, value, result.error.issues);
  return kept === undefined ? { diagnostics: all } : { data: kept, diagnostics: all };
}

/**
 * The value parsed again without each failing field (an unknown key, a value of the wrong shape),
 * or undefined when it still fails, e.g. because a required field is the bad one.
 */
function withoutBadFields<S extends z.ZodType>(
  schema: S,
  value: unknown,
  issues: Issue[],
): z.infer<S> | undefined {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return undefined;
  const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  for (const issue of issues) {
    const top = issue.path[0];
    if (top !== undefined) delete copy[String(top)];
    else if (issue.code === "unrecognized_keys") for (const key of issue.keys) delete copy[key];
    else return undefined;
  }
  const again = schema.safeParse(copy);
  return again.success ? again.data : undefined;
}

/**
 * `__proto__` as a key (a handle under `people:`, a label under `references:`): zod skips it and
 * a plain object would take it as its prototype, so it would vanish without a word. Reported
 * wherever it appears, at the key.
 */
function reservedKeys(value: unknown, spans: Spans, fallback: Span, path = ""): Diagnostic[] {
  if (value === null || typeof value !== "object") return [];
  const out: Diagnostic[] = [];
  for (const [key, child] of Object.entries(value)) {
    const keyPath = path ? `${path}.${key}` : key;
    if (key === "__proto__")
      out.push({
        ruleId: "invalid-value",
        severity: "error",
        span: spans[`${keyPath}#key`] ?? spanAt(spans, path, fallback),
        message: `Unexpected key \`__proto__\`${path ? ` in \`${path}\`` : ""}, expected a handle, id or label starting with a letter or digit`,
        hint: "Rename the key; `__proto__` is reserved and would be lost.",
      });
    out.push(...reservedKeys(child, spans, fallback, keyPath));
  }
  return out;
}

function toDiagnostics(
  issue: Issue,
  root: unknown,
  spans: Spans,
  fallback: Span,
  schema: z.ZodType,
): Diagnostic[] {
  const path = issue.path.map(String).join(".");
  const where = spanAt(spans, path, fallback);
  const field = path || "front matter";
  if (issue.code === "unrecognized_keys") {
    const allowed = objectKeys(schema, issue.path);
    return issue.keys.map((key) => {
      const keyPath = path ? `${path}.${key}` : key;
      return {
        ruleId: "unknown-field",
        severity: "error" as const,
        span: spans[`${keyPath}#key`] ?? where,
        message: `Unexpected field \`${key}\`${path ? ` in \`${path}\`` : ""}`,
        hint: unknownFieldHint(key, allowed),
      };
    });
  }
  if (issue.code === "invalid_key") {
    // A map key (a handle under `people:`) that fails its pattern: point at the key itself.
    const key = String(issue.path.at(-1));
    const parent = issue.path.slice(0, -1).map(String).join(".");
    const first = issue.issues[0];
    return [
      {
        ruleId: "invalid-value",
        severity: "error",
        span: spans[`${path}#key`] ?? where,
        message: `Unexpected key "${key}" in \`${parent}\`, ${first ? expected(first as Issue) : "expected another key"}`,
        hint: "Rename the key: handles and ids start with a letter or digit.",
      },
    ];
  }
  const actual = valueAt(root, issue.path);
  if (actual === undefined && issue.code === "invalid_type") {
    return [
      {
        ruleId: "missing-field",
        severity: "error",
        span: where,
        message: `Missing required field \`${field}\``,
        hint: `Add \`${String(issue.path.at(-1) ?? field)}:\` with a ${issue.expected}.`,
      },
    ];
  }
  return [
    {
      ruleId: "invalid-value",
      severity: "error",
      span: where,
      message: `Unexpected ${describe(actual)} for \`${field}\`, ${expected(issue)}`,
      hint: atHandleHint(actual) ?? hintFor(issue),
    },
  ];
}

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  element?: z.ZodType;
  valueType?: z.ZodType;
  options?: z.ZodType[];
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The keys an object schema allows at `path`, for "allowed fields" hints. */
function objectKeys(schema: z.ZodType, path: PropertyKey[]): string[] | undefined {
  let node: z.ZodType | undefined = schema;
  for (let i = 0; i <= path.length && node; ) {
    const def = defOf(node);
    if (def.innerType) node = def.innerType;
    else if (def.options)
      node =
        def.options.find((o) => defOf(o).type === "object" || defOf(o).type === "array") ??
        def.options[0];
    else if (i === path.length) return def.shape ? Object.keys(def.shape) : undefined;
    else {
      const next = def.shape ? def.shape[String(path[i])] : (def.element ?? def.valueType);
      if (!next) return undefined;
      node = next;
      i++;
    }
  }
  return undefined;
}

function valueAt(root: unknown, path: PropertyKey[]): unknown {
  let v: unknown = root;
  for (const key of path) {
    if (v === null || typeof v !== "object") return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

function describe(v: unknown): string {
  if (v === null) return "null";
  if (typeof v === "string") return `"${v.length > 40 ? `${v.slice(0, 37)}...` : v}"`;
  if (Array.isArray(v)) return "list";
  if (typeof v === "object") return "mapping";
  return `${typeof v} ${String(v)}`;
}

function expected(issue: Issue): string {
  switch (issue.code) {
    case "invalid_value":
      return `expected one of ${issue.values.map(String).join(", ")}`;
    case "invalid_type":
      return `expected ${issue.expected}`;
    case "invalid_format":
      return issue.format === "regex" || issue.message.startsWith("expected ")
        ? issue.message
        : `expected ${issue.format}`;
    case "too_small":
      return issue.origin === "string"
        ? "expected a non-empty string"
        : `expected at least ${issue.minimum}`;
    case "too_big":
      return `expected at most ${issue.maximum}`;
    case "invalid_union":
      return `expected ${unionExpectations(issue)}`;
    default:
      return issue.message.replace(/^Invalid input: /, "");
  }
}

function unionExpectations(issue: Issue & { code: "invalid_union" }): string {
  const options = issue.errors.map((branch) => {
    const first = branch[0];
    if (!first) return "another value";
    return first.code === "invalid_type"
      ? first.expected
      : expected(first).replace(/^expected /, "");
  });
  return [...new Set(options)].join(" or ");
}

/** `@tmandry`, as people write handles on GitHub: the hint names the handle without the `@`. */
function atHandleHint(actual: unknown): string | undefined {
  const values = Array.isArray(actual) ? actual : [actual];
  const handles = values.flatMap((v) =>
    typeof v === "string" && v.startsWith("@") && HANDLE_PATTERN.test(v.slice(1))
      ? [v.slice(1)]
      : [],
  );
  if (!handles.length) return undefined;
  return `Drop the \`@\`: write ${handles.map((h) => `\`${h}\``).join(", ")}.`;
}

const FORMAT_HINT: Record<string, string> = {
  date: "Write a date of the calendar as YYYY-MM-DD, e.g. 2024-02-29: months 01 to 12, days up to the month's last.",
  time: "Write a 24-hour time as HH:MM, e.g. 09:30.",
};

function hintFor(issue: Issue): string {
  if (issue.code === "invalid_value") return `Use one of: ${issue.values.map(String).join(", ")}.`;
  if (issue.code === "invalid_format" && FORMAT_HINT[issue.format])
    return FORMAT_HINT[issue.format]!;
  if (issue.code === "custom" && typeof issue.params?.hint === "string") return issue.params.hint;
  return "See docs/format.md for this field.";
}

function unknownFieldHint(key: string, allowed: string[] | undefined): string {
  if (!allowed) return "Remove the field, or check its spelling.";
  const near = allowed.find((a) => editDistance(a, key) <= 2);
  const list = `Allowed fields: ${allowed.join(", ")}.`;
  return near ? `Did you mean \`${near}\`? ${list}` : list;
}

export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length]!;
}
