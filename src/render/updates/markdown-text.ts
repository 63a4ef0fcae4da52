import { clip } from "../../track/updates/find-updates.js";

/**
 * Text from a file or from GitHub as inline Markdown that shows exactly that text: one line, no
 * control characters, and every character Markdown or HTML would act on (emphasis, links, code,
 * raw HTML, entities, tables, and list or heading marks at the start) escaped with a backslash. A comment cannot inject a link, an image
 * or a tag into the post it is quoted in.
 */
export function markdownText(text: string): string {
  return clip(text)
    .replace(/[\\`*_[\]<>|~&]/g, "\\$&")
    .replace(/^(\d+)\./, "$1\\.")
    .replace(/^[-+#=]/, "\\$&");
}

/** A link in Markdown whose URL cannot close the link early or smuggle a script scheme. */
export function markdownLink(text: string, url: string): string {
  const safe = /^https?:\/\//i.test(url)
    ? url.replace(
        /[\s()<>]/g,
        (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`,
      )
    : "#";
  return `[${markdownText(text)}](${safe})`;
}
