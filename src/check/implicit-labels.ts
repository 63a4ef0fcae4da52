import { fileSpan } from "../diagnostics/diagnostic.js";
import { CONFIG_FILE } from "../model/layouts/waymark/build-config.js";
import type { Config, SharedReference, Workspace } from "../model/types.js";
import { labelsOf, normalizeLabel } from "./reference-labels.js";

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

/**
 * The labels a rust-project-goals workspace uses without defining them that its renderer defines
 * (see rustProjectGoalsLabelUrl), as `references:` in waymark.yaml would say them: what `import`
 * writes there, and what the site defines on every page of such a checkout. Empty for any other
 * layout, which says its shared labels itself.
 */
export function implicitReferences(ws: Workspace): Map<string, SharedReference> {
  const references = new Map<string, SharedReference>();
  if (ws.layout !== "rust-project-goals") return references;
  const span = fileSpan(CONFIG_FILE);
  const seen = new Set<string>();
  for (const doc of ws.documents)
    for (const use of labelsOf(doc).uses) {
      if (use.defined || seen.has(use.identifier)) continue;
      seen.add(use.identifier);
      const url = rustProjectGoalsLabelUrl(ws.config, use.label);
      const label = use.label.replace(/[\t\n\r ]+/g, " ").trim();
      if (url) references.set(label, { label, url, span });
    }
  return references;
}
