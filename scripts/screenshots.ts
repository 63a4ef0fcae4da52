// Screenshots of the built example site for the README (npm run screenshots): builds
// examples/async-wg, and the rust-project-goals corpus from ../shared when it is there, serves
// each on loopback and photographs key pages in Debian's Chromium into docs/screenshots/. `--full` takes whole pages instead of the first screen, for reviewing a design; `--only NAME` takes one shot.
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import type { Browser, BrowserContextOptions } from "playwright-core";
import { commandWorks, ensureDebianPackage } from "../bench/debian-package.js";
import { launchChromium } from "../test/browser/chromium.js";
import { PAGES, ROOT, serveExampleSite } from "../test/browser/example-site.js";
import { forecastWorkspace } from "../test/helpers/forecast-workspace.js";
import { serveSyncedExample } from "../test/helpers/serve-synced-example.js";
import { sharedMissing, sharedPath } from "../test/helpers/shared-corpus.js";

interface Shot {
  name: string;
  path: string;
  /** The phone or dark-mode variants; the desktop light scheme otherwise. */
  device?: "phone";
  dark?: boolean;
  /** The workspace built: the example unless named. */
  site?: "rust-project-goals" | "board" | "charts";
}

const SHOTS: Shot[] = [
  { name: "home", path: PAGES.home },
  { name: "roadmap", path: PAGES.roadmap },
  { name: "goal", path: PAGES.goal },
  { name: "story", path: PAGES.story },
  { name: "slate-2024h2", path: PAGES.slate },
  { name: "roadmap-phone", path: PAGES.roadmap, device: "phone" },
  { name: "goal-dark", path: PAGES.goal, dark: true },
  // The real rust-project-goals book as Waymark publishes it: teams rolled up from sub-sections,
  // full titles, a Progress column, the goals not accepted apart.
  { name: "rpg-slate-2024h2", path: "/periods/2024h2/#theme-flagship", site: "rust-project-goals" },
  // The triage board as `waymark serve` shows it after a sync from the tests' local GitHub.
  { name: "triage-board", path: "/triage/", site: "board" },
  // A period's burn-up, forecast and goals at risk, from ten weekly syncs written into the cache.
  { name: "chart-burn-up", path: "/periods/2026h2/#forecast", site: "charts" },
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
    /** Take only these shots (by name, repeatable), building only the sites they need. */
    only: { type: "string", multiple: true },
  },
});
const shots = args.only ? SHOTS.filter((s) => args.only?.includes(s.name)) : SHOTS;
const needs = (name: NonNullable<Shot["site"]> | "example") =>
  shots.some((s) => (s.site ?? "example") === name);

// The states are emoji: without a colour emoji font they photograph as empty boxes.
ensureDebianPackage("fonts-noto-color-emoji", () =>
  commandWorks("sh", ["-c", "fc-list | grep -q 'Noto Color Emoji'"]),
);

const corpus = sharedMissing("corpus/rust-project-goals");
if (corpus) console.log(`skipping the rust-project-goals shots: ${corpus}`);
const sites = {
  example: needs("example") ? await serveExampleSite() : undefined,
  "rust-project-goals":
    corpus || !needs("rust-project-goals")
      ? undefined
      : await serveExampleSite(sharedPath("corpus/rust-project-goals")),
  charts: needs("charts")
    ? await serveExampleSite(await forecastWorkspace({ markup: false }))
    : undefined,
  board: needs("board") ? await serveSyncedExample() : undefined,
};
let browser: Browser | undefined;
try {
  browser = await launchChromium();
  await mkdir(args.out, { recursive: true });
  for (const shot of shots) {
    const site = sites[shot.site ?? "example"];
    if (!site) continue;
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
  await sites.example?.close();
  await sites["rust-project-goals"]?.close();
  await sites.board?.close();
  await sites.charts?.close();
}
