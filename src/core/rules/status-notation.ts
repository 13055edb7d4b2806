import type { Rule } from "./rule";

export const statusNotation: Rule = {
  meta: {
    id: "status-notation",
    severity: "warning",
    fixable: true,
    description: {
      ja: "状況の語の書き方が揺れている（空白、半角カナ、全角英字）",
      en: "A status word written with spaces, half-width kana or full-width letters",
    },
    messages: {
      notation: { ja: "「{value}」は「{fix}」と書いてください", en: 'Write "{value}" as "{fix}"' },
    },
  },
  check(item, ctx) {
    for (const row of [item.schedule, item.actuals])
      for (const { cell } of row) {
        if (!cell.notation) continue;
        const value = typeof cell.value === "string" ? cell.value.trim() : String(cell.value);
        ctx.report({ cell, messageId: "notation", data: { value, fix: cell.notation }, fix: cell.notation });
      }
  },
};
