import { formatJapaneseFiscalYear } from "../fiscal";
import type { Rule } from "./rule";

export const statusAfterDone: Rule = {
  meta: {
    id: "status-after-done",
    severity: "error",
    fixable: false,
    description: {
      ja: "計画で完了した後の年度に検討・実施などが書かれている",
      en: "The plan schedules work after the year it completes",
    },
    messages: {
      afterDone: {
        ja: "{doneYear}に完了の計画ですが、{year}に「{value}」とあります",
        en: 'The plan completes in FY{doneYearEn} but says "{value}" in FY{yearEn}',
      },
    },
  },
  check(item, ctx) {
    const doneAt = item.schedule.find((s) => s.cell.kind === "status" && s.cell.categories.includes("done"));
    if (!doneAt) return;
    const after = item.schedule.find(
      (s) =>
        s.year > doneAt.year &&
        s.cell.kind === "status" &&
        s.cell.categories.some((c) => c === "plan" || c === "doing"),
    );
    if (!after) return;
    ctx.report({
      cell: after.cell,
      messageId: "afterDone",
      data: {
        value: after.cell.normalized,
        doneYear: formatJapaneseFiscalYear(doneAt.year),
        year: formatJapaneseFiscalYear(after.year),
        doneYearEn: doneAt.year,
        yearEn: after.year,
      },
    });
  },
};
