import { describe, expect, it } from "vitest";
import { linkFiles } from "./link-files.js";
import { resolveLink } from "./resolve-link.js";

const paths = new Set([
  "README.md",
  "goals/README.md",
  "goals/a.md",
  "goals/a/b.md",
  "vision/index.md",
  "vision/README.md",
  "docs/Readme.md",
  "odd/ReadMe.md",
  "img/logo.png",
  "docs/empty/data.csv",
  "LICENSE",
  "LICENSE.md",
  "my file.md",
  "100%.md",
]);

const resolve = (from: string, url: string) => resolveLink(url, from, paths);

describe("resolveLink", () => {
  it("leaves external URLs alone, and reads `[x]()` as a placeholder", () => {
    for (const url of ["https://x.org", "mailto:a@b.c", "//cdn.x.org/a.js", "ftp://x"])
      expect(resolve("a.md", url)).toEqual({ kind: "external" });
    expect(resolve("a.md", "")).toEqual({ kind: "empty" });
  });

  it("resolves relative to the linking file, and `/` from the root", () => {
    expect(resolve("goals/a.md", "a/b.md")).toMatchObject({ kind: "page", file: "goals/a/b.md" });
    expect(resolve("goals/a/b.md", "../a.md#why")).toMatchObject({
      file: "goals/a.md",
      fragment: "why",
    });
    expect(resolve("goals/a/b.md", "/img/logo.png")).toMatchObject({
      kind: "file",
      file: "img/logo.png",
      via: "path",
    });
  });

  it("decodes the path and the fragment, ignores the query, and keeps a stray `%`", () => {
    expect(resolve("README.md", "./my%20file.md?plain=1#a%20b")).toMatchObject({
      file: "my file.md",
      fragment: "a b",
    });
    expect(resolve("README.md", "100%.md")).toMatchObject({ file: "100%.md" });
    expect(resolve("README.md", "100%25.md")).toMatchObject({ file: "100%.md" });
  });

  it("reaches a folder's index page: index.md, then README.md in any case", () => {
    expect(resolve("README.md", "goals/")).toMatchObject({ file: "goals/README.md", via: "index" });
    expect(resolve("README.md", "vision#x")).toMatchObject({
      file: "vision/index.md",
      fragment: "x",
    });
    expect(resolve("README.md", "docs/")).toMatchObject({ file: "docs/Readme.md" });
    expect(resolve("README.md", "odd")).toMatchObject({ file: "odd/ReadMe.md" });
    expect(resolve("goals/a.md", "..")).toMatchObject({ file: "README.md" });
    expect(resolve("README.md", "docs/empty")).toEqual({
      kind: "missing",
      path: "docs/empty",
      why: "no-index",
    });
  });

  it("reads mdBook's .html links and page URLs without extension as .md files", () => {
    expect(resolve("README.md", "goals/a.html#x")).toMatchObject({
      file: "goals/a.md",
      via: "html",
    });
    expect(resolve("README.md", "goals/index.html")).toMatchObject({ file: "goals/README.md" });
    expect(resolve("README.md", "goals/a/b")).toMatchObject({
      file: "goals/a/b.md",
      via: "extension",
    });
    // A file of that very name comes first; a folder without an index gives way to its page,
    // unless the link says it means the folder.
    expect(resolve("README.md", "LICENSE")).toMatchObject({ kind: "file", file: "LICENSE" });
    expect(resolve("README.md", "goals/a")).toMatchObject({ file: "goals/a.md", via: "extension" });
    expect(resolve("README.md", "goals/a/")).toMatchObject({ kind: "missing", why: "no-index" });
  });

  it("treats a fragment alone as a place in the linking file", () => {
    expect(resolve("goals/a.md", "#impact")).toEqual({
      kind: "anchor",
      file: "goals/a.md",
      fragment: "impact",
    });
  });

  it("tells missing files from paths no workspace file can have", () => {
    expect(resolve("README.md", "goals/c.md")).toEqual({
      kind: "missing",
      path: "goals/c.md",
      why: "no-file",
    });
    expect(resolve("goals/a.md", "../../x.md")).toEqual({
      kind: "outside",
      path: "../../x.md",
      why: "above-root",
    });
    expect(resolve("README.md", ".github/workflows/ci.yml")).toMatchObject({
      kind: "outside",
      why: "hidden",
    });
  });

  it("takes a prepared index as well as a set of paths", () => {
    expect(resolveLink("goals/", "README.md", linkFiles(paths))).toEqual(
      resolve("README.md", "goals/"),
    );
  });
});
