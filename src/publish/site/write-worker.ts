import { parentPort } from "node:worker_threads";
import { TextPool } from "../../render/site/links/page-links.js";
import { type OutputFile, type TreeOptions, TreeWriter, type WrittenFile } from "./write-tree.js";

/**
 * The write worker (`thread-writer.ts` starts it): a `TreeWriter` on its own thread, given the
 * main thread's calls as messages, in order. A rendered file, `finish` and `abandon` each get
 * exactly one answer, in order; `keep` and `write` none. The first failure is kept, what follows
 * is skipped, and every later call that gets an answer is answered with it (`abandon` still
 * runs, so the tree goes).
 */
export type WriteCall =
  | ["open", out: string, options: TreeOptions]
  | ["keep", file: string]
  | ["write", file: OutputFile]
  /** `read`: whether the worker reads the page's links (the caller has them otherwise). */
  | ["rendered", file: string, text: string, read: boolean]
  | ["finish", plan: { keep: string[]; manifest: readonly string[]; always: boolean }]
  | ["abandon"];

export type WriteAnswer =
  /** Links and ids as numbers into the texts sent so far; `texts` are the ones new with this page. */
  | ["rendered", out: string, links: number[] | null, ids: number[], texts: string[]]
  | ["finished", swapped: boolean]
  | ["abandoned"]
  | ["failed", WriteFailure];

/** An error that crossed from the worker: what `writeFailure` reads, and whether the tree threw it. */
export interface WriteFailure {
  message: string;
  stack?: string;
  code?: string;
  syscall?: string;
  path?: string;
  unwritable: boolean;
}

const port = parentPort;
let tree: TreeWriter | undefined;
let failure: WriteFailure | undefined;
/** Each link and id once (`TextPool`), and its number on the main thread's side. */
const texts = new TextPool();
const numbers = new Map<string, number>();
let calls: Promise<void> = Promise.resolve();

// One call at a time: the tree's calls are asynchronous and must not interleave.
port?.on("message", (call: WriteCall) => {
  calls = calls.then(() => run(call));
});

async function run(call: WriteCall): Promise<void> {
  if (call[0] === "open") {
    tree = new TreeWriter(call[1], call[2]);
    return;
  }
  const writer = tree!;
  if (call[0] === "abandon") {
    await writer.abandon();
    return answer(["abandoned"]);
  }
  // The calls that get an answer get one, a failure included.
  const asks = call[0] === "rendered" || call[0] === "finish";
  if (failure) return asks ? answer(["failed", failure]) : undefined;
  try {
    if (call[0] === "keep") await writer.keep(call[1]);
    else if (call[0] === "write") await writer.write(call[1]);
    else if (call[0] === "rendered")
      answer(numbered(await writer.rendered(call[1], call[2], texts, call[3] ? undefined : null)));
    else answer(["finished", await writer.finish(call[1])]);
  } catch (error) {
    failure = describe(error, writer.threw(error));
    if (asks) answer(["failed", failure]);
  }
}

function answer(message: WriteAnswer): void {
  port!.postMessage(message);
}

function numbered({ out, page }: WrittenFile): WriteAnswer {
  const fresh: string[] = [];
  const number = (text: string) => {
    let n = numbers.get(text);
    if (n === undefined) {
      n = numbers.size;
      numbers.set(text, n);
      fresh.push(text);
    }
    return n;
  };
  return [
    "rendered",
    out,
    page ? page.links.map(number) : null,
    page?.ids.map(number) ?? [],
    fresh,
  ];
}

function describe(error: unknown, unwritable: boolean): WriteFailure {
  const { message, stack, code, syscall, path } = (error ?? {}) as NodeJS.ErrnoException;
  return { message: String(message ?? error), stack, code, syscall, path, unwritable };
}
