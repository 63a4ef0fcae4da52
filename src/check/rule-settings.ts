import { CATALOGUE } from "../diagnostics/catalogue.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { Config } from "../model/types.js";
import { closestMatch } from "./closest-match.js";

type Settings = Config["rules"];

/**
 * `rules:` keys that name no id: every id of the catalogue (docs/rules.md) may be set, check rules
 * and the ids of the other stages alike. The check stage reports these, in the form the model
 * gives an unknown field.
 */
export function unknownRuleIds(settings: Settings): Diagnostic[] {
  if (!settings?.size) return [];
  const known = new Set(Object.keys(CATALOGUE));
  return [...settings]
    .filter(([id]) => !known.has(id))
    .map(([id, setting]) => {
      const near = closestMatch(id, known);
      return {
        ruleId: "unknown-field",
        severity: "error",
        span: setting.span,
        message: `Unexpected rule id \`${id}\` in \`rules\`, expected an id listed in docs/rules.md`,
        hint: near
          ? `Did you mean \`${near}\`? Rule ids are kebab-case, as \`waymark check\` prints them.`
          : "Use an id `waymark check` prints in brackets, such as `broken-link`.",
      };
    });
}

/**
 * Diagnostics with the severities `rules:` sets: `off` drops a rule's findings, `warning` and
 * `error` replace the severity each finding had (its rule's default, or its own).
 */
export function applyRuleSettings(diagnostics: Diagnostic[], settings: Settings): Diagnostic[] {
  if (!settings?.size) return diagnostics;
  return diagnostics.flatMap((d) => {
    const level = settings.get(d.ruleId)?.level;
    if (level === undefined) return [d];
    if (level === "off") return [];
    return [level === d.severity ? d : { ...d, severity: level }];
  });
}
