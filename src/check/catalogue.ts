import type { Rule } from "./rule.js";
import { duplicateId } from "./rules/duplicate-id.js";

/** Every check rule, one module each. Ids here and in load/model diagnostics are listed in docs/rules.md. */
export const RULES: Rule[] = [duplicateId];
