/**
 * One table of link cases that every consumer of the link resolver replays (link-cases.test.ts):
 * `check`, the site and `import` must each do what a case expects, so what `check` accepts is
 * exactly what the site links and what an import moves. Each case is one Markdown link written in
 * `from`, in the workspace FILES.
 */
export interface LinkCase {
  name: string;
  /** The linking file. */
  from: string;
  /** The destination as written between the parentheses of `[text](…)`. */
  written: string;
  /** The file the link reaches; with `fragment`, the fragment the site keeps. */
  to?: string;
  fragment?: string;
  /** A fragment of the linking file itself: the site writes `#fragment`. */
  anchor?: string;
  /** The start of the message `check` reports; absent when it reports nothing. */
  report?: string;
  /** Absolute: every consumer leaves it as written. */
  external?: true;
  /** `[text]()`, a placeholder (mdBook's draft chapter): no report, no link, nothing moved. */
  placeholder?: true;
}

export const FILES: Record<string, string | Uint8Array> = {
  "waymark.yaml": "group: { name: G }\n",
  "notes.md": "# Notes\n\n## Plans\n",
  "deep/nested/from.md": "# From\n",
  "docs/Readme.md": "# Docs\n\n## Setup\n",
  "guide/index.md": "# Guide\n\n## Setup\n",
  "guide/README.md": "# Guide's readme\n",
  "lower/readme.md": "# Lower\n",
  "odd/ReadMe.md": "# Odd\n",
  "empty/data.csv": "a,b\n",
  "my file.md": "# Mine\n\n## Part two\n",
  "chapters/intro.md": "# Intro\n\n## Start here\n",
  "img/logo.png": new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  LICENSE: "MIT\n",
  ".github/workflows/ci.yml": "on: push\n",
};

const MISSING = "Unexpected link to missing file";

export const CASES: LinkCase[] = [
  // Folders reach their index page: index.md, then README.md in any case.
  { name: "folder with only Readme.md", from: "notes.md", written: "docs/", to: "docs/Readme.md" },
  { name: "folder without its slash", from: "notes.md", written: "docs", to: "docs/Readme.md" },
  { name: "folder with readme.md", from: "notes.md", written: "lower/", to: "lower/readme.md" },
  { name: "folder with ReadMe.md", from: "notes.md", written: "odd/", to: "odd/ReadMe.md" },
  { name: "index.md before README.md", from: "notes.md", written: "guide/", to: "guide/index.md" },
  {
    name: "fragment on a folder link",
    from: "notes.md",
    written: "docs/#setup",
    to: "docs/Readme.md",
    fragment: "setup",
  },
  {
    name: "fragment on a folder with index.md and README.md",
    from: "notes.md",
    written: "guide/#setup",
    to: "guide/index.md",
    fragment: "setup",
  },
  {
    name: "fragment naming no heading of the folder's index",
    from: "notes.md",
    written: "guide/#nowhere",
    to: "guide/index.md",
    report: "Unexpected anchor `#nowhere` in `guide/index.md`",
  },
  {
    name: "folder without an index page",
    from: "notes.md",
    written: "empty/",
    report: "Unexpected link to folder `empty` without an index page",
  },
  // Paths are case-sensitive, as on GitHub: only the index name is read in any case.
  {
    name: "folder named in another case",
    from: "notes.md",
    written: "Docs/",
    report: MISSING,
  },
  {
    name: "file named in another case",
    from: "notes.md",
    written: "docs/README.md",
    report: MISSING,
  },
  {
    name: "path climbing out of the workspace",
    from: "notes.md",
    written: "../outside.md",
    report: "Unexpected link to `../outside.md` outside the workspace",
  },
  {
    name: "nested path climbing out of the workspace",
    from: "deep/nested/from.md",
    written: "../../../x.md",
    report: "Unexpected link to `../../../x.md` outside the workspace",
  },
  {
    name: "hidden folder, which Waymark never reads",
    from: "notes.md",
    written: ".github/workflows/ci.yml",
    report: "Unexpected link to hidden path `.github/workflows/ci.yml`",
  },
  { name: "missing file", from: "notes.md", written: "chapters/outro.md", report: MISSING },
  // Where the path starts, and how it is spelled.
  {
    name: "absolute path from the workspace root",
    from: "deep/nested/from.md",
    written: "/chapters/intro.md",
    to: "chapters/intro.md",
  },
  {
    name: "from a nested file, up to a folder",
    from: "deep/nested/from.md",
    written: "../../docs/",
    to: "docs/Readme.md",
  },
  {
    name: "percent-encoded space, and a fragment",
    from: "notes.md",
    written: "my%20file.md#part-two",
    to: "my file.md",
    fragment: "part-two",
  },
  { name: "space in <…>", from: "notes.md", written: "<my file.md>", to: "my file.md" },
  {
    name: "query string, ignored",
    from: "notes.md",
    written: "chapters/intro.md?plain=1#start-here",
    to: "chapters/intro.md",
    fragment: "start-here",
  },
  // mdBook's links to the pages it builds.
  {
    name: "mdBook's .html for a .md page",
    from: "notes.md",
    written: "chapters/intro.html#start-here",
    to: "chapters/intro.md",
    fragment: "start-here",
  },
  {
    name: "mdBook's index.html for a folder's README",
    from: "notes.md",
    written: "docs/index.html",
    to: "docs/Readme.md",
  },
  {
    name: "page URL without extension",
    from: "notes.md",
    written: "chapters/intro",
    to: "chapters/intro.md",
  },
  // Places in the page itself.
  { name: "anchor only", from: "notes.md", written: "#plans", anchor: "plans" },
  {
    name: "anchor naming no heading",
    from: "notes.md",
    written: "#nope",
    report: "Unexpected anchor `#nope` in `notes.md`",
  },
  // Files that are not Markdown, and links that are not ours.
  { name: "image", from: "notes.md", written: "img/logo.png", to: "img/logo.png" },
  { name: "file without extension", from: "notes.md", written: "LICENSE", to: "LICENSE" },
  { name: "external URL", from: "notes.md", written: "https://example.org/a.md", external: true },
  { name: "mailto", from: "notes.md", written: "mailto:someone@example.org", external: true },
  { name: "placeholder", from: "notes.md", written: "", placeholder: true },
];
