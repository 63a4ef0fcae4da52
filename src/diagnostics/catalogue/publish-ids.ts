import type { CatalogueEntry } from "../catalogue.js";

/**
 * Ids reported while output is rendered and written (src/render/, src/publish/), after check:
 * they stop a build before anything is written. See ../catalogue.ts to add one.
 */
export const PUBLISH_IDS = {
  "invalid-feed": {
    stage: "publish",
    severity: "error",
    description:
      "The generated Atom feed is not well-formed XML: a bug in Waymark, caught before anything is written.",
    hint: "Report it, with the titles of the newest goals and stories.",
  },
} as const satisfies Record<string, CatalogueEntry>;
