import { splitPeople } from "../../markdown/milestones.js";
import type { Person, Team } from "../../types.js";
import { type Definitions, labelKey } from "./links.js";
import { titleCase } from "./names.js";

/** The people and teams the book's owner and participant cells name, gathered while reading. */
export interface Roster {
  people: Map<string, Person>;
  teams: Map<string, Team>;
}

export function newRoster(): Roster {
  return { people: new Map(), teams: new Map() };
}

const GITHUB_USER = /^https?:\/\/(?:www\.)?github\.com\/([A-Za-z0-9][A-Za-z0-9-]{0,38})\/?$/;
const RUST_TEAM = /^https?:\/\/(?:www\.)?rust-lang\.org\/governance\/teams\/([\w-]+)\/?$/;

/**
 * Resolves a name as a cell writes it ("eliza weisman", "@tmandry", "Lang team") through the
 * page's link definitions: a GitHub profile gives the handle, a rust-lang team page the team id,
 * and the label becomes the display name when it is not the handle. Anything else stays as
 * written, for the reference rules to judge.
 */
export function resolvePerson(label: string, defs: Definitions, roster: Roster): string {
  const bare = label.replace(/^@/, "").trim();
  const def = defs.get(labelKey(label)) ?? defs.get(labelKey(bare));
  if (!def) return bare;
  const user = GITHUB_USER.exec(def.url);
  if (user) {
    const handle = user[1]!;
    const name = labelKey(bare) === handle.toLowerCase() ? undefined : titleCase(bare);
    const known = roster.people.get(handle);
    if (!known)
      roster.people.set(handle, {
        handle,
        name,
        url: `https://github.com/${handle}`,
        span: def.span,
      });
    else if (!known.name && name) known.name = name;
    return handle;
  }
  const team = RUST_TEAM.exec(def.url);
  if (team) {
    const id = team[1]!;
    if (!roster.teams.has(id))
      roster.teams.set(id, { id, name: bare, url: def.url, span: def.span });
    return id;
  }
  return bare;
}

/** The people of a cell's text ("[Gus Wynn], [eholk]"), each resolved as above. */
export function resolvePeople(text: string, defs: Definitions, roster: Roster): string[] {
  const out: string[] = [];
  for (const name of splitPeople(text)) {
    const id = resolvePerson(name, defs, roster);
    if (!out.includes(id)) out.push(id);
  }
  return out;
}
