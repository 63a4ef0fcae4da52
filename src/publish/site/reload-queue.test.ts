import { describe, expect, it } from "vitest";
import { type Changes, ReloadQueue } from "./reload-queue.js";

/** A queue whose reload takes the changes at once, then waits until the test lets it finish. */
function queueOfGates() {
  const runs: Changes[] = [];
  const gates: Array<() => void> = [];
  const failures: unknown[] = [];
  let takes = true;
  const queue = new ReloadQueue(
    async () => {
      if (takes) runs.push(queue.take());
      await new Promise<void>((open) => gates.push(open));
    },
    (error) => failures.push(error),
  );
  const tick = () => new Promise((r) => setTimeout(r, 0));
  const finish = async () => {
    await tick();
    gates.shift()?.();
    await tick();
  };
  return { queue, runs, failures, finish, tick, refuse: (no: boolean) => (takes = !no) };
}

const paths = (changes: Changes) => [...changes.paths].sort();

describe("ReloadQueue", () => {
  it("takes changes reported before the reload started together, in one reload", async () => {
    const q = queueOfGates();
    void q.queue.report("a.md");
    void q.queue.report("b.md");
    await q.finish();
    await q.queue.settled();
    expect(q.runs.map(paths)).toEqual([["a.md", "b.md"]]);
  });

  it("starts one more reload for changes reported after the running one took its own", async () => {
    const q = queueOfGates();
    void q.queue.report("a.md");
    await q.tick(); // the reload runs and has taken a.md
    void q.queue.report("b.md");
    void q.queue.report("c.md");
    await q.finish();
    await q.finish();
    await q.queue.settled();
    expect(q.runs.map(paths)).toEqual([["a.md"], ["b.md", "c.md"]]);
  });

  it("joins a change reported after the reload started but before it took the changes", async () => {
    const runs: Changes[] = [];
    const looks: Array<() => void> = [];
    const queue: ReloadQueue = new ReloadQueue(
      async () => {
        // As serve's reload looks whether the folder is still there before it reads.
        await new Promise<void>((look) => looks.push(look));
        runs.push(queue.take());
      },
      () => {},
    );
    void queue.report("a.md");
    await new Promise((r) => setTimeout(r, 0)); // the reload has started and is looking
    expect(looks).toHaveLength(1);
    void queue.report("a.md"); // the second event of the same save
    looks.shift()?.();
    await new Promise((r) => setTimeout(r, 0));
    looks.shift()?.(); // a second reload, if one was started, would look now
    await queue.settled();
    expect(runs.map(paths)).toEqual([["a.md"]]);
  });

  it("never starts a reload that finds nothing to read", async () => {
    const q = queueOfGates();
    for (let i = 0; i < 5; i++) {
      void q.queue.report("a.md");
      await q.finish();
    }
    await q.queue.settled();
    expect(q.runs).toHaveLength(5);
    expect(q.runs.every((run) => run.paths.size === 1)).toBe(true);
  });

  it("marks a report that could not name a path as everything", async () => {
    const q = queueOfGates();
    void q.queue.report();
    await q.finish();
    expect(q.runs).toEqual([{ paths: new Set(), everything: true }]);
  });

  it("keeps the changes a reload did not take for the next report", async () => {
    const q = queueOfGates();
    q.refuse(true); // the folder is away: the reload reads nothing
    void q.queue.report("a.md");
    await q.finish();
    expect(q.queue.has("a.md")).toBe(true);
    q.refuse(false);
    void q.queue.report("b.md");
    await q.finish();
    expect(q.runs.map(paths)).toEqual([["a.md", "b.md"]]);
  });

  it("reports a failed reload and goes on with the next", async () => {
    const failures: unknown[] = [];
    let calls = 0;
    const queue: ReloadQueue = new ReloadQueue(
      async () => {
        queue.take();
        if (++calls === 1) throw new Error("disk on fire");
      },
      (error) => failures.push(error),
    );
    await queue.report("a.md");
    await queue.report("b.md");
    expect(calls).toBe(2);
    expect(failures).toEqual([new Error("disk on fire")]);
  });
});
