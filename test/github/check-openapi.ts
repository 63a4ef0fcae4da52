import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import addFormatsModule from "ajv-formats";

/** One REST operation of api.github.com's published description, found by method and path. */
export interface RestOperation {
  operationId: string;
  method: string;
  /** The path template, like `/repos/{owner}/{repo}/issues/{issue_number}`. */
  template: string;
  params: Record<string, string>;
}

interface Described {
  doc: { paths: Record<string, Record<string, { operationId?: string }>> };
  ajv: Ajv;
  routes: {
    method: string;
    template: string;
    pattern: RegExp;
    names: string[];
    operationId: string;
  }[];
  compiled: Map<string, ValidateFunction | null>;
}

let described: Described | undefined;

/** Loads `@octokit/openapi` once per process (about a second; only REST tests pay it). */
function load(): Described {
  if (described) return described;
  const require = createRequire(import.meta.url);
  const file = require.resolve("@octokit/openapi/generated/api.github.com.json");
  const doc = JSON.parse(readFileSync(file, "utf8"));
  toJsonSchemaNulls(doc);
  const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false });
  const addFormats = addFormatsModule as unknown as (ajv: Ajv) => void;
  addFormats(ajv);
  ajv.addSchema(doc, "gh");
  const routes = Object.entries(doc.paths as Described["doc"]["paths"]).flatMap(
    ([template, item]) => {
      const names = [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
      const pattern = new RegExp(`^${template.replace(/\{\w+\}/g, "([^/]+)")}$`);
      return Object.entries(item)
        .filter(([, op]) => op.operationId)
        .map(([method, op]) => ({
          method: method.toUpperCase(),
          template,
          pattern,
          names,
          operationId: op.operationId!,
        }));
    },
  );
  described = { doc, ajv, routes, compiled: new Map() };
  return described;
}

/** The documented operation for a request, or undefined when GitHub has no such endpoint. */
export function findOperation(method: string, path: string): RestOperation | undefined {
  for (const r of load().routes) {
    if (r.method !== method) continue;
    const m = path.match(r.pattern);
    if (!m) continue;
    const params = Object.fromEntries(r.names.map((n, i) => [n, decodeURIComponent(m[i + 1]!)]));
    return { operationId: r.operationId, method, template: r.template, params };
  }
  return undefined;
}

/** Problems of a request body against the operation's schema, in GitHub's 422 wording. */
export function checkRequestBody(op: RestOperation, body: unknown): string[] {
  const validate = validator(op, ["requestBody", "content", "application/json", "schema"]);
  if (!validate || validate(body ?? {})) return [];
  return (validate.errors ?? []).map(describeError);
}

/** Problems of an answer against the documented response for its status; none if undocumented. */
export function checkResponseBody(op: RestOperation, status: number, body: unknown): string[] {
  const responses = load().doc.paths[op.template]?.[op.method.toLowerCase()] as
    | { responses?: Record<string, unknown> }
    | undefined;
  if (!responses?.responses?.[String(status)]) {
    return [`${op.method} ${op.template} has no documented ${status} response`];
  }
  const validate = validator(op, [
    "responses",
    String(status),
    "content",
    "application/json",
    "schema",
  ]);
  if (!validate || validate(body)) return [];
  return (validate.errors ?? []).map(describeError);
}

function validator(op: RestOperation, rest: string[]): ValidateFunction | null {
  const { ajv, compiled } = load();
  const pointer = ["paths", op.template, op.method.toLowerCase(), ...rest]
    .map((s) => encodeURIComponent(s.replace(/~/g, "~0").replace(/\//g, "~1")))
    .join("/");
  if (!compiled.has(pointer)) {
    let fn: ValidateFunction | null = null;
    try {
      fn = ajv.getSchema(`gh#/${pointer}`) ?? null;
    } catch {
      fn = null; // the operation documents no such body
    }
    compiled.set(pointer, fn);
  }
  return compiled.get(pointer)!;
}

function describeError(e: ErrorObject): string {
  const at = e.instancePath ? `'${e.instancePath.slice(1)}'` : "the body";
  if (e.keyword === "required")
    return `"${(e.params as { missingProperty: string }).missingProperty}" wasn't supplied in ${at}.`;
  return `For ${at}, ${e.message}.`;
}

/**
 * OpenAPI 3.0 marks a nullable schema with `nullable: true`, which ajv accepts only beside a
 * `type`; GitHub's description also puts it beside `allOf`/`anyOf`/`enum`. Rewrites each to
 * plain JSON Schema, in place.
 */
function toJsonSchemaNulls(node: unknown): void {
  if (Array.isArray(node)) {
    for (const x of node) toJsonSchemaNulls(x);
    return;
  }
  if (!node || typeof node !== "object") return;
  const o = node as Record<string, unknown>;
  for (const v of Object.values(o)) toJsonSchemaNulls(v);
  if (o.nullable !== true) return;
  delete o.nullable;
  if (typeof o.type === "string") {
    o.type = [o.type, "null"];
    if (Array.isArray(o.enum) && !o.enum.includes(null)) o.enum.push(null);
    return;
  }
  const rest = { ...o };
  for (const k of Object.keys(o)) delete o[k];
  o.anyOf = [{ type: "null" }, rest];
}
