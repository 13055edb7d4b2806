import { formatJapaneseFiscalYear, isClosed } from "../fiscal";
import { gradeForItem } from "../indicators/grade";
import type { CellRef } from "../types";
import { filledText } from "../text/normalize";
import type { Rule } from "./rule";

export const indicatorActualMissing: Rule = {
  meta: {
    id: "indicator-actual-missing",
    severity: "warning",
    fixable: false,
    description: {
      ja: "目標のある指標で、終わった年度の実績値が書かれていない",
      en: "An indicator with a target has no actual for a closed year",
    },
    messages: {
      missing: {
        ja: "{years}の実績値が書かれていません",
        en: "No actual is recorded for FY{yearsEn}",
      },
    },
  },
  check(item, ctx) {
    const ind = gradeForItem(ctx.grades, item.index)?.indicator;
    // A table without actual columns states targets only: it cannot be missing an actual.
    if (!ind || ind.actuals.length === 0 || ind.targets.every((t) => filledText(t.cell.value) === "")) return;
    const after = ind.baseline?.year ?? -Infinity;
    const missing: { year: number; cell: CellRef }[] = [];
    for (const a of ind.actuals) {
      if (a.year === null || a.year <= after || !isClosed(a.year, ctx.review)) continue;
      if (filledText(a.cell.value) === "") missing.push({ year: a.year, cell: a.cell });
    }
    // A closed target year with no actual column at all: the target cell shows it.
    const columnYears = new Set(ind.actuals.map((a) => a.year));
    for (const t of ind.targets)
      if (t.year !== null && isClosed(t.year, ctx.review) && !columnYears.has(t.year))
        missing.push({ year: t.year, cell: t.cell });
    if (missing.length === 0) return;
    missing.sort((a, b) => a.year - b.year);
    const years = [...new Set(missing.map((m) => m.year))];
    ctx.report({
      cell: missing[0].cell,
      messageId: "missing",
      data: {
        years: years.map(formatJapaneseFiscalYear).join("・"),
        yearsEn: years.join(", FY"),
      },
    });
  },
};
