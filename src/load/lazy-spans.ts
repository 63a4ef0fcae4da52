import type { Spans } from "../model/types.js";

/** What a lazy record's proxy holds: the record once made, or how to make it. */
interface Pending {
  spans: Spans | undefined;
  fill: (into: Spans) => void;
}

const made = (pending: Pending): Spans => {
  if (!pending.spans) {
    pending.spans = {};
    pending.fill(pending.spans);
  }
  return pending.spans;
};

/** One handler for every lazy record (a proxy per file, no closures per trap). */
const HANDLER: ProxyHandler<Pending> = {
  get: (p, key) => Reflect.get(made(p), key),
  has: (p, key) => Reflect.has(made(p), key),
  ownKeys: (p) => Reflect.ownKeys(made(p)),
  getOwnPropertyDescriptor: (p, key) => Reflect.getOwnPropertyDescriptor(made(p), key),
  set: (p, key, value) => Reflect.set(made(p), key, value),
  defineProperty: (p, key, descriptor) => Reflect.defineProperty(made(p), key, descriptor),
  deleteProperty: (p, key) => Reflect.deleteProperty(made(p), key),
  getPrototypeOf: (p) => Reflect.getPrototypeOf(made(p)),
};

/**
 * A `Spans` record filled by `fill` on its first use (any read, key listing or write), then an
 * ordinary record. Most files have no finding, and nothing reads their spans: positions are then
 * never computed. `fill` writes into the record it is given, as an eager parser would.
 */
export function lazySpans(fill: (into: Spans) => void): Spans {
  // The proxy's own target holds the state; every trap answers from the record instead, and
  // the target's properties are configurable, so hiding them keeps the proxy invariants.
  return new Proxy<Pending>({ spans: undefined, fill }, HANDLER) as unknown as Spans;
}
