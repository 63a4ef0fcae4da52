import type { Diagnostic } from "../../../diagnostics/diagnostic.js";
import { type FrontMatterDocument, introOf } from "../../markdown/document.js";
import { firstTitle } from "../../markdown/sections.js";
import { characterSchema, storySchema, visionSchema } from "../../schemas.js";
import type { Character, Source, Story, StoryKind, Vision } from "../../types.js";
import { validate } from "../../validate.js";
import { toList } from "./build-items.js";
import { overridden } from "./override.js";
import { fileId } from "./paths.js";

export const VISION_DIR = "vision";

type Report = (d: Diagnostic) => void;

/** The vision's own page (vision/README.md): tenets and revision schedule in front matter. */
export function buildVisionPage(doc: FrontMatterDocument | undefined, report: Report): Vision {
  const empty: Vision = {
    title: "Vision",
    tenets: [],
    schedule: [],
    characters: [],
    stories: [],
    body: "",
    spans: {},
  };
  if (!doc || doc.data === undefined) return empty;
  const { data, diagnostics } = validate(visionSchema, doc.data, doc.spans, doc.head);
  diagnostics.forEach(report);
  if (!data) return empty;
  return {
    ...empty,
    file: doc.document.file,
    title: data.title ?? firstTitle(doc.document.tree) ?? "Vision",
    intro: overridden(data.intro, introOf(doc)),
    tenets: (data.tenets ?? []).map((t) => (typeof t === "string" ? { title: t } : t)),
    schedule: (data.schedule ?? []).map((p) => ({ title: p.phase, start: p.start, end: p.end })),
    body: doc.body,
    span: doc.head,
    spans: doc.spans,
  };
}

export function buildCharacter(doc: FrontMatterDocument, report: Report): Character | undefined {
  if (doc.data === undefined) return undefined;
  const { data, diagnostics } = validate(characterSchema, doc.data, doc.spans, doc.head);
  diagnostics.forEach(report);
  if (!data) return undefined;
  return {
    id: data.id ?? fileId(doc.document.file),
    file: doc.document.file,
    name: data.name,
    value: data.value,
    background: doc.body.trim(),
    span: doc.head,
    spans: doc.spans,
  };
}

/** The story kind a folder implies: vision/stories/status-quo/… or …/shiny-future/…. */
function kindFromPath(file: string): StoryKind | undefined {
  if (/(^|\/)status[-_]quo\//.test(file)) return "status-quo";
  if (/(^|\/)shiny[-_]future\//.test(file)) return "shiny-future";
  return undefined;
}

export function buildStory(doc: FrontMatterDocument, report: Report): Story | undefined {
  if (doc.data === undefined) return undefined;
  const { data, diagnostics } = validate(storySchema, doc.data, doc.spans, doc.head);
  diagnostics.forEach(report);
  if (!data) return undefined;
  const file = doc.document.file;
  const kind = data.kind ?? kindFromPath(file);
  if (!kind) {
    report({
      ruleId: "missing-field",
      severity: "error",
      span: doc.head,
      message: "Missing story `kind`, and the folder does not imply one",
      hint: "Add `kind: status-quo` or `kind: shiny-future`, or move the file under stories/status-quo/ or stories/shiny-future/.",
    });
    return undefined;
  }
  const sources: Source[] = (data.sources ?? []).map((s) =>
    typeof s === "string" ? { title: s } : s,
  );
  return {
    id: data.id ?? fileId(file),
    file,
    title: data.title,
    kind,
    characters: toList(data.characters),
    sources,
    goals: data.goals ?? [],
    retells: data.retells ?? [],
    body: doc.body,
    span: doc.head,
    spans: doc.spans,
  };
}
