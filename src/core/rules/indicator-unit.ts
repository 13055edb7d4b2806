import {
  gradeForItem,
  fractionScale,
  numberOf,
  shownNumber,
  values,
  wholePercent,
} from "../indicators/grade";
import type { IndicatorValue } from "../indicators/model";
import { filledText } from "../text/normalize";
import type { Rule, RuleContext } from "./rule";

/** Columns of the sheet's indicators where most filled cells are numbers (not text). */
function numberColumns(ctx: RuleContext): Set<number> {
  const counts = new Map<number, { numbers: number; filled: number }>();
  for (const g of ctx.grades)
    for (const v of values(g.indicator)) {
      if (filledText(v.cell.value) === "") continue;
      const c = counts.get(v.cell.col) ?? { numbers: 0, filled: 0 };
      c.filled++;
      if (typeof v.cell.value === "number") c.numbers++;
      counts.set(v.cell.col, c);
    }
  return new Set([...counts].filter(([, c]) => c.numbers * 2 > c.filled).map(([col]) => col));
}

const columnsOf = new WeakMap<RuleContext["grades"], Set<number>>();

/**
 * A number written as text in a column of numbers (1,234件, 約50%, ５０％), unless the text says
 * something a number cannot: the year the value was measured in (47.1 (R1)). Words with no number
 * (未定, 調査中, 減少) are statements, not mistyped values.
 */
function textInNumbers(v: IndicatorValue, numeric: Set<number>): boolean {
  const n = v.number;
  if (!n?.text || !numeric.has(v.cell.col)) return false;
  return !(n.year !== undefined && n.extra === "" && !n.percent);
}

export const indicatorUnit: Rule = {
  meta: {
    id: "indicator-unit",
    severity: "warning",
    fixable: false,
    description: {
      ja: "指標の値が数値でなく文字で書かれている、または%の値が整数で書かれている",
      en: "An indicator value is written as text, or a percentage as a whole number",
    },
    messages: {
      textNumber: {
        ja: "「{value}」は文字で書かれています。{number}として読みました（数値で入力してください）",
        en: '"{value}" is text; read as {number} (enter it as a number)',
      },
      wholePercent: {
        ja: "「{value}」は%の値が整数で書かれています（他の値は小数）。{number}として読みました",
        en: '"{value}" is a percentage written as a whole number (the other values are fractions); read as {number}',
      },
    },
  },
  check(item, ctx) {
    const g = gradeForItem(ctx.grades, item.index);
    if (!g) return;
    let numeric = columnsOf.get(ctx.grades);
    if (!numeric) columnsOf.set(ctx.grades, (numeric = numberColumns(ctx)));
    const fractions = fractionScale(g.indicator);
    for (const v of values(g.indicator)) {
      const value = String(v.cell.value);
      if (textInNumbers(v, numeric)) {
        const number = shownNumber(numberOf(v, fractions)!);
        ctx.report({ cell: v.cell, messageId: "textNumber", data: { value, number } });
      } else if (wholePercent(v, fractions) && typeof v.cell.value === "number") {
        ctx.report({
          cell: v.cell,
          messageId: "wholePercent",
          data: { value, number: shownNumber(numberOf(v, fractions)!) },
        });
      }
    }
  },
};
