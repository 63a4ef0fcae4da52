import { describe, expect, it } from "vitest";
import { phaseStatuses, scheduleSummary } from "./schedule.js";

// The 2021 revision schedule of seed 002.
const PHASES = [
  { title: "Drafting", end: "2021-03-31" },
  { title: "Q1 published", start: "2021-03-31", end: "2021-03-31" },
  { title: "Q2 process", start: "2021-06-14", end: "2021-06-30" },
  { title: "Q2 published", start: "2021-06-30" },
];

const statuses = (date: string) => phaseStatuses(PHASES, date).map((p) => p.status);

describe("phaseStatuses", () => {
  it("runs an end-only phase from the start of time", () => {
    expect(statuses("2021-01-10")).toEqual(["current", "upcoming", "upcoming", "upcoming"]);
  });

  it("can have two current phases on a shared day", () => {
    expect(statuses("2021-03-31")).toEqual(["current", "current", "upcoming", "upcoming"]);
  });

  it("knows the time between phases, and says what comes next", () => {
    const phases = phaseStatuses(PHASES, "2021-05-01");
    expect(phases.map((p) => p.status)).toEqual(["past", "past", "upcoming", "upcoming"]);
    expect(scheduleSummary(phases)).toBe("Between phases. Next: Q2 process, from 2021-06-14.");
  });

  it("ends", () => {
    const phases = phaseStatuses(PHASES, "2022-01-01");
    expect(phases.every((p) => p.status === "past")).toBe(true);
    expect(scheduleSummary(phases)).toBe("Every phase of this schedule is over.");
  });
});
