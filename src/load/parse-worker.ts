import { parentPort } from "node:worker_threads";
import { parseFileAhead } from "./parse-file-ahead.js";
import { frontMatterCodec, type StoredFrontMatter } from "./read-front-matter.js";

/**
 * A parse worker (`parse-ahead.ts` starts it): says "ready" once loaded; then each message is a batch of [path, text], answered
 * with what the parse pack would store of each file (the front-matter codec's entry, whose tree
 * is the bare Markdown parse's entry too), or null for a file the load must parse itself. Entries
 * cross as data: the parsed values hold proxies (lazy YAML spans) that cannot be cloned.
 */
export type ParseBatch = [path: string, text: string][];
export type ParsedBatch = (StoredFrontMatter | null)[];

parentPort?.on("message", (batch: ParseBatch) => {
  const out: ParsedBatch = batch.map(([file, text]) => {
    const parsed = parseFileAhead(file, text);
    return parsed ? (frontMatterCodec.encode(parsed.frontMatter) as StoredFrontMatter) : null;
  });
  parentPort!.postMessage(out);
});
// Loaded: the first batch may come (until then the main thread parses alone).
parentPort?.postMessage("ready");
