// The department of an item changed since last year's workbook.

import { quoted } from "../diff/cells";
import type { Rule } from "./rule";

export const diffDepartment: Rule = {
  meta: {
    id: "diff-department",
    severity: "info",
    fixable: false,
    description: {
      ja: "前年度比較: 担当課が変わった",
      en: "Compared with last year: the department changed",
    },
    messages: {
      changed: {
        ja: "担当課が前年度のブックの「{before}」から「{after}」に変わっています",
        en: 'The department was "{before}" in last year\'s workbook and is now "{after}"',
      },
    },
  },
  compare(pair, ctx) {
    if (!pair.last || !pair.this) return;
    const was = pair.last.department;
    const now = pair.this.department;
    // A department written where there was none, or left out, is not a change of hands.
    if (!was || !now || was === now) return;
    const cell = pair.this.item.department!;
    const last = pair.last.item.department!;
    ctx.report({
      cell,
      last,
      messageId: "changed",
      data: { before: quoted(last.value), after: quoted(cell.value) },
    });
  },
};
