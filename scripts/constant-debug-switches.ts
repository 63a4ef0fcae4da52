import { readFile } from "node:fs/promises";
import type { Plugin } from "esbuild";

/**
 * yaml checks `process.env.LOG_TOKENS` for every token it lexes and `LOG_STREAM` for every
 * document (debug printing for its own developers). Reading `process.env` is a call into the
 * runtime each time: that check alone was half of parsing the bench workspace's front matter
 * (parseDocument 207 -> 110 ms for 3,127 of them). The bundle fixes both switches off. A yaml
 * whose code no longer reads as expected stops the bundle, so an upgrade cannot drop this silently.
 */
const SWITCHES: Record<string, string[]> = {
  "parse/parser.js": ["node_process.env.LOG_TOKENS"],
  "compose/composer.js": ["node_process.env.LOG_STREAM"],
};

export const constantDebugSwitches: Plugin = {
  name: "constant-debug-switches",
  setup(build) {
    build.onLoad(
      { filter: /[\\/]node_modules[\\/]yaml[\\/]dist[\\/](parse|compose)[\\/]\w+\.js$/ },
      async (args) => {
        const file = Object.keys(SWITCHES).find((f) =>
          args.path.replaceAll("\\", "/").endsWith(`/yaml/dist/${f}`),
        );
        if (!file) return undefined;
        let contents = await readFile(args.path, "utf8");
        for (const lookup of SWITCHES[file]!) {
          if (!contents.includes(lookup))
            throw new Error(
              `${args.path} no longer reads ${lookup}: check scripts/constant-debug-switches.ts`,
            );
          contents = contents.replaceAll(lookup, "false");
        }
        return { contents, loader: "js" };
      },
    );
  },
};
