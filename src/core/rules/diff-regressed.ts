// An actual that went backwards for the same year: done in last year's workbook and not done in
// this year's (完了 → 実施), or being done and now only being prepared (実施 → 検討).

import { statusText, yearData } from "../diff/cells";
import { speakingCells } from "../diff/items";
import type { StatusCell } from "../types";
import type { Rule } from "./rule";

/** How far an actual says the work went: prepared 1, being done 2, done 3; null for other words. */
function stage(cell: StatusCell | null): number | null {
  if (!cell || cell.kind !== "status") return null;
  const c = cell.categories;
  if (c.includes("done")) return 3;
  if (c.includes("doing")) return 2;
  if (c.includes("plan")) return 1;
  return null;
}

export const diffRegressed: Rule = {
  meta: {
    id: "diff-regressed",
    severity: "warning",
    fixable: false,
    description: {
      ja: "前年度比較: 同じ年度の実績が前年度のブックより後戻りしている（完了 → 実施 など）",
      en: "Compared with last year: an actual went backwards for the same year (done → in progress …)",
    },
    messages: {
      regressed: {
        ja: "{year}の実績が、前年度のブックの「{before}」から「{after}」に後戻りしています",
        en: 'The actual for FY{yearEn} said "{before}" in last year\'s workbook and now says "{after}"',
      },
      cleared: {
        ja: "{year}の実績「{before}」（前年度のブック）が消されています",
        en: 'The actual for FY{yearEn} said "{before}" in last year\'s workbook and is now empty',
      },
    },
  },
  compare(pair, ctx) {
    if (!pair.last || !pair.this) return;
    const before = speakingCells(pair.last.item.actuals);
    for (const [year, now] of speakingCells(pair.this.item.actuals)) {
      const was = before.get(year);
      const from = stage(was?.says ?? null);
      if (!was || from === null) continue;
      const to = stage(now.says);
      // Done and now anything else (or nothing); else a step back between two stages.
      const back = from === 3 ? !now.says?.categories.includes("done") : to !== null && to < from;
      if (!back) continue;
      ctx.report({
        cell: now.cell,
        last: was.cell,
        messageId: now.says ? "regressed" : "cleared",
        data: { ...yearData(year), before: statusText(was.says), after: statusText(now.says) },
      });
    }
  },
};
