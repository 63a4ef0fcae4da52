import type { Config, Workspace } from "../model/types.js";
import { normalizeLabel } from "./reference-labels.js";

/**
 * What rust-project-goals' renderer defines itself, so its pages use these labels with no
 * definition: its book.toml's `[preprocessor.goals.links]` badges, the team names mdbook-goals
 * links (to the team's repository, or the governance page), and book.toml's "linkifiers" that turn
 * `[RFC #N]`, `[owner/repo#N]` and `[#N]` into links. Without this, the corpus reports hundreds of
 * labels that do render. `waymark import` writes the ones a workspace uses into `references:`.
 */
const RUST_PROJECT_GOALS = {
  badges: new Map([
    ["help wanted", "https://img.shields.io/badge/Help%20wanted-yellow"],
    ["complete", "https://img.shields.io/badge/Complete-green"],
    ["tbd", "https://img.shields.io/badge/TBD-red"],
    ["team", "https://img.shields.io/badge/Team%20ask-red"],
    ["not funded", "https://img.shields.io/badge/Not%20yet%20funded-red"],
  ]),
  teams: "https://www.rust-lang.org/governance/teams",
  linkifiers: [
    [/^rfc #(\d+)$/i, "https://github.com/rust-lang/rfcs/pull/$1"],
    [/^([\w.-]+)\/([\w.-]+)#(\d+)$/, "https://github.com/$1/$2/issues/$3"],
    [/^#(\d+)$/, "https://github.com/rust-lang/rust/issues/$1"],
  ] as [RegExp, string][],
};

/**
 * The URL rust-project-goals' renderer gives a label (as written, or normalized), if it gives one.
 * Linkified numbers and repositories keep the case they were written in.
 */
export function rustProjectGoalsLabelUrl(config: Config, label: string): string | undefined {
  const identifier = normalizeLabel(label);
  const { badges, teams, linkifiers } = RUST_PROJECT_GOALS;
  const badge = badges.get(identifier);
  if (badge) return badge;
  if (config.teams.has(identifier)) return config.teams.get(identifier)?.url ?? teams;
  const written = label.replace(/[\t\n\r ]+/g, " ").trim();
  for (const [pattern, url] of linkifiers)
    if (pattern.test(written)) return written.replace(pattern, url);
  return undefined;
}

const shared = new WeakMap<Config, Set<string>>();

/** The labels of `references:` in waymark.yaml, normalized; built once per config. */
function sharedLabels(config: Config): Set<string> {
  let labels = shared.get(config);
  if (!labels) {
    labels = new Set([...(config.references?.keys() ?? [])].map(normalizeLabel));
    shared.set(config, labels);
  }
  return labels;
}

/**
 * True when every page has a definition of this (normalized) label without writing one: from
 * `references:` in waymark.yaml, or from the layout's renderer (rust-project-goals').
 */
export function isImplicitLabel(workspace: Workspace, identifier: string): boolean {
  if (sharedLabels(workspace.config).has(identifier)) return true;
  return (
    workspace.layout === "rust-project-goals" &&
    rustProjectGoalsLabelUrl(workspace.config, identifier) !== undefined
  );
}
