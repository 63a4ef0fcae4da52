import type { Diagnostic } from "../../../diagnostics/diagnostic.js";
import { type FrontMatterDocument, introOf } from "../../markdown/document.js";
import { normalizeHeading, sections } from "../../markdown/sections.js";
import { phaseOrderDiagnostics } from "../../period-phases-order.js";
import { periodSchema } from "../../schemas.js";
import type { Period, Theme } from "../../types.js";
import { validate } from "../../validate.js";
import { overridden } from "./override.js";
import { fileId } from "./paths.js";

export const PERIODS_DIR = "periods";

const OTHER_90 = /other 90/;

/** A period page: front matter names the themes; `## <theme title>` sections hold narratives. */
export function buildPeriod(
  doc: FrontMatterDocument,
  report: (d: Diagnostic) => void,
): Period | undefined {
  if (doc.data === undefined) return undefined;
  const { data, diagnostics } = validate(periodSchema, doc.data, doc.spans, doc.head);
  diagnostics.forEach(report);
  if (!data) return undefined;
  phaseOrderDiagnostics(data.phases, doc.spans, "phases", doc.head).forEach(report);
  const all = sections(doc.document, 2);
  const themes: Theme[] = (data.themes ?? []).map((t) => {
    const wanted = [normalizeHeading(t.title), normalizeHeading(t.id)];
    const section = all.find((s) => wanted.includes(normalizeHeading(s.heading)));
    return { ...t, narrative: overridden(t.narrative, section?.markdown) };
  });
  const intro = overridden(data.intro, introOf(doc, all));
  const id = data.id ?? fileId(doc.document.file);
  return {
    id,
    file: doc.document.file,
    title: data.title ?? id.toUpperCase(),
    state: data.state,
    start: data.start,
    end: data.end,
    ...(data.phases ? { phases: data.phases } : {}),
    intro,
    themes,
    other: overridden(
      data.other,
      all.find((s) => OTHER_90.test(normalizeHeading(s.heading)))?.markdown,
    ),
    body: doc.body,
    span: doc.head,
    spans: doc.spans,
  };
}
