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
  "unsafe-output": {
    stage: "publish",
    severity: "error",
    description:
      "An output folder Waymark will not write to: a symlink (or one inside it or on the way from the workspace), a file, or a folder that holds the workspace.",
    hint: "Remove the link, or build into a folder of its own with `--out`.",
  },
  "foreign-output": {
    stage: "publish",
    severity: "error",
    description:
      "A non-empty output folder without a manifest this machine signed: not a site Waymark built here.",
    hint: "Pass `--force` to build over it (files the site does not have are kept), or pick another `--out`.",
  },
  "unwritable-output": {
    stage: "publish",
    severity: "error",
    description:
      "The file system refused a write while the site was written beside its output folder and swapped in (no permission, a mount point, a full disk); the previous site is left as it was.",
    hint: "Make the folder holding the output folder writable, or build into a folder inside a mount point.",
  },
} as const satisfies Record<string, CatalogueEntry>;
