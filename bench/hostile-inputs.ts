// The pathological inputs of issues 7 and 8, shared by bench/hostile.ts (figures) and
// test/hostile-input.test.ts (each must finish, exit as expected and name its limit).
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const EXAMPLE = join(dirname(fileURLToPath(import.meta.url)), "..", "examples", "async-wg");

export interface HostileInput {
  name: string;
  /** Files to add to a copy of the example workspace: path to text. */
  files: () => Record<string, string>;
  /** The rule id the run must print, or undefined when the input must simply pass. */
  ruleId?: string;
  /** Many files, or few open files: set up by the caller (see manyFiles, openFiles). */
  kind?: "many-files" | "open-files";
}

export const page = (body: string) => `---\ntitle: Hostile\n---\n\n${body}\n`;
const KB300 = 300 * 1024;
const repeat = (unit: string, bytes: number) => unit.repeat(Math.ceil(bytes / unit.length));

/** A table of about `bytes`: 8 columns, rows until the size is reached. */
function table(bytes: number): string {
  const head = `|${" h |".repeat(8)}\n|${"---|".repeat(8)}\n`;
  return head + repeat(`|${" cell |".repeat(8)}\n`, bytes);
}

/** A table whose header has `columns` cells and whose body has `rows` one-cell rows. */
function wideTable(columns: number, rows: number): string {
  return `|${"h|".repeat(columns)}\n|${"-|".repeat(columns)}\n${"|c|\n".repeat(rows)}`;
}

export const HOSTILE: HostileInput[] = [
  {
    name: "300 KB of `[a](`",
    files: () => ({ "hostile.md": page(repeat("[a](", KB300)) }),
    ruleId: "markdown-limit",
  },
  {
    name: "300 KB of `[`",
    files: () => ({ "hostile.md": page(repeat("[", KB300)) }),
    ruleId: "markdown-limit",
  },
  {
    name: "`*a`×150000",
    files: () => ({ "hostile.md": page("*a".repeat(150_000)) }),
    ruleId: "markdown-limit",
  },
  {
    name: "`_a`×150000",
    files: () => ({ "hostile.md": page("_a".repeat(150_000)) }),
    ruleId: "markdown-limit",
  },
  {
    name: "300 KB of backticks",
    files: () => ({ "hostile.md": page(repeat("`a", KB300)) }),
    ruleId: "markdown-limit",
  },
  {
    name: "300 KB of `<`",
    files: () => ({ "hostile.md": page(repeat("<a", KB300)) }),
    ruleId: undefined,
  },
  {
    name: "`>`×1750",
    files: () => ({ "hostile.md": page(`${">".repeat(1750)} a`) }),
    ruleId: "markdown-limit",
  },
  {
    name: "`>`×10000",
    files: () => ({ "hostile.md": page(`${">".repeat(10_000)} a`) }),
    ruleId: "markdown-limit",
  },
  {
    name: "`- `×1000",
    files: () => ({ "hostile.md": page(`${"- ".repeat(1000)}a`) }),
    ruleId: "markdown-limit",
  },
  {
    name: "1,400 list levels",
    files: () => ({
      "hostile.md": page(Array.from({ length: 1400 }, (_, i) => `${"  ".repeat(i)}- a`).join("\n")),
    }),
    ruleId: "markdown-limit",
  },
  {
    name: "`*`×20000 around a word",
    files: () => ({ "hostile.md": page(`${"*".repeat(20_000)}a${"*".repeat(20_000)}`) }),
    ruleId: "markdown-limit",
  },
  {
    name: "2 MB table",
    files: () => ({ "hostile.md": page(table(2_000_000 - 200)) }),
    ruleId: "markdown-limit",
  },
  {
    name: "table 20000 columns × 2000 rows",
    files: () => ({ "hostile.md": page(wideTable(20_000, 2000)) }),
    ruleId: "markdown-limit",
  },
  {
    name: "YAML alias bomb",
    files: () => ({
      "hostile.md": `---\na: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\ntitle: Bomb\n---\n\nText.\n`,
    }),
    ruleId: "yaml-alias-limit",
  },
  {
    name: "YAML `[`×5000 in front matter",
    files: () => ({ "hostile.md": `---\ntitle: ${"[".repeat(5000)}\n---\n\nText.\n` }),
    ruleId: "yaml-nesting-limit",
  },
  {
    name: "YAML maps 1400 deep in front matter",
    files: () => ({
      "hostile.md": `---\ntitle: Deep\nextra:\n${Array.from({ length: 1400 }, (_, i) => `${" ".repeat(i + 1)}k:`).join("\n")}\n---\n\nText.\n`,
    }),
    ruleId: "yaml-nesting-limit",
  },
  { name: "20,000 files", files: () => ({}), kind: "many-files" },
  { name: "ulimit -n 256", files: () => ({}), kind: "open-files" },
];

/** A fresh copy of the example workspace in a temporary folder, with `files` added. */
export function writeHostileWorkspace(input: HostileInput): string {
  const dir = mkdtempSync(join(tmpdir(), "waymark-hostile-"));
  const ws = join(dir, "ws");
  cpSync(EXAMPLE, ws, { recursive: true });
  for (const [path, text] of Object.entries(input.files())) {
    mkdirSync(dirname(join(ws, path)), { recursive: true });
    writeFileSync(join(ws, path), text);
  }
  if (input.kind === "many-files") addManyFiles(ws, 20_000);
  return ws;
}

/** `count` tiny pages (a few bytes each, so the folder stays small), 500 to a folder. */
export function addManyFiles(ws: string, count: number): void {
  for (let i = 0; i < count; i++) {
    const folder = join(ws, "notes", `n${Math.floor(i / 500)}`);
    if (i % 500 === 0) mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `p${i}.md`), `# P${i}\n`);
  }
}
