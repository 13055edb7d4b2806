// A plan of a year that had already ended when last year's workbook was reviewed, written otherwise
// in this year's: the plan rewritten after the fact.

import { quoted, statusText, yearData } from "../diff/cells";
import { speakingCells, statusKey, textCellKey } from "../diff/items";
import type { Message } from "./rule";
import type { Rule } from "./rule";

const WHICH = (before: string, after: string) => (!before ? "filled" : !after ? "cleared" : "rewritten");

const MESSAGES: Record<string, Message> = {
  rewritten: {
    ja: "終わった年度（{year}）の計画が、前年度のブックの「{before}」から「{after}」に書き換えられています",
    en: 'The plan for FY{yearEn}, a year already over, said "{before}" in last year\'s workbook and now says "{after}"',
  },
  filled: {
    ja: "終わった年度（{year}）の計画が、前年度のブックでは空欄でしたが「{after}」と書き加えられています",
    en: 'The plan for FY{yearEn}, a year already over, was empty in last year\'s workbook and now says "{after}"',
  },
  cleared: {
    ja: "終わった年度（{year}）の計画「{before}」（前年度のブック）が消されています",
    en: 'The plan for FY{yearEn}, a year already over, said "{before}" in last year\'s workbook and is now empty',
  },
};

export const diffPlanRewritten: Rule = {
  meta: {
    id: "diff-plan-rewritten",
    severity: "warning",
    fixable: false,
    description: {
      ja: "前年度比較: 終わった年度の計画が書き換えられている（後からの計画の書き換え）",
      en: "Compared with last year: the plan of a year already over was rewritten after the fact",
    },
    messages: MESSAGES,
  },
  compare(pair, ctx) {
    if (!pair.last || !pair.this) return;
    const before = speakingCells(pair.last.item.schedule);
    for (const [year, now] of speakingCells(pair.this.item.schedule)) {
      const was = before.get(year);
      if (!was || !ctx.closedInLast(year)) continue;
      if ((was.says ? statusKey(was.says) : "") === (now.says ? statusKey(now.says) : "")) continue;
      const b = statusText(was.says);
      const a = statusText(now.says);
      ctx.report({
        cell: now.cell,
        last: was.cell,
        messageId: WHICH(b, a),
        data: { ...yearData(year), before: b, after: a },
      });
    }
    // Plans written in words (an evaluation export's 今年度計画) are compared as text.
    const lastTexts = new Map((pair.last.item.planTexts ?? []).map((p) => [p.year, p.cell]));
    for (const { year, cell } of pair.this.item.planTexts ?? []) {
      const was = lastTexts.get(year);
      if (!was || !ctx.closedInLast(year) || textCellKey(was.value) === textCellKey(cell.value)) continue;
      const b = quoted(was.value);
      const a = quoted(cell.value);
      ctx.report({
        cell,
        last: was,
        messageId: WHICH(b, a),
        data: { ...yearData(year), before: b, after: a },
      });
    }
  },
};
