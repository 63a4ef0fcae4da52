import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";

/** Debian's Chromium (`apt-get install chromium`, done by .ci/run); Playwright never downloads one. */
export const CHROMIUM = "/usr/bin/chromium";

/**
 * The machine has no network beyond loopback: without the background-networking flags Chromium
 * keeps trying to reach Google's hosts. Playwright itself adds `--headless` (headless: true) and
 * `--no-sandbox` (chromiumSandbox: false, needed as root), and starts every launch with a fresh
 * temporary profile, the `--user-data-dir` it manages (it refuses one passed in `args`).
 */
export const CHROMIUM_FLAGS = [
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
  "--no-first-run",
];

/**
 * Why the browser tests cannot run here, or undefined when they can. Outside CI a missing
 * Chromium skips them; in CI it never does, so a broken install step fails loudly instead.
 */
export function browserSkipReason(): string | undefined {
  if (existsSync(CHROMIUM) || process.env.CI) return undefined;
  return `${CHROMIUM} is missing: install it with \`apt-get install chromium\` to run the browser tests`;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    chromiumSandbox: false,
    args: CHROMIUM_FLAGS,
  });
}
