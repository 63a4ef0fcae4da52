import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Definition, Nodes, Root, RootContent, Table, TableCell } from "mdast";
import { toString as mdToString } from "mdast-util-to-string";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import { beforeAll, describe, expect, it } from "vitest";
import { normalizeHeading } from "../src/model/markdown/sections.js";
import { parseState } from "../src/model/markdown/state.js";
import type { Workspace } from "../src/model/types.js";
import { runPipeline } from "../src/pipeline/run-pipeline.js";
import { progressBar } from "../src/render/progress-bar.js";
import { OWNER_NEEDED, slateOwner } from "../src/render/status/cells.js";
import { renderStatus } from "../src/render/status/render-status.js";
import type { StatusRow } from "../src/render/status/status-rows.js";
import { needsShared, sharedPath } from "./helpers/shared-corpus.js";

// The seeds are read in place, never copied into the repository.
const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const SEEDS = needsShared("seeds");
const EXAMPLE = join(ROOT, "examples", "async-wg");

/** Windows-1252's bytes 0x80–0x9F; the five it leaves undefined stand for themselves. */
const CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

/**
 * Seed 000 is stored double-encoded: its UTF-8 bytes were read as Windows-1252 and written out
 * as UTF-8 again. Map each character back to its cp1252 byte and read those bytes as UTF-8.
 * (Node's "windows-1252" decoder is Latin-1 in this range, so the table is spelled out.)
 */
function undoDoubleEncoding(text: string): string {
  const bytes = [...text].map((ch) => {
    const code = ch.codePointAt(0)!;
    const high = CP1252_HIGH.indexOf(ch);
    if (high >= 0) return 0x80 + high;
    if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) return code;
    throw new Error(`U+${code.toString(16)} is not a Windows-1252 character`);
  });
  return new TextDecoder("utf-8", { fatal: true }).decode(Uint8Array.from(bytes));
}

const parse = (text: string) => unified().use(remarkParse).use(remarkGfm).parse(text) as Root;

/** Reference definitions by normalised label, as Markdown resolves them. */
function definitions(tree: Root): Map<string, string> {
  const out = new Map<string, string>();
  visit(tree, "definition", (d: Definition) => {
    if (!out.has(d.identifier)) out.set(d.identifier, d.url);
  });
  return out;
}

/** The table under each `##` heading. */
function tablesByHeading(tree: Root): { heading: string; table: Table }[] {
  const out: { heading: string; table: Table }[] = [];
  let heading = "";
  for (const node of tree.children as RootContent[]) {
    if (node.type === "heading" && node.depth === 2) heading = mdToString(node).trim();
    if (node.type === "table") out.push({ heading, table: node });
  }
  return out;
}

const GITHUB = /^https:\/\/github\.com\/([\w-]+)\/?$/;

/** `[Label][]` whose label has no definition stays literal text in mdast; take the label. */
const unbracket = (text: string) => text.replace(/\[([^\]]+)\](?:\[\])?/g, "$1").trim();

/**
 * Who a cell names, in order: GitHub handles where a definition links a profile, else the label
 * or the plain text ("TC", or `[Types]` that the seed never defines).
 */
function namesIn(cell: TableCell | undefined, defs: Map<string, string>): string[] {
  const out: string[] = [];
  for (const node of cell?.children ?? []) {
    if (node.type === "linkReference") {
      const url = defs.get(node.identifier) ?? "";
      out.push(url.match(GITHUB)?.[1] ?? mdToString(node));
    } else if (node.type === "text") {
      out.push(...node.value.split(",").map(unbracket).filter(Boolean));
    }
  }
  return out;
}

function imageAlts(cell: TableCell | undefined): string[] {
  const alts: string[] = [];
  if (cell)
    visit(
      cell as Nodes,
      ["image", "imageReference"],
      (n) => void alts.push(String((n as { alt?: string }).alt)),
    );
  return alts;
}

const bodyRows = (table: Table) => table.children.slice(1).map((row) => row.children);

let ws: Workspace;
beforeAll(async () => {
  ws = (await runPipeline(EXAMPLE, { check: false })).workspace;
});

/** Seed 000's overview table, decoded, as rows to compare with `waymark status`. */
async function roadmapSeed() {
  const raw = await readFile(sharedPath("seeds", "000_24921b7a56bf0ac1.txt"), "utf8");
  const tree = parse(undoDoubleEncoding(raw));
  const defs = definitions(tree);
  const overview = tablesByHeading(tree).find((t) => t.heading === "Overview")!.table;
  const seed = bodyRows(overview).map((cells) => ({
    title: mdToString(cells[0]!)
      .replace(/[🔻↳\u00a0]/gu, "")
      .trim(),
    depth: mdToString(cells[0]!).includes("↳") ? 1 : 0,
    state: parseState(mdToString(cells[1]!)) ?? null,
    bar: mdToString(cells[2]!).trim(),
    owners: cells[3] ? namesIn(cells[3], defs) : [],
  }));
  return { raw, seed };
}

describe("waymark status on examples/async-wg matches seed 000's roadmap", SEEDS, () => {
  let raw: string;
  let seed: Awaited<ReturnType<typeof roadmapSeed>>["seed"];
  beforeAll(async () => {
    ({ raw, seed } = await roadmapSeed());
  });

  it("decodes the seed: 34 rows of 10 goals and 24 initiatives", () => {
    expect(raw).toContain("â–°");
    expect(seed).toHaveLength(34);
    expect(seed.filter((r) => r.depth === 0)).toHaveLength(10);
    expect(seed[24]).toEqual({
      title: "Tokio console",
      depth: 1,
      state: "in-progress",
      bar: "▰▰▰▰▱▱",
      owners: ["hawkw"],
    });
  });

  it("prints the same rows in the same order, nesting, states, progress and owners", () => {
    const result = renderStatus(ws);
    if (!result.ok) throw new Error("status failed");
    // The standing roadmap comes first; the 2024H2 goals follow it, as their own group.
    const ours = result.rows.slice(0, seed.length).map((r) => ({
      title: r.title,
      depth: r.depth,
      state: r.state,
      bar: progressBar(r.progress ?? undefined),
      owners: r.owners,
    }));
    expect(ours).toEqual(seed);
  });

  it("then shows every goal of a period too, not only the standing roadmap", () => {
    const result = renderStatus(ws);
    if (!result.ok) throw new Error("status failed");
    const rest = result.rows.slice(seed.length);
    expect(rest).toHaveLength(23);
    expect(rest.every((r) => r.depth === 0)).toBe(true);
    expect(rest[0]?.title).toBe("Revise async vision doc");
    expect(result.text).toContain("\nThe 2024H2 goal slate (waymark status --period 2024h2)\n");
  });
});

/** Seed 001's slate: each goal's theme, title, status, owner and teams. */
async function slateSeed() {
  const tree = parse(await readFile(sharedPath("seeds", "001_1cbd172a6ec13e0d.txt"), "utf8"));
  const defs = definitions(tree);
  const STATUS: Record<string, string> = { WIP: "proposed", Accepted: "accepted" };
  return tablesByHeading(tree).flatMap(({ heading, table }) =>
    bodyRows(table).map((cells) => {
      const owner = imageAlts(cells[2]).includes("Owner needed")
        ? [OWNER_NEEDED]
        : namesIn(cells[2], defs);
      return {
        group: normalizeHeading(heading),
        title: unbracket(mdToString(cells[0]!)),
        status: STATUS[imageAlts(cells[1])[0] ?? ""],
        owner,
        teams: namesIn(cells[3], defs).map((label) => ({
          label,
          url: defs.get(label.toLowerCase()),
        })),
      };
    }),
  );
}

describe("waymark status --period 2024h2 matches seed 001's slate", SEEDS, () => {
  let seed: Awaited<ReturnType<typeof slateSeed>>;
  beforeAll(async () => {
    seed = await slateSeed();
  });

  /** A seed owner matches a handle, or a display name where the seed gives names (TC). */
  const ownerMatches = (row: StatusRow, owner: string[]) => {
    if (owner[0] === OWNER_NEEDED || !owner.length) return slateOwner(row) === (owner[0] ?? "");
    return (
      row.owners.length === owner.length &&
      row.owners.every((handle, i) => {
        const person = ws.config.people.get(handle);
        const want = owner[i]!.toLowerCase();
        return handle.toLowerCase() === want || person?.name?.toLowerCase() === want;
      })
    );
  };
  /** A seed team label matches a team's id, its name, or its URL through the seed's definition. */
  const teamsMatch = (row: StatusRow, teams: { label: string; url?: string }[]) =>
    row.teams.length === teams.length &&
    row.teams.every((id, i) => {
      const team = ws.config.teams.get(id);
      const { label, url } = teams[i]!;
      const names = [id, team?.name].map((n) => n?.toLowerCase());
      return names.includes(label.toLowerCase()) || (!!url && team?.url === url);
    });

  it("reads 23 goals from the seed", () => {
    expect(seed).toHaveLength(23);
    expect(seed.filter((s) => s.owner[0] === OWNER_NEEDED)).toHaveLength(9);
    expect(seed[4]).toMatchObject({ title: "Arbitrary self types", owner: ["Adrian Taylor"] });
    expect(seed[12]).toMatchObject({ status: "accepted", owner: ["nikomatsakis"], teams: [] });
    expect(seed[20]?.teams.map((t) => t.label)).toEqual(["Lang", "Types"]);
  });

  it("lists the 23 goals grouped by theme, with status, owner or Owner needed, and teams", () => {
    const result = renderStatus(ws, { period: "2024h2" });
    if (!result.ok) throw new Error("unknown period");
    const page = ws.periods.find((p) => p.id === "2024h2");
    const themeTitle = (id: string | null) =>
      normalizeHeading(page?.themes.find((t) => t.id === id)?.title ?? "the other 90%");
    expect(result.rows.map((r) => r.title)).toEqual(seed.map((s) => s.title));
    result.rows.forEach((row, i) => {
      const want = seed[i]!;
      expect({ title: row.title, group: themeTitle(row.theme) }).toEqual({
        title: want.title,
        group: want.group,
      });
      expect({ title: row.title, status: row.status }).toEqual({
        title: want.title,
        status: want.status,
      });
      expect({ title: row.title, owner: ownerMatches(row, want.owner) }).toEqual({
        title: want.title,
        owner: true,
      });
      expect({ title: row.title, teams: teamsMatch(row, want.teams) }).toEqual({
        title: want.title,
        teams: true,
      });
    });
  });
});
