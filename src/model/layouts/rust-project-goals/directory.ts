import type { Span } from "../../../diagnostics/diagnostic.js";
import type { Config } from "../../types.js";

/**
 * The people and teams a rust-project-goals checkout names: `@handles` and `[team]` labels. The
 * checkout has no list of them, so they are gathered where first mentioned and added to the
 * config, unless the config (a waymark.yaml) already has them with names and links.
 */
export class Directory {
  readonly people = new Map<string, Span>();
  readonly teams = new Map<string, Span>();

  addPeople(handles: string[], span: Span): void {
    for (const handle of handles) if (!this.people.has(handle)) this.people.set(handle, span);
  }

  addTeams(ids: string[], span: Span): void {
    for (const id of ids) if (!this.teams.has(id)) this.teams.set(id, span);
  }

  /** A copy of the config with everyone gathered added; what the config says wins. */
  fill(config: Config): Config {
    const people = new Map(config.people);
    const teams = new Map(config.teams);
    // Handles and team ids share one namespace, and GitHub ignores case.
    const taken = new Set([...people.keys(), ...teams.keys()].map((k) => k.toLowerCase()));
    const claim = (id: string) => !taken.has(id.toLowerCase()) && taken.add(id.toLowerCase());
    for (const [id, span] of this.teams) if (claim(id)) teams.set(id, { id, span });
    for (const [handle, span] of this.people)
      if (claim(handle)) people.set(handle, { handle, url: `https://github.com/${handle}`, span });
    return { ...config, people, teams };
  }
}
