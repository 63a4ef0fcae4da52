import type { CatalogueEntry } from "../catalogue.js";

/** Ids reported while files are listed and decoded (src/load/). See ../catalogue.ts to add one. */
export const LOAD_IDS = {
  "missing-workspace": {
    stage: "load",
    severity: "error",
    description: "The folder to check does not exist, or is a file.",
    hint: "Pass the folder that holds the roadmap (the one with `waymark.yaml`).",
  },
  "unreadable-file": {
    stage: "load",
    severity: "error",
    description: "A file could not be read (permissions, or it vanished while reading).",
    hint: "Make the file readable, or move it out of the workspace.",
  },
  "file-too-large": {
    stage: "load",
    severity: "error",
    description:
      "A text file larger than the limit `file-size` (2 MiB unless raised, docs/limits.md): a roadmap page that big is a mistake, not content. It is never read into memory.",
    hint: "Split the file, or move generated content out of the workspace.",
  },
  "markdown-limit": {
    stage: "load",
    severity: "error",
    description:
      "Markdown past a limit on block or inline nesting, emphasis delimiters, backticks, `[` or table cells (docs/limits.md): its body is kept as plain text, its front matter still read.",
    hint: "Simplify the construct the diagnostic points at, or raise the named limit with WAYMARK_LIMITS.",
  },
  "yaml-alias-limit": {
    stage: "load",
    severity: "error",
    description:
      'YAML whose aliases (`*name`) expand past the limit `yaml-aliases` (a "billion laughs" document); its value is not used.',
    hint: "Repeat the values instead of nesting aliases, or raise `yaml-aliases` with WAYMARK_LIMITS.",
  },
  "yaml-nesting-limit": {
    stage: "load",
    severity: "error",
    description:
      "YAML (front matter or `waymark.yaml`) nested deeper than the limit `nesting-depth`: maps, sequences and `[`/`{` inside one another. It is not parsed, since the parser would run out of stack.",
    hint: "Flatten the value the diagnostic points at, or raise `nesting-depth` with WAYMARK_LIMITS.",
  },
  "invalid-limit": {
    stage: "load",
    severity: "error",
    description:
      "An entry of the `WAYMARK_LIMITS` environment variable that names no limit, or gives no whole number in range.",
    hint: "Write name=value pairs separated by commas, such as `nesting-depth=200`.",
  },
  "binary-file": {
    stage: "load",
    severity: "error",
    description: "A text file (.md, .yaml, .toml) with a NUL byte or bytes that are not UTF-8.",
    hint: "Save the file as UTF-8, or rename it if it is not text.",
  },
  "yaml-syntax": {
    stage: "load",
    severity: "error",
    description:
      "YAML that does not parse, in `waymark.yaml` or in front matter (parser warnings are warnings).",
    hint: "Fix the syntax at the position shown; quote a value that holds `: ` or starts with a special character.",
  },
  "toml-syntax": {
    stage: "load",
    severity: "error",
    description:
      "TOML that does not parse (wg-async's `book.toml`, `rust-project-goals.toml`); its settings fall back to the defaults.",
    hint: "Fix the syntax at the position shown; until then the file's settings are ignored.",
  },
  "duplicate-key": {
    stage: "load",
    severity: "error",
    description: "A key written twice in one YAML mapping.",
    hint: "Keep one of the two; YAML would silently use the last.",
  },
} as const satisfies Record<string, CatalogueEntry>;
