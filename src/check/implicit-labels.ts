import type { Workspace } from "../model/types.js";

/**
 * Reference labels that rust-project-goals' renderer defines itself, so its pages use them with no
 * definition: its mdbook-goals preprocessor appends the badge definitions of book.toml's
 * `[preprocessor.goals.links]`, links team names, and turns `[RFC #N]`, `[owner/repo#N]` and `[#N]`
 * into links ("linkifiers"). Without this, the corpus reports hundreds of labels that do render.
 */
const RUST_PROJECT_GOALS = {
  names: new Set(["help wanted", "complete", "tbd", "team", "not funded"]),
  patterns: [/^rfc #\d+$/, /^[\w.-]+\/[\w.-]+#\d+$/, /^#\d+$/],
};

/** True when the layout's renderer supplies a definition for this (normalized) label. */
export function isImplicitLabel(workspace: Workspace, identifier: string): boolean {
  if (workspace.layout !== "rust-project-goals") return false;
  const { names, patterns } = RUST_PROJECT_GOALS;
  return (
    names.has(identifier) ||
    workspace.config.teams.has(identifier) ||
    patterns.some((p) => p.test(identifier))
  );
}
