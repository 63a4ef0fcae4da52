/**
 * Markdown tables for the RFC text. Cell text comes from workspace files, so whatever would end
 * the cell or start markup of its own (pipes, line breaks, brackets, angle brackets) is escaped.
 */
export function markdownTable(headers: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
  return [line(headers), line(headers.map(() => "---")), ...rows.map(line)].join("\n");
}

/** Plain text as one table cell (or one line of prose). */
export function cellText(text: string): string {
  return text
    .replace(/\s+/g, " ")
    .trim()
    .replace(/([\\|[\]<>*_`])/g, "\\$1");
}
