// An item of last year's workbook that this year's does not have, though last year's actuals never
// said it was done or stopped: work that may have been dropped quietly.

import { itemCell, policyOf } from "../diff/cells";
import { speakingCells } from "../diff/items";
import type { PlanItem } from "../types";
import type { Rule } from "./rule";

/** Words of a last actual that end an item for good: done (完了 …) or 中止. */
function ended(item: PlanItem): boolean {
  const said = [...speakingCells(item.actuals).values()].flatMap((c) => (c.says ? [c.says] : []));
  const last = said[said.length - 1];
  if (!last || last.kind !== "status") return false;
  return last.categories.includes("done") || last.tokens.includes("中止");
}

export const diffDropped: Rule = {
  meta: {
    id: "diff-dropped",
    severity: "warning",
    fixable: false,
    description: {
      ja: "前年度比較: 前年度の取組が、完了・中止の記録なく今年度のブックからなくなっている",
      en: "Compared with last year: an item of last year is gone, and last year's actuals never said it was done or stopped",
    },
    messages: {
      dropped: {
        ja: "前年度の「{title}」（{policy}）が今年度のブックにありません。前年度の実績に完了・中止の記録がありません",
        en: "Last year's \"{title}\" ({policy}) is not in this year's workbook, and last year's actuals do not say it was done or stopped",
      },
    },
  },
  compare(pair, ctx) {
    if (pair.this || !pair.last) return;
    const item = pair.last.item;
    if (ended(item)) return;
    ctx.report({
      inLast: true,
      cell: itemCell(item),
      messageId: "dropped",
      data: { title: item.title, policy: policyOf(item) },
    });
  },
};
