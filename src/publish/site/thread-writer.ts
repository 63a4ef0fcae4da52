import type { Worker } from "node:worker_threads";
import { startWorker, type WorkerModule } from "../../load/start-worker.js";
import { type PageLinks, pooledLinks, type TextPool } from "../../render/site/links/page-links.js";
import type { OutputFile, SiteWriter, WrittenFile } from "./write-site.js";
import type { TreeOptions } from "./write-tree.js";
import type { WriteAnswer, WriteCall, WriteFailure } from "./write-worker.js";

const WRITE_WORKER = {
  source: new URL("./write-worker.ts", import.meta.url),
  resourceLimits: { maxYoungGenerationSizeMb: 1 },
};
/** Rendered files handed over and not answered yet, at most: beyond, the render waits. */
const AHEAD = 16;

const ignore = () => {};

interface Waiting {
  answered: Promise<WriteAnswer>;
  resolve(answer: WriteAnswer): void;
  reject(error: Error): void;
}

/**
 * A `SiteWriter` whose `TreeWriter` runs on a worker thread (`write-worker.ts`): the render hands
 * each file over and goes on, while the worker writes it, digests it and reads its links. The
 * answers come back in order; the links as numbers into the texts the worker sent once each, so
 * the pages share them as `TextPool` would make them. An error the tree threw crosses as data
 * and is made an Error again here, marked for `threw`; a worker that dies fails every call
 * waiting, as a bug.
 */
export class ThreadWriter implements SiteWriter {
  private readonly waiting: Waiting[] = [];
  private readonly texts: string[] = [];
  private readonly thrown = new WeakSet<object>();
  private failure?: Error;
  private stopped = false;
  /** For the interruption tests, as `TreeWriter` says it on its own thread. */
  private announce = !!Number(process.env.WAYMARK_TEST_WRITE_PAUSE_MS);

  /**
   * Undefined when no worker can start (the sources without tsx): the caller writes itself.
   * `module` replaces the worker (tests of one that dies).
   */
  static start(
    out: string,
    options: TreeOptions = {},
    module: WorkerModule | URL = WRITE_WORKER,
  ): ThreadWriter | undefined {
    try {
      return new ThreadWriter(startWorker(module), out, options);
    } catch {
      return undefined;
    }
  }

  private constructor(
    private readonly worker: Worker,
    out: string,
    options: TreeOptions,
  ) {
    worker.on("message", (answer: WriteAnswer) => this.answered(answer));
    worker.on("error", (error) => this.died(error));
    worker.on("exit", () => this.died(new Error("the write worker stopped")));
    // Held open only while an answer is awaited (`ask`).
    worker.unref();
    this.post(["open", out, options]);
  }

  async keep(file: string): Promise<void> {
    this.post(["keep", file]);
  }

  async write(file: OutputFile): Promise<void> {
    this.post(["write", file]);
  }

  async room(): Promise<void> {
    const behind = this.waiting.length - AHEAD;
    if (behind >= 0) await this.waiting[behind]!.answered.catch(ignore);
    if (this.failure) throw this.failure;
  }

  /** Settles once the worker has done it; rejects unobserved without an unhandled rejection. */
  rendered(
    file: string,
    text: string,
    texts: TextPool,
    links: PageLinks | undefined,
  ): Promise<WrittenFile> {
    const page = links && pooledLinks(links, texts);
    const made = this.ask(["rendered", file, text, !page]).then((answer) =>
      page ? { out: this.page(answer).out, page } : this.page(answer),
    );
    made.catch(ignore);
    return made;
  }

  async finish(plan: {
    keep: string[];
    manifest: readonly string[];
    always: boolean;
  }): Promise<boolean> {
    try {
      const answer = await this.ask(["finish", plan]);
      return answer[0] === "finished" && answer[1];
    } finally {
      await this.stop();
    }
  }

  async abandon(): Promise<void> {
    if (!this.stopped) await this.ask(["abandon"]).catch(ignore);
    await this.stop();
  }

  threw(error: unknown): boolean {
    return typeof error === "object" && error !== null && this.thrown.has(error);
  }

  private post(call: WriteCall): void {
    if (this.announce) process.stderr.write("waymark: writing\n");
    this.announce = false;
    if (!this.stopped) this.worker.postMessage(call);
  }

  private ask(call: WriteCall): Promise<WriteAnswer> {
    if (this.stopped) return Promise.reject(this.failure ?? new Error("the write worker stopped"));
    let waiting: Omit<Waiting, "answered"> | undefined;
    const answered = new Promise<WriteAnswer>((resolve, reject) => {
      waiting = { resolve, reject };
    });
    answered.catch(ignore);
    this.waiting.push({ ...waiting!, answered });
    if (this.waiting.length === 1) this.worker.ref();
    this.post(call);
    return answered.then((answer) => {
      if (answer[0] !== "failed") return answer;
      throw this.revive(answer[1]);
    });
  }

  private answered(answer: WriteAnswer): void {
    const waiting = this.waiting.shift();
    if (this.waiting.length === 0) this.worker.unref();
    waiting?.resolve(answer);
  }

  private page(answer: WriteAnswer): WrittenFile {
    if (answer[0] !== "rendered") throw new Error(`unexpected answer ${answer[0]}`);
    const [, out, links, ids, fresh] = answer;
    for (const text of fresh) this.texts.push(text);
    if (!links) return { out };
    const text = (n: number) => this.texts[n]!;
    return { out, page: { links: links.map(text), ids: ids.map(text) } };
  }

  /** The worker's failure as an Error again, the first one kept for `room`. */
  private revive(failure: WriteFailure): Error {
    if (this.failure) return this.failure;
    const { message, stack, unwritable, ...fields } = failure;
    const error = Object.assign(new Error(message), fields);
    if (stack) error.stack = stack;
    if (unwritable) this.thrown.add(error);
    this.failure = error;
    return error;
  }

  private died(error: Error): void {
    if (this.stopped) return;
    this.stopped = true;
    this.failure ??= error;
    for (const waiting of this.waiting.splice(0)) waiting.reject(this.failure);
  }

  private async stop(): Promise<void> {
    this.stopped = true;
    await this.worker.terminate();
  }
}
