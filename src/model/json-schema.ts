import { z } from "zod";
import {
  characterSchema,
  configSchema,
  itemSchema,
  periodSchema,
  storySchema,
  visionSchema,
} from "./schemas.js";

/**
 * JSON Schemas for editors, generated from the zod schemas of the native format so the two never
 * disagree. `npm run schema` writes them to `schema/`; a test fails when the committed files lag.
 */

/** Bumped when a schema changes incompatibly; part of every `$id`. */
export const SCHEMA_VERSION = 1;

export interface SchemaEntry {
  /** File name under `schema/`. */
  file: string;
  title: string;
  /** Workspace files the schema describes, as globs for editor settings. */
  appliesTo: string[];
  schema: z.ZodType;
}

export const SCHEMA_ENTRIES: SchemaEntry[] = [
  {
    file: "waymark.schema.json",
    title: "Waymark workspace configuration",
    appliesTo: ["waymark.yaml"],
    schema: configSchema,
  },
  {
    file: "item.schema.json",
    title: "Waymark goal or initiative",
    appliesTo: ["goals/**/*.md"],
    schema: itemSchema,
  },
  {
    file: "period.schema.json",
    title: "Waymark period",
    appliesTo: ["periods/*.md"],
    schema: periodSchema,
  },
  {
    file: "vision.schema.json",
    title: "Waymark vision",
    appliesTo: ["vision/README.md"],
    schema: visionSchema,
  },
  {
    file: "character.schema.json",
    title: "Waymark vision character",
    appliesTo: ["vision/characters/*.md"],
    schema: characterSchema,
  },
  {
    file: "story.schema.json",
    title: "Waymark vision story",
    appliesTo: ["vision/stories/**/*.md"],
    schema: storySchema,
  },
];

export type JsonSchema = Record<string, unknown>;

/**
 * One entry's JSON Schema. Draft-07, because yaml-language-server (VS Code's YAML extension)
 * supports draft-07 and below; `io: "input"` because people write the input side: a field with a
 * zod default stays optional.
 */
export function buildJsonSchema(entry: SchemaEntry): JsonSchema {
  const { $schema, description, ...rest } = z.toJSONSchema(entry.schema, {
    target: "draft-7",
    io: "input",
  }) as JsonSchema;
  // Editors show the first keys on hover, so identity and purpose come first.
  return {
    $schema,
    $id: `urn:waymark:schema:v${SCHEMA_VERSION}:${entry.file.replace(/\.schema\.json$/, "")}`,
    title: entry.title,
    description: description ?? entry.title,
    ...rest,
  };
}

/** The exact text committed under `schema/`: two-space JSON and a final newline. */
export function serializeJsonSchema(schema: JsonSchema): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}

/** Every schema file, by name, as it should be on disk. */
export function generateJsonSchemas(): Map<string, string> {
  return new Map(SCHEMA_ENTRIES.map((e) => [e.file, serializeJsonSchema(buildJsonSchema(e))]));
}
