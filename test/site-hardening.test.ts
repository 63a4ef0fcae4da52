import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildSite } from "../src/publish/site/build-site.js";
import { SITE_JS } from "../src/render/site/assets/site-js.js";
import { SITE_CSP, SITE_JS_INTEGRITY } from "../src/render/site/content-security-policy.js";
import { verifyXml } from "../src/render/site/verify-xml.js";
import { testdir } from "./helpers/testdir.js";

describe("waymark build: feed and pages", () => {
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

  it("gives every page a strict Content-Security-Policy and its script's hash", async () => {
    const dir = await testdir({
      "waymark.yaml": "group: { name: WG }\npeople: { ann: {} }\n",
      "goals/a.md": "---\ntitle: A\nstate: done\nowners: ann\n---\n",
    });
    const out = join(dir, "_site");
    expect((await buildSite({ dir, out, date: "2024-09-15" })).ok).toBe(true);
    const pages = (await readdir(out, { recursive: true })).filter((f) => f.endsWith(".html"));
    expect(pages.length).toBeGreaterThan(5);
    const hash = createHash("sha256")
      .update(await readFile(join(out, "assets/site.js")))
      .digest("base64");
    expect(SITE_JS_INTEGRITY).toBe(`sha256-${hash}`);
    expect(SITE_JS).not.toBe("");
    for (const file of pages) {
      const html = await readFile(join(out, file), "utf8");
      const head = html.slice(0, html.indexOf("</head>"));
      expect(head, file).toContain(
        `<meta http-equiv="Content-Security-Policy" content="${SITE_CSP}"/>`,
      );
      expect(head.indexOf("Content-Security-Policy"), file).toBeLessThan(head.indexOf("<script"));
      expect(html.match(/<script\b[^>]*>/g), file).toEqual([
        expect.stringContaining(`integrity="${SITE_JS_INTEGRITY}"`),
      ]);
    }
    expect(SITE_CSP).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
  });
});
