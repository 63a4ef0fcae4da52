// Front matter benchmark: parses the YAML of every file of the generated 1,000-goal workspace
// (bench/generate-workspace.ts) with parseYaml (plain YAML read directly where it can be) and
// with the yaml library alone, and prints each one's first pass (as a cold build runs it, before
// the JIT has warmed up) and the median of --runs more. The first pass of the one measured first
// also pays for loading; `--only plain` or `--only yaml` measures one in a fresh process.
// Run: node --import tsx bench/front-matter-yaml.ts [--runs 9] [--only plain|yaml]
import { parseArgs } from "node:util";
import { LineIndex } from "../src/diagnostics/line-index.js";
import { parseMarkdown } from "../src/load/parse-markdown.js";
import { parseWithYaml, parseYaml } from "../src/load/parse-yaml.js";
import { readPlainYaml } from "../src/load/plain-yaml.js";
import { tooDeep } from "../src/load/yaml-depth.js";
import { generateWorkspace } from "./generate-workspace.js";
import { machineLine, median, ms } from "./measure.js";

const { values: args } = parseArgs({
  options: { runs: { type: "string", default: "9" }, only: { type: "string" } },
});

interface Yaml {
  file: string;
  text: string;
  offset: number;
  lines: LineIndex;
}

const texts: Yaml[] = [];
for (const [file, text] of generateWorkspace()) {
  if (file.endsWith(".yaml")) texts.push({ file, text, offset: 0, lines: new LineIndex(text) });
  const front = file.endsWith(".md") ? parseMarkdown(file, text) : undefined;
  if (front?.frontmatter) {
    const { text: yaml, offset } = front.frontmatter;
    texts.push({ file, text: yaml, offset, lines: front.document.lines });
  }
}

const ways: Record<string, (y: Yaml) => unknown> = {
  plain: (y) => parseYaml(y.file, y.text, y.offset, y.lines),
  // parseYaml as it was before plain YAML: the nesting check, then the yaml library.
  yaml: (y) =>
    tooDeep(y.file, y.text, y.offset, y.lines) ?? parseWithYaml(y.file, y.text, y.offset, y.lines),
};

console.log(machineLine());
for (const [name, parse] of Object.entries(ways)) {
  if (args.only && args.only !== name) continue;
  const times: number[] = [];
  for (let run = 0; run <= Number(args.runs); run++) {
    const start = performance.now();
    for (const y of texts) parse(y);
    times.push(performance.now() - start);
  }
  console.log(`${name}: first ${ms(times[0]!)}, then median ${ms(median(times.slice(1)))}`);
}
// Counted after the runs, so that the plain reader is not warmed up before its first pass.
const taken = texts.filter((y) => readPlainYaml(y.text)).length;
console.log(`${texts.length} YAML texts, ${taken} of them plain`);
