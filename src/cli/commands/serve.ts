import type { Command } from "commander";
import pc from "picocolors";
import { formatHuman, summarize } from "../../diagnostics/format.js";
import { serveSite } from "../../publish/site/serve-site.js";
import { type SiteFlags, siteCommand, siteInput } from "./build.js";

export function registerServe(program: Command): void {
  siteCommand(program, "serve", "preview the site on loopback, rebuilding as files change")
    .option("--port <port>", "port to listen on (0 picks a free one)", "4000")
    .action(async (dir: string, opts: SiteFlags & { port: string }) => {
      const port = Number(opts.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) {
        process.stderr.write(
          `waymark serve: unexpected --port ${opts.port}, expected 0 to 65535\n`,
        );
        process.exitCode = 2;
        return;
      }
      const input = siteInput("serve", dir, opts);
      if (!input) return;
      const err = process.stderr;
      const server = await serveSite({
        ...input,
        port,
        onLoad: ({ diagnostics, ms, reload }) => {
          for (const d of diagnostics)
            if (d.severity === "error") err.write(`${formatHuman(d, err.isTTY)}\n`);
          const { errors, warnings } = summarize(diagnostics);
          const mark = errors ? pc.red("✖") : pc.green("✔");
          const what = reload ? "reloaded" : "loaded";
          err.write(
            `${mark} ${what} in ${Math.round(ms)} ms: ${errors} errors, ${warnings} warnings\n`,
          );
        },
      });
      err.write(`Serving ${server.url} (Ctrl-C to stop)\n`);
      await new Promise<void>((done) => process.once("SIGINT", () => done()));
      await server.close();
    });
}
