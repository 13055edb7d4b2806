import { nearest } from "../text/editDistance";
import { formsNear } from "../vocabulary";
import type { Rule } from "./rule";

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
    for (const { cell } of [...item.schedule, ...item.actuals]) {
      if (cell.kind !== "unknown") continue;
      const { fix, suggestions } = nearest(cell.normalized, formsNear(cell.normalized, ctx.model.vocabulary));
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
