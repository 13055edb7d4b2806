// An item of this year's workbook that last year's does not have.

import { itemCell, policyOf } from "../diff/cells";
import type { Rule } from "./rule";

export const diffAdded: Rule = {
  meta: {
    id: "diff-added",
    severity: "info",
    fixable: false,
    description: {
      ja: "前年度比較: 前年度のブックにない取組が加わった",
      en: "Compared with last year: an item last year's workbook does not have",
    },
    messages: {
      added: {
        ja: "「{title}」（{policy}）は前年度のブックにない取組です",
        en: '"{title}" ({policy}) is not in last year\'s workbook',
      },
    },
  },
  compare(pair, ctx) {
    if (pair.last || !pair.this) return;
    const item = pair.this.item;
    ctx.report({
      cell: itemCell(item),
      messageId: "added",
      data: { title: item.title, policy: policyOf(item) },
    });
  },
};
