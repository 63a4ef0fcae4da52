import { tmpdir } from "node:os";
import { join } from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    globalSetup: ["test/global-setup.ts"],
    // The default output, then the list of corpus tests skipped for want of ../shared.
    reporters: ["default", "./test/helpers/shared-skip-reporter.ts"],
    include: ["src/**/*.test.ts", "src/**/*.test.tsx", "test/**/*.test.ts"],
    testTimeout: 30_000,
    env: {
      // The machine key (src/load/machine-key.ts) of test runs stays out of the user's ~/.cache.
      XDG_CACHE_HOME: join(tmpdir(), "waymark-test-cache"),
      // picocolors turns colours on whenever CI is set; the CLIs the tests spawn print plain
      // text on every machine, as they do for a user's pipe.
      NO_COLOR: "1",
    },
    hookTimeout: 60_000,
  },
});
