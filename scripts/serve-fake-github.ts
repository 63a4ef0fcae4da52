import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { generateGoalsSeed } from "../test/github/generate-seed.js";
import type { Seed } from "../test/github/seed-store.js";
import { startFakeGitHub } from "../test/github/start-fake-github.js";

/**
 * Runs the tests' local GitHub by hand, for a demo of `waymark sync` without a token or network:
 *
 *   npx tsx scripts/serve-fake-github.ts [--seed async-wg|goals|FILE.json] [--port 3999]
 *                                        [--token TOKEN] [--latency MS]
 *
 * `async-wg` (the default) serves the tracking issues of examples/async-wg; `goals` the sync
 * bench's 200 generated goals. Prints the URL and token to use, then one line per request.
 */
const { values } = parseArgs({
  options: {
    seed: { type: "string", default: "async-wg" },
    port: { type: "string", default: "3999" },
    token: { type: "string", default: "fake-github-token" },
    latency: { type: "string", default: "0" },
  },
});

function loadSeed(name: string): Seed {
  if (name === "goals") return generateGoalsSeed();
  const file = name.endsWith(".json") ? name : `test/github/seeds/${name}.json`;
  return JSON.parse(readFileSync(file, "utf8")) as Seed;
}

const server = await startFakeGitHub({
  seed: loadSeed(values.seed),
  port: Number(values.port),
  token: values.token,
  latencyMs: Number(values.latency),
  onRequest: (e) => {
    const what =
      e.kind === "graphql"
        ? `graphql ${e.operation ?? "?"} (${e.aliases ?? 0} fields, ${e.cost ?? 0} pt)`
        : `${e.method} ${e.path}`;
    process.stdout.write(`${e.status} ${what}${e.fault ? ` [${e.fault}]` : ""}\n`);
  },
});

process.stdout.write(
  [
    `Fake GitHub on ${server.url} (GraphQL at ${server.graphqlUrl}), seed ${values.seed}.`,
    "Try, in another terminal:",
    `  GITHUB_TOKEN=${server.token} node bin/waymark.js sync DIR --api-url ${server.url}`,
    "Ctrl-C stops it.",
    "",
  ].join("\n"),
);

process.once("SIGINT", () => {
  server.close().then(
    () => process.exit(0),
    (error: unknown) => {
      process.stderr.write(`${String(error)}\n`);
      process.exit(1);
    },
  );
});
