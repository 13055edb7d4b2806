// The result text of a year that had already ended when last year's workbook was reviewed, written
// otherwise (or erased) in this year's.

import { quoted, yearData } from "../diff/cells";
import { textCellKey } from "../diff/items";
import type { Rule } from "./rule";

export const diffResultChanged: Rule = {
  meta: {
    id: "diff-result-changed",
    severity: "warning",
    fixable: false,
    description: {
      ja: "前年度比較: 終わった年度の実施結果が書き換えられている",
      en: "Compared with last year: the result of a year already over was rewritten",
    },
    messages: {
      changed: {
        ja: "終わった年度（{year}）の実施結果が、前年度のブックの「{before}」から「{after}」に書き換えられています",
        en: 'The result for FY{yearEn}, a year already over, said "{before}" in last year\'s workbook and now says "{after}"',
      },
      cleared: {
        ja: "終わった年度（{year}）の実施結果「{before}」（前年度のブック）が消されています",
        en: 'The result for FY{yearEn}, a year already over, said "{before}" in last year\'s workbook and is now empty',
      },
    },
  },
  compare(pair, ctx) {
    if (!pair.last || !pair.this) return;
    const lastCells = new Map(pair.last.item.results.map((r) => [r.year, r.cell]));
    for (const { year, cell } of pair.this.item.results) {
      const was = lastCells.get(year);
      // A result written late, where last year's workbook had none, is a result filled in, not changed.
      if (!was || !ctx.closedInLast(year) || !textCellKey(was.value)) continue;
      if (textCellKey(was.value) === textCellKey(cell.value)) continue;
      const after = quoted(cell.value);
      ctx.report({
        cell,
        last: was,
        messageId: after ? "changed" : "cleared",
        data: { ...yearData(year), before: quoted(was.value), after },
      });
    }
  },
};
