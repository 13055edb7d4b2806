import { formatJapaneseFiscalYear } from "../fiscal";
import { fractionScale, gradeForItem, numberOf, shownNumber } from "../indicators/grade";
import type { Rule } from "./rule";

export const indicatorWorse: Rule = {
  meta: {
    id: "indicator-worse",
    severity: "info",
    fixable: false,
    description: {
      ja: "指標の実績が基準値より悪化している（評価D）",
      en: "An indicator's actual is worse than its baseline (grade D)",
    },
    messages: {
      worse: {
        ja: "{year}の実績{actual}は基準値{baseline}より悪化しています（評価D）",
        en: "The actual of FY{yearEn} ({actual}) is worse than the baseline ({baseline}): grade D",
      },
    },
  },
  check(item, ctx) {
    const g = gradeForItem(ctx.grades, item.index);
    const h = g?.headline;
    if (!g || h?.grade !== "D" || !h.actual) return;
    const fractions = fractionScale(g.indicator);
    const year = h.actual.year!;
    ctx.report({
      cell: h.actual.cell,
      messageId: "worse",
      data: {
        year: formatJapaneseFiscalYear(year),
        yearEn: year,
        actual: shownNumber(numberOf(h.actual, fractions)!),
        // Grade D is given only against a baseline that is a number.
        baseline: shownNumber(numberOf(g.indicator.baseline, fractions)!),
      },
    });
  },
};
