import { Shell, type ShellData } from "../../src/render/site/shell.js";

/** A site shell for component tests: an empty site under `/`, with what `data` gives. */
export function siteShell(data: Partial<ShellData> = {}): Shell {
  return new Shell({
    base: "/",
    groupName: "G",
    nav: [],
    people: {},
    teams: {},
    paths: [],
    pageOfFile: {},
    copied: {},
    anchors: {},
    ...data,
  });
}
