// Screenshots of the built example site for the README (npm run screenshots): builds
// examples/async-wg, serves it on loopback and photographs key pages in Debian's Chromium into
// docs/screenshots/. `--full` takes whole pages instead of the first screen, for reviewing a design.
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import type { Browser, BrowserContextOptions } from "playwright-core";
import { commandWorks, ensureDebianPackage } from "../bench/debian-package.js";
import { launchChromium } from "../test/browser/chromium.js";
import { PAGES, ROOT, serveExampleSite } from "../test/browser/example-site.js";

interface Shot {
  name: string;
  path: string;
  /** The phone or dark-mode variants; the desktop light scheme otherwise. */
  device?: "phone";
  dark?: boolean;
}

const SHOTS: Shot[] = [
  { name: "home", path: PAGES.home },
  { name: "roadmap", path: PAGES.roadmap },
  { name: "goal", path: PAGES.goal },
  { name: "story", path: PAGES.story },
  { name: "slate-2024h2", path: PAGES.slate },
  { name: "roadmap-phone", path: PAGES.roadmap, device: "phone" },
  { name: "goal-dark", path: PAGES.goal, dark: true },
];

const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 860 } };
const PHONE: BrowserContextOptions = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
};

const { values: args } = parseArgs({
  options: {
    out: { type: "string", default: join(ROOT, "docs", "screenshots") },
    full: { type: "boolean", default: false },
  },
});

// The states are emoji: without a colour emoji font they photograph as empty boxes.
ensureDebianPackage("fonts-noto-color-emoji", () =>
  commandWorks("sh", ["-c", "fc-list | grep -q 'Noto Color Emoji'"]),
);

const site = await serveExampleSite();
let browser: Browser | undefined;
try {
  browser = await launchChromium();
  await mkdir(args.out, { recursive: true });
  for (const shot of SHOTS) {
    const context = await browser.newContext({
      ...(shot.device === "phone" ? PHONE : DESKTOP),
      colorScheme: shot.dark ? "dark" : "light",
      baseURL: site.origin,
    });
    const page = await context.newPage();
    await page.goto(shot.path);
    const file = join(args.out, `${shot.name}.png`);
    await page.screenshot({ path: file, fullPage: args.full });
    await context.close();
    console.log(`${file} (${shot.path})`);
  }
} finally {
  await browser?.close();
  await site.close();
}
