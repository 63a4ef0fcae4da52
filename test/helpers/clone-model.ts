/**
 * A deep copy of a model, for tests that change one and compare. `structuredClone` refuses the
 * model itself: a file's spans are a proxy made on first use (load/lazy-spans.ts). Plain
 * objects (proxies included), arrays, maps and sets are copied; anything else is cloned.
 */
export function cloneModel<T>(value: T): T {
  return copy(value) as T;
}

function copy(value: unknown): unknown {
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map(copy);
  if (value instanceof Map) return new Map([...value].map(([k, v]) => [copy(k), copy(v)]));
  if (value instanceof Set) return new Set([...value].map(copy));
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return structuredClone(value);
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, copy(v)]));
}
