import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildSite } from "../src/publish/site/build-site.js";
import { verifyXml } from "../src/render/site/verify-xml.js";
import { testdir } from "./helpers/testdir.js";

describe("waymark build: the feed", () => {
  it("is well-formed XML when a title holds control characters", async () => {
    const dir = await testdir({
      "waymark.yaml": 'group: { name: "Ctrl\\x02 WG" }\npeople: { ann: {} }\n',
      "goals/a.md": '---\ntitle: "Bell\\a and \\e[31mred\\x0b"\nstate: done\nowners: ann\n---\n',
    });
    const out = join(dir, "_site");
    const result = await buildSite({ dir, out, date: "2024-09-15" });
    expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(result.ok).toBe(true);
    const feed = await readFile(join(out, "feed.xml"), "utf8");
    expect(verifyXml("feed.xml", feed)).toEqual([]);
    expect(feed).toContain("Bell\ufffd and \ufffd[31mred\ufffd");
    expect(feed).toContain("Ctrl\ufffd WG");
  });
});
