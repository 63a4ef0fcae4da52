import type { Span } from "../diagnostics/diagnostic.js";
import type { Spans } from "../model/types.js";

/** How a lazy record is made: whole, or (when `exact`) one entry at a time. */
export interface SpanSource {
  /** Writes every entry into `into`, in order; an entry `made` holds already is that object. */
  fill: (into: Spans, made: ReadonlyMap<number, Span>) => void;
  /** The index of the entry a path reads, or -1 when the record would have no such own key. */
  find: (path: string) => number;
  /** The span of entry `index`. */
  make: (index: number) => Span;
  /** True when reading one path alone answers as the whole record would (plain prototype). */
  exact: boolean;
}

/** What a lazy record's proxy holds: the record once made, or how to make it. */
interface Pending {
  spans: Spans | undefined;
  source: SpanSource;
  /** Entries read one at a time before the record was made: the record reuses them. */
  made: Map<number, Span> | undefined;
}

const whole = (pending: Pending): Spans => {
  if (!pending.spans) {
    pending.spans = {};
    pending.source.fill(pending.spans, pending.made ?? new Map());
    pending.made = undefined;
  }
  return pending.spans;
};

/**
 * One path read before the record is made: that entry alone (the same object each time, and in
 * the record once it is made), or what the record's plain prototype gives for a path it lacks.
 */
function one(p: Pending, key: string, receiver: unknown): unknown {
  const index = p.source.find(key);
  if (index < 0) return Reflect.get(Object.prototype, key, receiver);
  p.made ??= new Map();
  let span = p.made.get(index);
  if (!span) {
    span = p.source.make(index);
    p.made.set(index, span);
  }
  return span;
}

/** One handler for every lazy record (a proxy per file, no closures per trap). */
const HANDLER: ProxyHandler<Pending> = {
  get: (p, key, receiver) =>
    !p.spans && p.source.exact && typeof key === "string"
      ? one(p, key, receiver)
      : Reflect.get(whole(p), key),
  has: (p, key) => Reflect.has(whole(p), key),
  ownKeys: (p) => Reflect.ownKeys(whole(p)),
  getOwnPropertyDescriptor: (p, key) => Reflect.getOwnPropertyDescriptor(whole(p), key),
  set: (p, key, value) => Reflect.set(whole(p), key, value),
  defineProperty: (p, key, descriptor) => Reflect.defineProperty(whole(p), key, descriptor),
  deleteProperty: (p, key) => Reflect.deleteProperty(whole(p), key),
  getPrototypeOf: (p) => Reflect.getPrototypeOf(whole(p)),
};

/**
 * A `Spans` record made on its first use, then an ordinary record. Most files have no finding,
 * and nothing reads their spans: positions are then never computed. A read of one path makes
 * that span alone (a team ask's location in waymark.json needs one of a file's twenty); any
 * other use (listing keys, `in`, a write) makes the whole record, as an eager parser would have.
 */
export function lazySpans(source: SpanSource): Spans {
  // The proxy's own target holds the state; every trap answers from the record instead, and
  // the target's properties are configurable, so hiding them keeps the proxy invariants.
  return new Proxy<Pending>(
    { spans: undefined, source, made: undefined },
    HANDLER,
  ) as unknown as Spans;
}
