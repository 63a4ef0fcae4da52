import type { NewFile } from "./new-file.js";
import { configTemplate } from "./templates/config-template.js";
import { itemTemplate } from "./templates/item-template.js";
import { halfYearDates, halfYearOf, periodTemplate } from "./templates/period-template.js";
import { characterTemplate, storyTemplate, visionTemplate } from "./templates/vision-templates.js";

export interface InitOptions {
  /** The group's name; the CLI defaults it to the folder's name. */
  name: string;
  /** Dates the sample period: the half-year this day falls in. */
  today: Date;
  /** Add a `.gitignore` for the caches (the CLI passes false when the folder has one). */
  gitignore?: boolean;
}

/** What a workspace keeps out of git: the sync cache and the parse cache. */
const GITIGNORE =
  "# Caches of waymark sync and waymark check; rebuilt on demand.\n.waymark/\n.waymark-cache/\n";

const HANDLE = "your-handle";
const TEAM = "maintainers";
const GOAL = "publish-the-roadmap";
const INITIATIVE = "check-in-ci";
const THEME = "foundations";
const CHARACTER = "casey";
const STATUS_QUO = "casey-cannot-find-the-plan";
const SHINY_FUTURE = "casey-finds-the-plan";

/**
 * The files of a new workspace: waymark.yaml and one commented sample of each file kind, all
 * linked to each other so that the result passes `waymark check` with nothing to report.
 */
export function planInit({ name, today, gitignore = true }: InitOptions): NewFile[] {
  const id = halfYearOf(today);
  const dates = halfYearDates(id)!;
  const period = { id, title: id.toUpperCase(), ...dates };
  const middle = `${dates.start.slice(0, 5)}${id.endsWith("1") ? "03-31" : "09-30"}`;
  return [
    ...(gitignore ? [{ path: ".gitignore", text: GITIGNORE }] : []),
    { path: "waymark.yaml", text: configTemplate({ name, handle: HANDLE, team: TEAM, period }) },
    {
      path: `goals/${GOAL}.md`,
      text: itemTemplate({
        kind: "goal",
        title: "Publish the group's roadmap",
        owners: [HANDLE],
        teams: { [TEAM]: "Review the goals" },
        period: id,
        theme: THEME,
        impact:
          "Anyone can see what the group is working on, who owns each piece, and where help is wanted.",
        milestones: [
          ["Write the goals down", "✅", `@${HANDLE}`],
          ["Run `waymark check` in CI", "🦀", `@${HANDLE}`],
          ["Publish the site", "💤", ""],
        ],
        helpWanted: "Reviewers for the goal pages, and someone to set up the site.",
      }),
    },
    {
      path: `goals/${GOAL}/${INITIATIVE}.md`,
      text: itemTemplate({
        kind: "initiative",
        title: "Check the roadmap in CI",
        owners: [],
        impact: "Every change to the roadmap is checked before it is merged.",
        milestones: [["Add `waymark check` to the CI workflow", "💤", ""]],
      }),
    },
    {
      path: `periods/${id}.md`,
      text: periodTemplate({
        ...period,
        theme: {
          id: THEME,
          title: "Solid foundations",
          summary: "Write the roadmap down and keep it true.",
          narrative:
            "Why this theme matters now, and what the period's goals under it will change together.",
        },
      }),
    },
    {
      path: "vision/README.md",
      text: visionTemplate({
        schedule: [
          { phase: "Gather status-quo stories", start: dates.start, end: middle },
          { phase: "Write shiny-future stories", start: middle, end: dates.end },
          { phase: "Publish the vision", end: dates.end },
        ],
        character: { id: CHARACTER, name: "Casey" },
        stories: [
          { kind: "status-quo", id: STATUS_QUO, title: "Casey cannot find the plan" },
          { kind: "shiny-future", id: SHINY_FUTURE, title: "Casey finds the plan" },
        ],
      }),
    },
    {
      path: `vision/characters/${CHARACTER}.md`,
      text: characterTemplate({
        name: "Casey",
        value: "Approachability",
        background:
          "Casey is a new contributor who wants to help, and has an evening a week to give. Casey knows the language well but none of the group's history.",
      }),
    },
    {
      path: `vision/stories/status-quo/${STATUS_QUO}.md`,
      text: storyTemplate({
        title: "Casey cannot find the plan",
        kind: "status-quo",
        characters: [CHARACTER],
        sources: ["Notes from a contributor interview"],
        goals: [GOAL],
        retells: [],
        body: "Casey reads three old issues and a meeting log, and still cannot tell what the group is working on, or where a newcomer could help.",
      }),
    },
    {
      path: `vision/stories/shiny-future/${SHINY_FUTURE}.md`,
      text: storyTemplate({
        title: "Casey finds the plan",
        kind: "shiny-future",
        characters: [CHARACTER],
        sources: [],
        goals: [GOAL],
        retells: [STATUS_QUO],
        body: "Casey opens the roadmap, sees a goal marked help wanted, and has a first change merged by the end of the week.",
      }),
    },
  ];
}
