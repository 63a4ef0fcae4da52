/** What a reload must read again: the paths reported, or everything when a report could not say. */
export interface Changes {
  paths: Set<string>;
  everything: boolean;
}

/**
 * `serve`'s reloads: one at a time, with no fixed delay. A change reported before the waiting
 * reload has taken the changes joins it; one reported after starts the next. The reload calls
 * `take` before its first wait, so no change is read twice and none is left behind: clearing the
 * "waiting" mark when the reload starts, instead, let a change reported in between chain a
 * second reload that found nothing to do.
 */
export class ReloadQueue {
  private paths = new Set<string>();
  private everything = false;
  private waiting = false;
  private taken = 0;
  private last: Promise<void> = Promise.resolve();

  constructor(
    private readonly reload: () => Promise<void>,
    private readonly failed: (error: unknown) => void,
  ) {}

  /** `path` changed (undefined: anything may have); a reload follows. */
  report(path?: string): Promise<void> {
    if (path === undefined) this.everything = true;
    else this.paths.add(path);
    return this.schedule();
  }

  /** True when `path` waits for the next reload. */
  has(path: string): boolean {
    return this.paths.has(path);
  }

  /** For the reload, before it waits for anything: the changes it is to read. */
  take(): Changes {
    const changes = { paths: this.paths, everything: this.everything };
    this.paths = new Set();
    this.everything = false;
    this.waiting = false;
    this.taken++;
    return changes;
  }

  /** Settles when the reloads started so far have finished. */
  settled(): Promise<void> {
    return this.last;
  }

  private schedule(): Promise<void> {
    if (this.waiting) return this.last;
    this.waiting = true;
    this.last = this.last.then(async () => {
      const taken = this.taken;
      try {
        await this.reload();
      } catch (error) {
        this.failed(error);
      } finally {
        // A reload that took nothing (the folder was away) leaves the changes for the next one.
        if (this.taken === taken) this.waiting = false;
      }
    });
    return this.last;
  }
}
