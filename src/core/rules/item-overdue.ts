import { actualsByYear, completionMissed, isEmptyActual, type YearActual } from "../actuals";
import { formatJapaneseFiscalYear, isClosed } from "../fiscal";
import { has, plansActivity, resolveRow } from "../timeline";
import type { CellRef } from "../types";
import type { Rule } from "./rule";

/** The cell that shows a year's actual: the status cell where there is one, else the text cell. */
function actualCell(a: YearActual | undefined): CellRef | undefined {
  return a?.status?.cell ?? a?.text;
}

export const itemOverdue: Rule = {
  meta: {
    id: "item-overdue",
    severity: "error",
    fixable: false,
    description: {
      ja: "終わった年度の計画に実績がない、完了予定が完了していない、または遅れ",
      en: "A closed year's plan has no actual, a planned completion was not reached, or the item is late",
    },
    messages: {
      late: { ja: "{year}の進捗が「遅れ」です", en: "FY{yearEn} is reported late" },
      noActual: {
        ja: "{year}は「{plan}」の計画ですが実績が書かれていません",
        en: 'FY{yearEn} plans "{plan}" but no actual is recorded',
      },
      notCompleted: {
        ja: "{year}に完了の計画ですが、完了の実績がありません",
        en: "Completion was planned for FY{yearEn} but no actual says done",
      },
    },
  },
  check(item, ctx) {
    const F = ctx.review.fiscalYear;
    const actuals = actualsByYear(item, ctx.model.vocabulary);
    if (actuals.size === 0) return; // plan-only: late cannot be told from done
    const found: { year: number; cell: CellRef; messageId: string; plan?: string }[] = [];
    for (const a of actuals.values()) {
      if (a.year <= F && a.status && has(a.status.effective, "late")) {
        found.push({ year: a.year, cell: a.status.cell, messageId: "late" });
      }
    }
    const plans = resolveRow(item.schedule);
    const missed = completionMissed(plans, actuals, ctx.model, ctx.review);
    if (missed)
      found.push({
        year: missed.year,
        cell: actualCell(actuals.get(missed.year)) ?? missed.cell,
        messageId: "notCompleted",
      });
    const actualYears = ctx.model.actualYears;
    for (const p of plans) {
      if (p.year > F || !isClosed(p.year, ctx.review) || !actualYears.includes(p.year)) continue;
      const a = actuals.get(p.year);
      if (plansActivity(p.effective) && isEmptyActual(a)) {
        found.push({
          year: p.year,
          cell: actualCell(a) ?? p.cell,
          messageId: "noActual",
          plan: p.cell.normalized || "⇒",
        });
      }
    }
    if (found.length === 0) return;
    const first = found.reduce((x, y) => (y.year < x.year ? y : x));
    ctx.report({
      cell: first.cell,
      messageId: first.messageId,
      data: { year: formatJapaneseFiscalYear(first.year), yearEn: first.year, plan: first.plan ?? "" },
    });
  },
};
