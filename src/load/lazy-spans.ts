import type { Spans } from "../model/types.js";

/**
 * A `Spans` record filled by `fill` on its first use (any read, key listing or write), then an
 * ordinary record. Most files have no finding, and nothing reads their spans: positions are then
 * never computed. `fill` writes into the record it is given, as an eager parser would.
 */
export function lazySpans(fill: (into: Spans) => void): Spans {
  const target: Spans = {};
  let filled = false;
  const real = (): Spans => {
    if (!filled) {
      filled = true;
      fill(target);
    }
    return target;
  };
  return new Proxy(target, {
    get: (_, key) => Reflect.get(real(), key),
    has: (_, key) => Reflect.has(real(), key),
    ownKeys: () => Reflect.ownKeys(real()),
    getOwnPropertyDescriptor: (_, key) => Reflect.getOwnPropertyDescriptor(real(), key),
    set: (_, key, value) => Reflect.set(real(), key, value),
    defineProperty: (_, key, descriptor) => Reflect.defineProperty(real(), key, descriptor),
    deleteProperty: (_, key) => Reflect.deleteProperty(real(), key),
    getPrototypeOf: () => Reflect.getPrototypeOf(real()),
  });
}
