import type { Workspace } from "../model/types.js";
import { NO_FACTS, type Tracked } from "./types.js";

/**
 * track: the facts from outside the workspace that its model refers to (tracking issues and the
 * like), for the check rules and the renderers. Empty for now; it will read the cache that
 * `waymark sync` fills, never the network, so `check`, `status` and `build` stay offline.
 */
export async function trackWorkspace(_workspace: Workspace): Promise<Tracked> {
  return { facts: NO_FACTS, diagnostics: [] };
}
