// Rule names for people, from the rule metas.

import type { Lang } from "../core/messages";
import { RULES } from "../core/rules";
import type { RuleId } from "../core/types";

export function ruleName(id: RuleId, lang: Lang): string {
  return RULES.find((r) => r.meta.id === id)?.meta.description[lang] ?? id;
}
