import { stringify } from "yaml";

const OPTIONS = { lineWidth: 0, blockQuote: false } as const;

/**
 * A value as it should appear after `key: ` in front matter: plain when YAML reads it back as the
 * same string, quoted when it would not (`yes`, `2024`, `# x`, `a: b`, a newline).
 */
export function yamlScalar(value: string): string {
  return stringify(value, OPTIONS).trimEnd();
}

/** A flow list, `[a, b]`, quoting items that a flow context would split (`a, b`). */
export function yamlList(values: string[]): string {
  const flow = stringify(values, { ...OPTIONS, collectionStyle: "flow" }).trimEnd();
  return flow.replace(/^\[ (.*) \]$/, "[$1]");
}
