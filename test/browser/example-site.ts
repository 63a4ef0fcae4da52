import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { runWaymark } from "../helpers/run-waymark.js";
import { serveFolder } from "./serve-folder.js";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const EXAMPLE = join(ROOT, "examples", "async-wg");
/** A fixed build date, inside the 2024h2 period, so date-dependent content is the same each run. */
export const BUILD_DATE = "2024-09-15";

export interface ExampleSite {
  /** The origin it is served from, "http://127.0.0.1:PORT". */
  origin: string;
  /** The built folder. */
  out: string;
  close(): Promise<void>;
}

/**
 * Builds examples/async-wg (or another workspace) with the real CLI, as a user would, into a temporary folder and
 * serves it on loopback. `close` stops the server and removes the folder.
 */
export async function serveExampleSite(dir = EXAMPLE): Promise<ExampleSite> {
  const out = await mkdtemp(join(tmpdir(), "waymark-site-"));
  const run = await runWaymark("build", dir, "--out", out, "--date", BUILD_DATE);
  if (run.code !== 0) {
    await rm(out, { recursive: true, force: true });
    throw new Error(`waymark build failed (exit ${run.code}):\n${run.stderr}`);
  }
  const served = await serveFolder(out);
  return {
    origin: served.origin,
    out,
    close: async () => {
      await served.close();
      await rm(out, { recursive: true, force: true });
    },
  };
}

/** One page of each kind the site has, by kind: what the axe, phone and screenshot runs open. */
export const PAGES = {
  home: "/",
  roadmap: "/roadmap/",
  "roadmap-filtered": "/roadmap/state/paused/",
  goal: "/goals/async-fn-everywhere/",
  initiative: "/goals/tokio-console/",
  periods: "/periods/",
  slate: "/periods/2024h2/",
  vision: "/vision/",
  stories: "/vision/status-quo/",
  story: "/vision/stories/alan-needs-async-in-traits/",
  character: "/vision/characters/alan/",
  coverage: "/vision/coverage/",
  people: "/people/",
  person: "/people/tmandry/",
  teams: "/teams/",
  team: "/teams/lang/",
  "free-page": "/pages/README/",
  triage: "/triage/",
  "not-found": "/404.html",
} as const;
