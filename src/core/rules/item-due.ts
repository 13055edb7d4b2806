import { formatJapaneseFiscalYear } from "../fiscal";
import { has, resolveRow } from "../timeline";
import type { Rule } from "./rule";

export const itemDue: Rule = {
  meta: {
    id: "item-due",
    severity: "info",
    fixable: false,
    description: {
      ja: "計画のみのシートで、検証年度に完了予定の取組（完了したか確認）",
      en: "On a plan-only sheet, an item planned to complete in the review year (check that it did)",
    },
    messages: {
      due: {
        ja: "{year}に完了の計画です。完了したか確認してください",
        en: "Completion is planned for FY{yearEn}: check that it was completed",
      },
    },
  },
  check(item, ctx) {
    if (ctx.model.actualYears.length > 0) return;
    const F = ctx.review.fiscalYear;
    const due = resolveRow(item.schedule).find(
      (s) => s.year === F && s.cell.kind === "status" && has(s.effective, "done"),
    );
    if (due)
      ctx.report({
        cell: due.cell,
        messageId: "due",
        data: { year: formatJapaneseFiscalYear(F), yearEn: F },
      });
  },
};
