import { describe, expect, it } from "vitest";
import { basePath, outputFile, segment } from "./site-paths.js";

describe("site paths", () => {
  it("keeps plain ids and makes others safe, without collisions", () => {
    expect(segment("async-fn_everywhere.2")).toBe("async-fn_everywhere.2");
    expect(segment("Async--SendBounds")).toBe("Async--SendBounds");
    expect(segment("a b")).toMatch(/^a-b-[0-9a-f]{8}$/);
    expect(segment("a b")).not.toBe(segment("a-b"));
    expect(segment("..")).toMatch(/^[0-9a-f]{8}$/);
    expect(segment("<b>x</b>")).toMatch(/^b-x-b-[0-9a-f]{8}$/);
  });

  it.each([
    [undefined, "/"],
    ["/", "/"],
    ["sub/path", "/sub/path/"],
    ["/sub/path/", "/sub/path/"],
    ["https://example.github.io/repo", "/repo/"],
    ["https://example.org", "/"],
  ])("reads base %s as %s", (input, expected) => {
    expect(basePath(input)).toBe(expected);
  });

  it("writes folders as index.html", () => {
    expect(outputFile("/")).toBe("index.html");
    expect(outputFile("/goals/a/")).toBe("goals/a/index.html");
    expect(outputFile("/feed.xml")).toBe("feed.xml");
  });
});
