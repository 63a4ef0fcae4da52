import { readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { createServer, request as httpRequest } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ServeProblem, type SiteServer, serveSite } from "../src/publish/site/serve-site.js";
import { LIVE_RELOAD_JS } from "../src/render/site/assets/live-reload-js.js";
import {
  LIVE_RELOAD_JS_INTEGRITY,
  SERVE_PAGE_CSP,
  SITE_CSP,
} from "../src/render/site/content-security-policy.js";
import { runWaymark } from "./helpers/run-waymark.js";
import { testdir } from "./helpers/testdir.js";

const goal = (title: string) =>
  `---\ntitle: ${title}\nstate: in-progress\nowners: ann\n---\n\n## Impact\n\nBetter.\n`;

const WORKSPACE = {
  "waymark.yaml": "group: { name: Preview WG }\npeople: { ann: {} }\n",
  "goals/a.md": goal("First title"),
};

async function start(dir: string, problems: ServeProblem[] = []): Promise<SiteServer> {
  const server = await serveSite({
    dir,
    port: 0,
    date: "2024-09-15",
    baseUrl: "/wg/",
    onProblem: (p) => problems.push(p),
  });
  if ("failed" in server) throw new Error(`could not listen: ${server.failed}`);
  return server;
}

/** A raw request, so the Host and Origin headers can be anything a browser might send. */
function raw(
  url: string,
  options: { method?: string; headers?: Record<string, string> },
): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((done, fail) => {
    const req = httpRequest(url, options, (res) => {
      let body = "";
      res.on("data", (chunk) => {
        body += chunk;
      });
      res.on("end", () => done({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on("error", fail);
    req.end();
  });
}

async function eventually(check: () => Promise<boolean>, ms = 15_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("condition not met in time");
}

describe("waymark serve", () => {
  let dir: string;
  let server: SiteServer;
  const problems: ServeProblem[] = [];
  const get = (path: string) => fetch(new URL(path, server.url));

  beforeAll(async () => {
    dir = await testdir(WORKSPACE);
    server = await start(dir, problems);
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

  it("sends a strict Content-Security-Policy with every answer, pages and 404s alike", async () => {
    for (const path of ["", "nowhere/", "assets/site.js"]) {
      const csp = (await get(path)).headers.get("content-security-policy") ?? "";
      expect(csp).toMatch(/^default-src 'none'; script-src( 'sha256-[A-Za-z0-9+/]+=*')+;/);
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain("unsafe-inline");
    }
  });

  it("refuses a Host that is not loopback or the bound host (DNS rebinding)", async () => {
    const port = new URL(server.url).port;
    for (const host of [
      "evil.example",
      `evil.example:${port}`,
      "127.0.0.1:1",
      `10.0.0.1:${port}`,
    ]) {
      const res = await raw(server.url, { headers: { host } });
      expect(res.status, host).toBe(421);
      expect(res.body).not.toContain("Preview WG");
    }
    for (const host of [`localhost:${port}`, `127.0.0.1:${port}`]) {
      const res = await raw(server.url, { headers: { host } });
      expect(res.status, host).toBe(200);
    }
  });

  it("refuses a request other than GET from another Origin", async () => {
    const port = new URL(server.url).port;
    const post = (origin: string) =>
      raw(server.url, { method: "POST", headers: { origin, host: `127.0.0.1:${port}` } });
    expect((await post("https://evil.example")).status).toBe(403);
    expect((await post("null")).status).toBe(403);
    expect((await post(`http://localhost:${port}`)).status).not.toBe(403);
  });

  it("adds its live-reload script to the pages it serves, allowed by their policy", async () => {
    const html = await (await get("goals/a/")).text();
    expect(html).toContain(
      `<script src="/wg/__waymark/live.js" integrity="${LIVE_RELOAD_JS_INTEGRITY}" data-events="/wg/__waymark/events"`,
    );
    expect(html).toContain(`content="${SERVE_PAGE_CSP}"`);
    expect(html).not.toContain(`content="${SITE_CSP}"`);
    expect((await get("nowhere/")).status).toBe(404);
    expect(await (await get("nowhere/")).text()).toContain("__waymark/live.js");
    const script = await get("__waymark/live.js");
    expect(script.headers.get("content-type")).toContain("text/javascript");
    expect(await script.text()).toBe(LIVE_RELOAD_JS);
    expect(await (await get("waymark.json")).text()).not.toContain("__waymark");
  });

  it("tells each open page the site's version, and a new one after a change", async () => {
    const events = await get("__waymark/events");
    expect(events.headers.get("content-type")).toContain("text/event-stream");
    const reader = events.body!.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = "";
    const next = async () => {
      while (!buffer.includes("\n\n")) buffer += (await reader.read()).value ?? "";
      const end = buffer.indexOf("\n\n") + 2;
      const data = buffer.slice(0, end).match(/^event: state\ndata: (.*)\n\n$/)?.[1];
      if (!data) throw new Error(`unexpected event ${buffer}`);
      buffer = buffer.slice(end);
      return JSON.parse(data);
    };
    const first = await next();
    expect(first).toMatchObject({ problems: [], errors: [], errorCount: 0 });
    await writeFile(join(dir, "goals/a.md"), goal("Version title"));
    let state = await next();
    while (state.version === first.version) state = await next();
    expect(state.version).toBeGreaterThan(first.version);
    await reader.cancel();
  });

  it("shows a change to a file without a restart", async () => {
    await writeFile(join(dir, "goals/a.md"), goal("Second title"));
    await eventually(async () => (await (await get("goals/a/")).text()).includes("Second title"));
  });

  it("shows an added file, forgets a removed one, and catches a second write right after the first", async () => {
    await writeFile(join(dir, "goals/b.md"), goal("Added goal"));
    await eventually(async () => (await get("goals/b/")).status === 200);
    expect(await (await get("goals/b/")).text()).toContain("Added goal");
    await rm(join(dir, "goals/b.md"));
    await eventually(async () => (await get("goals/b/")).status === 404);
    // A writer that saves twice within a few milliseconds: the second save is never lost.
    await writeFile(join(dir, "goals/a.md"), goal("Half-saved title"));
    await new Promise((r) => setTimeout(r, 5));
    await writeFile(join(dir, "goals/a.md"), goal("Second title"));
    await eventually(async () => (await (await get("goals/a/")).text()).includes("Second title"));
    await new Promise((r) => setTimeout(r, 300));
    expect(await (await get("goals/a/")).text()).toContain("Second title");
  });

  it("keeps reloading after its folder is moved away and back, and says so", async () => {
    await rename(dir, `${dir}-away`);
    await eventually(async () => problems.some((p) => p.kind === "folder-gone"));
    // Past the reload's debounce: the last site is still served while the folder is away.
    await new Promise((r) => setTimeout(r, 500));
    expect(await (await get("goals/a/")).text()).toContain("Second title");
    await rename(`${dir}-away`, dir);
    await writeFile(join(dir, "goals/a.md"), goal("Third title"));
    await eventually(async () => (await (await get("goals/a/")).text()).includes("Third title"));
    expect(problems.filter((p) => p.kind !== "folder-gone")).toEqual([]);
  });
});

describe("waymark serve's reloads", () => {
  it("reloads once per save, and never again for a save it has already read", async () => {
    const dir = await testdir(WORKSPACE);
    const reloads: string[] = [];
    const server = await serveSite({
      dir,
      port: 0,
      date: "2024-09-15",
      onLoad: (event) => {
        if (event.reload) reloads.push(event.diagnostics.length ? "problems" : "ok");
      },
    });
    if ("failed" in server) throw new Error(`could not listen: ${server.failed}`);
    try {
      for (let i = 1; i <= 4; i++) {
        // writeFile truncates, then writes: one save the watcher often reports as two events.
        await writeFile(join(dir, "goals/a.md"), goal(`Saved ${i} times`));
        await eventually(async () => {
          const page = await fetch(new URL("goals/a/", server.url));
          return (await page.text()).includes(`Saved ${i} times`);
        });
        // Past the first look again at what was read (serve-site.ts SETTLE_MS).
        await new Promise((r) => setTimeout(r, 250));
        expect(reloads).toHaveLength(i);
      }
    } finally {
      await server.close();
    }
  });
});

describe("waymark build", () => {
  it("never writes serve's live-reload script into the site", { timeout: 90_000 }, async () => {
    const dir = await testdir(WORKSPACE);
    const out = join(dir, "_site");
    expect((await runWaymark("build", dir, "--out", out)).code).toBe(0);
    const pages = (await readdir(out, { recursive: true })).filter((f) => f.endsWith(".html"));
    expect(pages.length).toBeGreaterThan(3);
    for (const page of pages) {
      const html = await readFile(join(out, page), "utf8");
      expect(html, page).not.toMatch(/__waymark|live\.js/);
      expect(html, page).not.toContain(LIVE_RELOAD_JS_INTEGRITY);
    }
  });
});

describe("waymark serve on a busy port", () => {
  it("reports it as data, and the CLI says so in one line with exit 2", {
    timeout: 90_000,
  }, async () => {
    const busy = createServer();
    await new Promise<void>((done) => busy.listen(0, "127.0.0.1", done));
    const { port } = busy.address() as AddressInfo;
    try {
      const dir = await testdir(WORKSPACE);
      const result = await serveSite({ dir, port, date: "2024-09-15", baseUrl: "/" });
      expect(result).toEqual({ failed: "port-in-use", hostname: "127.0.0.1", port });
      const cli = await runWaymark("serve", dir, "--port", String(port));
      expect(cli.code).toBe(2);
      const lines = cli.stderr.split("\n").filter((l) => l && !/ loaded in /.test(l));
      expect(lines).toEqual([
        `✖ waymark serve: unexpected port ${port} on 127.0.0.1 (in use), expected a free port — pass another with --port <n>, or --port 0 to pick a free one`,
      ]);
      expect(cli.stderr).not.toMatch(/\n\s+at /);
    } finally {
      busy.close();
    }
  });
});
