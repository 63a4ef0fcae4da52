import { z } from "zod";
import { PERIOD_PHASES } from "../../../model/period-phases.js";
import {
  LAYOUTS,
  PROGRESS_SOURCES,
  SLATE_STATUSES,
  STATES,
  STORY_KINDS,
} from "../../../model/types.js";

/**
 * The shape of waymark.json, the published model. `waymark.schema.json` is generated from this,
 * and docs/json.md describes it field by field. Bump JSON_SCHEMA_VERSION on any change that could
 * break a reader (a removed or renamed field, a narrowed type); adding optional fields does not.
 */
export const JSON_SCHEMA_VERSION = 1;

const location = z
  .string()
  .describe(
    "Where the value is written: file:line:column, the file relative to the workspace root.",
  );
const page = z.string().describe("The site page for this value, relative to the site root.");
const markdown = (what: string) => z.string().describe(`${what}, as Markdown.`);
const link = z.object({ title: z.string(), url: z.string() });
const state = z.enum(STATES);

/** When each phase of a slate's cycle starts, as the file gives them (YYYY-MM-DD). */
const phaseDates = z
  .partialRecord(z.enum(PERIOD_PHASES), z.string())
  .describe(
    "When each phase of the slate's cycle starts, as written: proposals, review, rfc, accepted, running, closed.",
  );

const person = z.object({
  handle: z.string(),
  name: z.string().optional(),
  url: z.string().optional().describe("Profile URL."),
  location,
});
const team = z.object({
  id: z.string(),
  name: z.string().optional(),
  url: z.string().optional(),
  location,
});
const group = z.object({
  name: z.string(),
  mission: z.string().optional(),
  status: z.string().optional(),
  leads: z.array(z.string()).describe("Handles of the leads."),
  focus: markdown("The current focus").optional(),
  chat: link.optional(),
  meetings: link.optional(),
  videos: link.optional(),
  repositories: z.array(z.string()).describe("owner/repo."),
  links: z.array(link),
  checklist: z.array(z.object({ text: z.string(), state: z.enum(["done", "in-progress"]) })),
  futureAreas: z.array(z.string()),
  involvement: markdown("How to get involved").optional(),
});
const triage = z.object({
  repositories: z.array(z.string()),
  areaLabel: z.string(),
  labels: z.object({ focus: z.string(), onDeck: z.string(), other: z.string() }),
  focusLimit: z.object({ min: z.number(), max: z.number() }),
  onDeckLimit: z.number(),
  agenda: z.array(z.string()),
  stallDays: z.object({ yellow: z.number(), red: z.number() }).optional(),
});
const cadence = z.object({
  id: z.string(),
  title: z.string(),
  everyDays: z.number().describe("Days between meetings; 30 for a monthly rotation."),
  monthly: z.boolean().optional().describe("Meets on weeks of the month that `on` names."),
  on: z
    .array(z.object({ weekday: z.number().describe("0 for Sunday."), week: z.number().optional() }))
    .optional()
    .describe(
      "Meeting days: a weekday, with its week of the month (1–4, -1 for the last) when monthly.",
    ),
  anchor: z.string().optional().describe("The date of one meeting, YYYY-MM-DD."),
  time: z.string().optional(),
  timezone: z.string().optional(),
  durationMinutes: z.number().optional(),
  where: link.optional(),
  agenda: z.array(z.string()),
});
const config = z.object({
  file: z.string(),
  layout: z.enum(LAYOUTS).optional(),
  group,
  people: z.array(person),
  teams: z.array(team),
  periods: z.array(
    z.object({
      id: z.string(),
      title: z.string().optional(),
      start: z.string().optional(),
      end: z.string().optional(),
      phases: phaseDates.optional(),
      location,
    }),
  ),
  triage: triage.optional(),
  cadences: z.array(cadence),
});

const item = z.object({
  id: z.string(),
  kind: z.enum(["goal", "initiative"]),
  file: z.string(),
  parent: z.string().optional().describe("Id of the goal or initiative this one belongs to."),
  children: z.array(z.string()),
  order: z.number(),
  title: z.string(),
  shortTitle: z.string().optional(),
  state: state.optional(),
  status: z
    .enum(SLATE_STATUSES)
    .optional()
    .describe("Where the goal stands on its period's slate."),
  owners: z.array(z.string()).describe("Handles of people or ids of teams; empty when unowned."),
  asks: z.array(
    z.object({ team: z.string(), ask: z.string(), level: z.string().optional(), location }),
  ),
  period: z.string().optional(),
  theme: z.string().optional(),
  progress: z
    .object({
      done: z.number(),
      total: z.number(),
      source: z.enum(PROGRESS_SOURCES),
      of: z.string().optional().describe("What it counts: the tracking issue or the search."),
      asOf: z.string().optional().describe("When a sync last confirmed it (ISO time)."),
    })
    .optional(),
  progressFrom: z
    .object({
      source: z.enum(PROGRESS_SOURCES),
      search: z.object({ done: z.string(), total: z.string() }).optional(),
    })
    .optional()
    .describe("The progress source chosen in front matter, if any."),
  tracking: z
    .object({ owner: z.string(), repo: z.string(), number: z.number(), url: z.string() })
    .optional(),
  updateEvery: z.number().optional().describe("Days between updates, set by the item."),
  updates: z
    .object({
      of: z.string().describe("The tracking issue they were read from."),
      url: z.string(),
      updates: z.array(
        z.object({
          author: z.string().optional(),
          date: z.string(),
          url: z.string(),
          tldr: z.string().describe("Plain text, one line."),
          helpWanted: z.array(z.string()),
        }),
      ),
      everyDays: z.number().optional(),
      due: z.string().optional().describe("When the next update is due (YYYY-MM-DD)."),
      openedAt: z.string().optional(),
      finished: z.boolean().describe("Done, paused or closed: no update is asked for."),
      stale: z.boolean(),
      asOf: z.string().describe("When the sync read them (ISO time)."),
    })
    .optional()
    .describe("Updates on the tracking issue, from the last sync."),
  links: z.array(link),
  stories: z.array(z.string()).describe("Ids of the stories that motivate it."),
  impact: markdown("The Impact section").optional(),
  milestones: z.array(
    z.object({
      title: z.string(),
      state: state.optional(),
      participants: z.array(z.string()),
      notes: z.string().optional(),
      location,
    }),
  ),
  helpWanted: markdown("The Help wanted section").optional(),
  body: markdown("The whole body"),
  extra: z
    .record(z.string(), z.unknown())
    .describe("Facts a layout kept that the model has no field for."),
  location,
  page,
});

const period = z.object({
  id: z.string(),
  file: z.string().optional(),
  title: z.string(),
  state: z.enum(["draft", "accepted"]),
  start: z.string().optional(),
  end: z.string().optional(),
  phases: phaseDates.optional(),
  intro: markdown("The introduction").optional(),
  themes: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      summary: z.string().optional(),
      narrative: markdown("The theme's narrative").optional(),
    }),
  ),
  other: markdown('The narrative of "the other 90%"').optional(),
  body: markdown("The whole body"),
  location,
  page,
});

const character = z.object({
  id: z.string(),
  file: z.string(),
  name: z.string(),
  value: z.string().describe("The value the character stands for."),
  background: markdown("The background"),
  location,
  page,
});

const story = z.object({
  id: z.string(),
  file: z.string(),
  title: z.string(),
  kind: z.enum(STORY_KINDS),
  characters: z.array(z.string()),
  sources: z.array(z.object({ title: z.string(), url: z.string().optional() })),
  goals: z.array(z.string()).describe("Ids of the goals or initiatives it motivates."),
  retells: z
    .array(z.string())
    .describe("Ids of the status-quo stories a shiny-future story retells."),
  body: markdown("The story"),
  location,
  page,
});

const vision = z.object({
  file: z.string().optional(),
  title: z.string(),
  intro: markdown("What the vision is").optional(),
  tenets: z.array(z.object({ title: z.string(), description: z.string().optional() })),
  schedule: z.array(
    z.object({ title: z.string(), start: z.string().optional(), end: z.string().optional() }),
  ),
  characters: z.array(character),
  stories: z.array(story),
  body: markdown("The whole body"),
  location: location.optional(),
  page,
});

const freePage = z.object({
  file: z.string(),
  title: z.string(),
  body: markdown("The page"),
  page,
});

export const waymarkJsonSchema = z
  .object({
    $schema: z.string().optional(),
    schemaVersion: z.literal(JSON_SCHEMA_VERSION).describe("Bumped on any breaking change."),
    generator: z.string().describe("The program that wrote the file."),
    layout: z.enum(LAYOUTS).describe("How the workspace was read."),
    config,
    items: z.array(item).describe("Goals and initiatives, each goal followed by its initiatives."),
    periods: z.array(period),
    vision: vision.optional(),
    pages: z.array(freePage).describe("Other Markdown pages."),
  })
  .describe("A Waymark workspace: the whole model, as `waymark build` publishes it.");

export type WaymarkJson = z.infer<typeof waymarkJsonSchema>;

/** The JSON Schema of waymark.json (draft-07, which most validators and editors support). */
export function waymarkJsonSchemaDocument(): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(waymarkJsonSchema, {
    target: "draft-7",
    io: "output",
  }) as Record<string, unknown>;
  return {
    $schema,
    $id: `urn:waymark:json:v${JSON_SCHEMA_VERSION}`,
    title: "Waymark workspace (waymark.json)",
    ...rest,
  };
}
