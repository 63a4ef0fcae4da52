import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SiteServer, serveSite } from "../src/publish/site/serve-site.js";
import { testdir } from "./helpers/testdir.js";

const goal = (title: string) =>
  `---\ntitle: ${title}\nstate: in-progress\nowners: ann\n---\n\n## Impact\n\nBetter.\n`;

describe("waymark serve", () => {
  let dir: string;
  let server: SiteServer;
  const get = (path: string) => fetch(new URL(path, server.url));

  beforeAll(async () => {
    dir = await testdir({
      "waymark.yaml": "group: { name: Preview WG }\npeople: { ann: {} }\n",
      "goals/a.md": goal("First title"),
    });
    server = await serveSite({ dir, port: 0, date: "2024-09-15", baseUrl: "/wg/" });
  });
  afterAll(() => server?.close());

  it("serves the pages the build writes, from the same app", async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/wg\/$/);
    const home = await get("");
    expect(home.status).toBe(200);
    expect(home.headers.get("content-type")).toContain("text/html");
    expect(await home.text()).toContain("Preview WG");
    expect(await (await get("goals/a/index.html")).text()).toContain("First title");
    expect((await get("assets/site.css")).headers.get("content-type")).toContain("text/css");
    const json = await (await get("waymark.json")).json();
    expect(json.items[0].title).toBe("First title");
  });

  it("redirects a missing slash and answers 404 with the site's page", async () => {
    const bare = await get("/wg/roadmap");
    expect(bare.url).toMatch(/\/wg\/roadmap\/$/);
    const missing = await get("nowhere/");
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain("Page not found");
  });

  it("shows a change to a file without a restart", async () => {
    await writeFile(join(dir, "goals/a.md"), goal("Second title"));
    const deadline = Date.now() + 15_000;
    let text = "";
    while (Date.now() < deadline) {
      text = await (await get("goals/a/")).text();
      if (text.includes("Second title")) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(text).toContain("Second title");
  });
});
