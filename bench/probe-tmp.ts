import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";

const p = unified().use(remarkParse).use(remarkGfm);
const n = Number(process.argv[3]);
const gens: Record<string, (n: number) => string> = {
  emnest: (n) => "*a ".repeat(n) + "b" + " c*".repeat(n),
  emnest_: (n) => "_a ".repeat(n) + "b" + " c_".repeat(n),
  staraa: (n) => "*a".repeat(n),
  stars: (n) => "*".repeat(n) + "a" + "*".repeat(n),
  link: (n) => "[a](".repeat(n) + "x".repeat(2_000_000 - 4 * n),
  br: (n) => "[".repeat(n) + "x".repeat(2_000_000 - n),
  brclose: (n) => "[".repeat(n) + "]".repeat(n),
  tickinc: (n) =>
    Array.from({ length: n }, (_, i) => "`".repeat(i + 1) + "a").join("") + "x".repeat(2_000_000),
};
const text = gens[process.argv[2] as string]!(n);
const c0 = process.cpuUsage();
let ok = "ok";
try {
  p.parse(text);
} catch (e) {
  ok = String(e).slice(0, 40);
}
const c = process.cpuUsage(c0);
console.log(
  process.argv[2],
  n,
  text.length,
  "bytes",
  ((c.user + c.system) / 1000).toFixed(0),
  "ms cpu",
  ok,
);
