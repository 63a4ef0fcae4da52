import type { Octokit } from "@octokit/core";

/** Waits this long (ms); a test passes its own to see the waits without sleeping. */
export type Wait = (ms: number) => Promise<void>;

export const realWait: Wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

interface Options {
  /** Milliseconds per second of `retry-after` (1000 against GitHub). */
  baseMs: number;
  /** Longest `retry-after` sat out, in seconds; a longer one fails at once. */
  maxSeconds: number;
  retries: number;
  wait: Wait;
}

interface FailedRequest {
  status?: number;
  response?: { headers?: Record<string, string | undefined> };
}

/**
 * A 429 that is neither a primary limit (`x-ratelimit-remaining: 0`, which plugin-throttling
 * waits out until the reset) nor a secondary one (its message, also throttling's) is a plain
 * "too many requests", as proxies and GitHub's abuse guard send it: plugin-retry would retry it
 * on its own backoff and ignore `retry-after`. This wraps the request innermost, before
 * throttling and retry see the error, and waits what the server asked before trying again.
 */
export function honourRetryAfter(options: Options) {
  return (octokit: Octokit) => {
    octokit.hook.wrap("request", async (request, requestOptions) => {
      for (let attempt = 0; ; attempt++) {
        try {
          return await request(requestOptions);
        } catch (error) {
          const seconds = plainRetryAfter(error as FailedRequest);
          if (seconds === undefined || seconds > options.maxSeconds || attempt >= options.retries)
            throw error;
          await options.wait(seconds * options.baseMs);
        }
      }
    });
  };
}

function plainRetryAfter(error: FailedRequest): number | undefined {
  if (error.status !== 429) return undefined;
  const headers = error.response?.headers ?? {};
  if (headers["x-ratelimit-remaining"] === "0") return undefined;
  const header = headers["retry-after"];
  if (header === undefined) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds;
  // retry-after may also be an HTTP date.
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - Date.now()) / 1000));
}
