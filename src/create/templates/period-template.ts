import { yamlScalar } from "../yaml-scalar.js";

export interface PeriodTemplate {
  id: string;
  title: string;
  start?: string;
  end?: string;
  theme?: { id: string; title: string; summary: string; narrative: string };
  intro?: string;
  other?: string;
}

/** A period's goal slate (seed 001): themes in front matter, their narratives as `##` sections. */
export function periodTemplate(t: PeriodTemplate): string {
  const front = [
    `title: ${yamlScalar(t.title)}`,
    "state: draft # accepted once the slate is agreed",
  ];
  if (t.start) front.push(`start: ${t.start}`);
  if (t.end) front.push(`end: ${t.end}`);
  front.push(
    "# The slate's cycle: when each phase starts (running and closed default to start and end).",
    "# phases: { proposals: YYYY-MM-DD, review: YYYY-MM-DD, rfc: YYYY-MM-DD, accepted: YYYY-MM-DD }",
  );
  const sections: string[] = [];
  if (t.theme) {
    front.push(
      "# Flagship themes; each has a `## <title>` section below with its narrative.",
      "themes:",
      `  - id: ${t.theme.id}`,
      `    title: ${yamlScalar(t.theme.title)}`,
      `    summary: ${yamlScalar(t.theme.summary)}`,
    );
    sections.push(`## ${t.theme.title}\n\n${t.theme.narrative}\n`);
  } else {
    front.push(
      "# Flagship themes; give each a `## <title>` section below with its narrative.",
      "# themes:",
      "#   - { id: async, title: Async everywhere, summary: One line on the theme. }",
      "themes: []",
    );
  }
  sections.push(
    `## The other 90%\n\n${t.other ?? "Goals that no flagship theme covers: polish, maintenance, and the work that keeps things running."}\n`,
  );
  return `---
${front.join("\n")}
---

${t.intro ?? `What the group aims to get done in ${t.title}, and why. Propose a goal with \`waymark new goal <title> --period ${t.id}\`.`}

${sections.join("\n")}`;
}

/** Dates for ids like `2025h1`: the half-year they name. */
export function halfYearDates(id: string): { start: string; end: string } | undefined {
  const m = id.match(/^(\d{4})h([12])$/i);
  if (!m) return undefined;
  return m[2] === "1"
    ? { start: `${m[1]}-01-01`, end: `${m[1]}-06-30` }
    : { start: `${m[1]}-07-01`, end: `${m[1]}-12-31` };
}

/** The half-year a day falls in, as a period id: 2025-03-14 → 2025h1. */
export function halfYearOf(day: Date): string {
  return `${day.getUTCFullYear()}h${day.getUTCMonth() < 6 ? 1 : 2}`;
}
