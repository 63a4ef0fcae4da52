import type { Command } from "commander";
import pc from "picocolors";
import { formatHuman, summarize } from "../../diagnostics/format.js";
import { resolveApiUrl } from "../../track/resolve-api-url.js";
import { serveMessages as messages } from "../serve-messages.js";
import { type SiteFlags, siteCommand, siteInput } from "./build.js";
import { testTuning } from "./sync.js";
import { badApiUrl } from "./track-messages.js";

export function registerServe(program: Command): void {
  siteCommand(program, "serve", "preview the site on loopback, rebuilding as files change")
    .option("--port <port>", "port to listen on (0 picks a free one)", "4000")
    .option(
      "--api-url <url>",
      "GitHub's REST API URL for the triage board's label moves (default: github.api, else api.github.com)",
    )
    .action(async (dir: string, opts: SiteFlags & { port: string; apiUrl?: string }) => {
      const err = process.stderr;
      const port = Number(opts.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) {
        err.write(messages.badPort(opts.port));
        process.exitCode = 2;
        return;
      }
      const api = opts.apiUrl === undefined ? undefined : resolveApiUrl(opts.apiUrl);
      if (api && !api.ok) {
        err.write(badApiUrl(api.url, api.expected));
        process.exitCode = 2;
        return;
      }
      const input = siteInput("serve", dir, opts);
      if (!input) return;
      // Loaded when serving only: the server, the watcher and the board's GitHub client are
      // hundreds of modules no other command needs, and the loader opens them all at once.
      const { serveSite } = await import("../../publish/site/serve-site.js");
      const server = await serveSite({
        ...input,
        port,
        board: { apiUrl: api?.url, tuning: testTuning() },
        onLoad: ({ diagnostics, ms, checkMs, reload, timings }) => {
          for (const d of diagnostics)
            if (d.severity === "error") err.write(`${formatHuman(d, err.isTTY)}\n`);
          const { errors, warnings } = summarize(diagnostics);
          const mark = errors ? pc.red("✖") : pc.green("✔");
          err.write(messages.loaded(mark, reload, ms, checkMs, errors, warnings));
          if (process.env.WAYMARK_VERBOSE === "1") err.write(messages.steps(timings));
        },
        onProblem: (problem) => err.write(messages.problem(problem)),
      });
      if ("failed" in server) {
        err.write(messages.listenFailed(server));
        process.exitCode = 2;
        return;
      }
      err.write(messages.serving(server.url));
      await new Promise<void>((done) => process.once("SIGINT", () => done()));
      await server.close();
    });
}
