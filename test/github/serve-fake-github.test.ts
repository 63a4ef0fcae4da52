import { spawn } from "node:child_process";
import { once } from "node:events";
import { describe, expect, it, onTestFinished } from "vitest";

describe("scripts/serve-fake-github.ts", () => {
  it("serves the async-wg seed with the printed token, logs each request, and stops on Ctrl-C", async () => {
    const child = spawn(
      process.execPath,
      ["--import", "tsx", "scripts/serve-fake-github.ts", "--port", "0", "--token", "t0"],
      {
        stdio: ["ignore", "pipe", "inherit"],
      },
    );
    const stop = () => {
      if (child.exitCode === null) child.kill();
    };
    onTestFinished(stop); // never leave the server behind when an expectation fails
    let out = "";
    child.stdout.setEncoding("utf8");
    const url = await new Promise<string>((resolve) => {
      child.stdout.on("data", (chunk: string) => {
        out += chunk;
        const m = out.match(/Fake GitHub on (http:\/\/127\.0\.0\.1:\d+)/);
        if (m) resolve(m[1]!);
      });
    });
    expect(out).toContain("GITHUB_TOKEN=t0 node bin/waymark.js sync DIR --api-url");
    const res = await fetch(`${url}/graphql`, {
      method: "POST",
      headers: { authorization: "bearer t0" },
      body: JSON.stringify({
        query:
          'query Probe { repository(owner: "rust-lang", name: "wg-async") { issue(number: 232) { title } } }',
      }),
    });
    expect(await res.json()).toEqual({ data: { repository: { issue: { title: "Tooling" } } } });
    while (!out.includes("200 graphql Probe")) await new Promise((r) => setTimeout(r, 10));
    child.kill("SIGINT");
    const [code] = await once(child, "exit");
    expect(code).toBe(0);
  });
});
