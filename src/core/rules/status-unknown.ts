import { nearest } from "../text/editDistance";
import { formsNear, readStatus, type Vocabulary } from "../vocabulary";
import type { Rule } from "./rule";

/**
 * Nearest known forms for a cell's normalised text. A combination (検討・実地) is corrected part by
 * part: its fix is certain only when every unknown part has exactly one word at distance 1.
 */
export function statusNearest(
  normalized: string,
  vocab: Vocabulary,
): { fix?: string; suggestions: string[] } {
  const whole = nearest(normalized, formsNear(normalized, vocab));
  const parts = normalized.split(/([・/])/);
  if (parts.length === 1) return whole;
  const unknown = parts
    .map((p, i) => ({ p, i }))
    .filter(({ p, i }) => i % 2 === 0 && p !== "" && readStatus(p, vocab).kind !== "status");
  if (unknown.length === 0) return whole;
  const near = unknown.map(({ p }) => nearest(p, formsNear(p, vocab)));
  const replaced = (by: string[]) => {
    const out = [...parts];
    unknown.forEach(({ i }, k) => (out[i] = by[k]));
    return out.join("");
  };
  const fix = near.every((n) => n.fix) ? replaced(near.map((n) => n.fix!)) : undefined;
  // Suggestions exist for a single unknown part: the whole cell with that part replaced.
  const suggestions = unknown.length === 1 ? near[0].suggestions.map((s) => replaced([s])) : [];
  return { fix, suggestions };
}

export const statusUnknown: Rule = {
  meta: {
    id: "status-unknown",
    severity: "error",
    fixable: true,
    description: {
      ja: "状況欄に語彙にない語が書かれている",
      en: "A status cell holds a word that is not in the vocabulary",
    },
    messages: {
      unknown: {
        ja: "「{value}」は状況の語として認識できません",
        en: '"{value}" is not a known status word',
      },
      unknownFix: {
        ja: "「{value}」は状況の語として認識できません（「{fix}」の誤りでは？）",
        en: '"{value}" is not a known status word (did you mean "{fix}"?)',
      },
    },
  },
  check(item, ctx) {
    for (const row of [item.schedule, item.actuals])
      for (const { cell } of row) {
        if (cell.kind !== "unknown") continue;
        const { fix, suggestions } = statusNearest(cell.normalized, ctx.model.vocabulary);
        ctx.report({
          cell,
          messageId: fix ? "unknownFix" : "unknown",
          data: { value: cell.normalized, fix: fix ?? "" },
          fix,
          suggestions,
        });
      }
  },
};
