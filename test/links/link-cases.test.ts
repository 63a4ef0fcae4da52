import { posix } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/diagnostics/diagnostic.js";
import type { Workspace } from "../../src/model/types.js";
import { runPipeline } from "../../src/pipeline/run-pipeline.js";
import { editLinks } from "../../src/publish/native/edit-links.js";
import { linkMover, linkNames } from "../../src/publish/native/link-targets.js";
import { markdownHtml } from "../../src/render/site/markdown/render-markdown.js";
import { Shell } from "../../src/render/site/shell.js";
import { buildSiteIndex } from "../../src/render/site/site-index.js";
import { testdir } from "../helpers/testdir.js";
import { CASES, FILES, type LinkCase } from "./link-cases.js";

// One table of link cases (link-cases.ts), replayed through every consumer of the resolver, as
// Hono runs one router suite against every router: check, the site and import must each do what
// the case says, so they agree on every case.

/** Each case's link on a line of its own in its linking file, and where that line is. */
const lineOfCase = new Map<LinkCase, number>();
const files = { ...FILES };
for (const c of CASES) {
  const text = String(files[c.from]);
  lineOfCase.set(c, text.split("\n").length + 1);
  files[c.from] = `${text}\n[${c.name}](${c.written})\n`;
}

let ws: Workspace;
let reports: Diagnostic[];
let shell: Shell;

beforeAll(async () => {
  const opened = await runPipeline(await testdir(files));
  ws = opened.workspace;
  reports = opened.diagnostics.filter((d) => d.ruleId === "broken-link");
  const index = buildSiteIndex(ws, { date: "2024-09-15" });
  shell = new Shell(index.shell, ws.documents);
});

const markdown = (c: LinkCase) => `[${c.name}](${c.written})`;

describe.each(CASES.map((c) => [c.name, c] as const))("%s", (_name, c) => {
  it("check reports exactly what the case expects", () => {
    const found = reports.filter(
      (d) => d.span.file === c.from && d.span.start.line === lineOfCase.get(c),
    );
    if (c.report) {
      expect(found.map((d) => d.message)).toHaveLength(1);
      expect(found[0]!.message.startsWith(c.report), found[0]!.message).toBe(true);
    } else expect(found.map((d) => d.message)).toEqual([]);
  });

  it("the site links what check accepts, with the fragment kept", () => {
    const html = markdownHtml(markdown(c), { resolveLink: shell.links(c.from) });
    const href = html.match(/<a href="([^"]*)"/)?.[1];
    if (c.external) expect(href).toBe(c.written);
    else if (c.anchor) expect(href).toBe(`#${c.anchor}`);
    else if (c.to) {
      const route = shell.data.pageOfFile[c.to] ?? shell.data.copied[c.to];
      expect(route, `${c.to} has a route`).toBeDefined();
      expect(href).toBe(shell.href(route!) + (c.fragment ? `#${c.fragment}` : ""));
    } else expect(html, "unlinked").not.toContain("<a ");
  });

  it("import reaches the same file, and moves the link with it", () => {
    const named = linkNames(ws)(c.from)(urlOf(c.written));
    // A path in the workspace with no file is missing; one outside it is left as written.
    const missing = !c.to && /^Unexpected link to (missing|folder)/.test(c.report ?? "");
    expect(named).toBe(c.to ? `⟦${c.to}⟧` : missing ? "⟦missing⟧" : undefined);
    if (!c.to) return;
    // Every file moves to flat/, its folders folded into its name: the link must follow.
    const flat = (file: string) => `flat/${file.replaceAll("/", "~")}`;
    const moves = new Map([...ws.paths].map((p) => [p, flat(p)] as const));
    const moved = editLinks(markdown(c), linkMover(ws, moves, c.from, flat(c.from)));
    const written = urlOf(moved.slice(moved.indexOf("](") + 2, -1));
    const path = decodeURIComponent(written.replace(/[?#].*$/, ""));
    const reached = path.startsWith("/") ? path.slice(1) : posix.join("flat", path);
    expect(reached).toBe(flat(c.to));
  });
});

/** The URL as the Markdown parser reads a destination. */
function urlOf(written: string): string {
  return written.startsWith("<") ? written.slice(1, -1) : written;
}
