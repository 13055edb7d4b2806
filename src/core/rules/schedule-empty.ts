import type { Rule } from "./rule";

export const scheduleEmpty: Rule = {
  meta: {
    id: "schedule-empty",
    severity: "warning",
    fixable: false,
    description: { ja: "年度欄がすべて空欄", en: "Every year cell of the item is empty" },
    messages: {
      empty: { ja: "どの年度にも計画が書かれていません", en: "No year of the schedule is filled in" },
    },
  },
  check(item, ctx) {
    if (ctx.model.planYears.length === 0 || item.schedule.length === 0) return;
    if (
      item.schedule.every((s) => s.cell.kind === "empty") &&
      item.actuals.every((s) => s.cell.kind === "empty")
    ) {
      ctx.report({ cell: item.schedule[0].cell, messageId: "empty" });
    }
  },
};
