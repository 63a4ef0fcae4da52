import { createContext } from "preact";
import { useContext } from "preact/hooks";
import type { LinkResolver } from "./markdown/render-markdown.js";
import { linkResolver } from "./markdown/resolve-link.js";

export interface NavEntry {
  path: string;
  label: string;
}

/**
 * What every page shares: the frame around it and the lookups its components make. It is plain
 * data, so its digest joins every page's cache key: change it and every page renders again.
 */
export interface ShellData {
  /** Base path of the site, starting and ending with "/". */
  base: string;
  groupName: string;
  nav: NavEntry[];
  /** Display names and profile URLs by handle, for every handle a page may name. */
  people: Record<string, { name?: string; url?: string }>;
  teams: Record<string, { name?: string; url?: string }>;
  /** Site path of the page built from each source file, for rewriting relative links. */
  pageOfFile: Record<string, string>;
  /** Site path of each workspace file copied as is. */
  copied: Record<string, string>;
}

/** The shell with its lookups. Components reach it through `useShell()`. */
export class Shell {
  private readonly pages: Map<string, string>;
  private readonly files: Map<string, string>;

  constructor(readonly data: ShellData) {
    this.pages = new Map(Object.entries(data.pageOfFile));
    this.files = new Map(Object.entries(data.copied));
  }

  /** The href of a site path ("/goals/x/" → "/base/goals/x/"). */
  href = (path: string): string => this.data.base + path.replace(/^\//, "");

  /** Rewrites relative links written in a source file to the pages built from their targets. */
  links(source: string): LinkResolver {
    return linkResolver(source, { pageOfFile: this.pages, copied: this.files, href: this.href });
  }

  isTeam(id: string): boolean {
    return Object.hasOwn(this.data.teams, id) && !Object.hasOwn(this.data.people, id);
  }

  personName(handle: string): string {
    return (Object.hasOwn(this.data.people, handle) && this.data.people[handle]?.name) || handle;
  }

  teamName(id: string): string {
    return (Object.hasOwn(this.data.teams, id) && this.data.teams[id]?.name) || id;
  }
}

export const ShellContext = createContext<Shell | undefined>(undefined);

export function useShell(): Shell {
  const shell = useContext(ShellContext);
  if (!shell) throw new Error("a site component rendered outside <ShellContext.Provider>");
  return shell;
}
