// Per-chart cost (node --import tsx bench/charts-render.ts): a goal's burn-up of 26 weekly points
// with its forecast, rendered to HTML 1,000 times in process, in CPU milliseconds per chart (CPU
// time, so a loaded machine skews it less than wall time). The 1,000-goal build draws one per goal.
import { h } from "preact";
import { render } from "preact-render-to-string";
import { BurnUpChart } from "../src/render/charts/burn-up-chart.js";
import { forecastCompletion } from "../src/track/forecast/forecast-completion.js";

const points = Array.from({ length: 26 }, (_, k) => ({
  at: new Date(Date.parse("2024-03-04T12:00:00Z") + k * 7 * 86_400_000).toISOString(),
  done: Math.floor(k * 0.7),
  total: 30,
}));
const asOf = points.at(-1)!.at;
const n = 1000;
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
let bytes = 0;
const start = cpu();
for (let i = 0; i < n; i++) {
  const forecast = forecastCompletion(points, asOf);
  const view = { points, forecast, asOf, end: "2024-12-31", counts: "Sub-issues closed" };
  bytes += render(h(BurnUpChart, { id: "c", name: `Goal ${i}`, view })).length;
}
const ms = cpu() - start;
console.log(
  `${n} burn-ups (26 points, forecast included): ${(ms / n).toFixed(2)} CPU ms a chart, ${Math.round(bytes / n)} bytes of HTML each`,
);
