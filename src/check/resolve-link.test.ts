import { describe, expect, it } from "vitest";
import type { Workspace } from "../model/types.js";
import { resolveLink } from "./resolve-link.js";

const workspace = {
  paths: new Set([
    "README.md",
    "goals/README.md",
    "goals/a.md",
    "goals/a/b.md",
    "vision/index.md",
    "img/logo.png",
    "docs/empty/data.csv",
    "my file.md",
  ]),
} as unknown as Workspace;

const resolve = (from: string, url: string) => resolveLink(workspace, from, url);

describe("resolveLink", () => {
  it("leaves external URLs alone", () => {
    for (const url of ["https://x.org", "mailto:a@b.c", "//cdn.x.org/a.js", "ftp://x"])
      expect(resolve("a.md", url)).toEqual({ kind: "external" });
  });

  it("resolves relative to the linking file, and `/` from the root", () => {
    expect(resolve("goals/a.md", "a/b.md")).toMatchObject({ file: "goals/a/b.md" });
    expect(resolve("goals/a/b.md", "../a.md#why")).toMatchObject({
      file: "goals/a.md",
      anchor: "why",
    });
    expect(resolve("goals/a/b.md", "/img/logo.png")).toMatchObject({ file: "img/logo.png" });
    expect(resolve("README.md", "./my%20file.md?plain=1")).toMatchObject({ file: "my file.md" });
  });

  it("resolves folders through index.md or README.md", () => {
    expect(resolve("README.md", "goals/")).toMatchObject({ file: "goals/README.md" });
    expect(resolve("README.md", "vision")).toMatchObject({ file: "vision/index.md" });
    expect(resolve("goals/a.md", "..")).toMatchObject({ file: "README.md" });
    expect(resolve("README.md", "docs/empty")).toMatchObject({ file: undefined, folder: true });
  });

  it("reads mdBook's .html links and extensionless page URLs as .md files", () => {
    expect(resolve("README.md", "goals/a.html#x")).toMatchObject({ file: "goals/a.md" });
    expect(resolve("README.md", "goals/index.html")).toMatchObject({ file: "goals/README.md" });
    expect(resolve("README.md", "goals/a")).toMatchObject({ file: "goals/a.md" });
  });

  it("treats a fragment alone as the same file", () => {
    expect(resolve("goals/a.md", "#impact")).toEqual({
      kind: "local",
      path: "",
      anchor: "impact",
      file: "goals/a.md",
      folder: false,
    });
  });

  it("reports missing files, and does not check what lies outside the workspace", () => {
    expect(resolve("README.md", "goals/c.md")).toMatchObject({ kind: "local", file: undefined });
    expect(resolve("goals/a.md", "../../x.md")).toEqual({ kind: "unchecked" });
    expect(resolve("README.md", ".github/workflows/ci.yml")).toEqual({ kind: "unchecked" });
  });
});
