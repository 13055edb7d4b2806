// An indicator's grade as plain figures: what the summary sheet, the command's JSON and the pane show.

import type { SheetReport } from "../check";
import { fractionScale, numberOf, type Grade, type IndicatorGrade } from "./grade";
import type { Direction } from "./model";

export interface IndicatorFigures {
  policy: string;
  name: string;
  unit: string;
  direction: Direction;
  /** Values on the indicator's own scale (a fraction for percentages Excel stores as 0.5). */
  baseline: number | null;
  baselineYear: number | null;
  /** The target in force (docs/indicators.md); its text when it says no number (減少). */
  target: number | string | null;
  targetYear: number | null;
  midTerm: boolean;
  actual: number | null;
  actualYear: number | null;
  rate: number | null;
  grade: Grade | null;
  /** The cell a reader checks: the actual graded, else the indicator's name. */
  cell: string;
}

export function indicatorFigures(g: IndicatorGrade): IndicatorFigures {
  const ind = g.indicator;
  const fractions = fractionScale(ind);
  const h = g.headline;
  const targetNumber = h ? numberOf(h.target, fractions) : null;
  const targetText = h && h.target.cell.value !== null ? String(h.target.cell.value).trim() : null;
  return {
    policy: ind.path[0] ?? "",
    name: ind.name,
    unit: ind.unit,
    direction: g.direction,
    baseline: numberOf(ind.baseline, fractions),
    baselineYear: ind.baseline?.year ?? null,
    target: targetNumber ?? (targetText || null),
    targetYear: h?.target.year ?? null,
    midTerm: h?.target.mid ?? false,
    actual: h?.actual ? numberOf(h.actual, fractions) : null,
    actualYear: h?.actual?.year ?? null,
    rate: h?.rate ?? null,
    grade: h?.grade ?? null,
    cell: (h?.actual?.cell ?? h?.target.cell)?.address ?? ind.range.split(":")[0],
  };
}

export type GradeCounts = Record<Grade | "none", number>;

export function emptyCounts(): GradeCounts {
  return { A: 0, B: 0, C: 0, D: 0, none: 0 };
}

/** A–D (and ungraded) per policy of a sheet's indicators, policies in the sheet's order. */
export function gradeCountsByPolicy(sheet: SheetReport): { policy: string; counts: GradeCounts }[] {
  const out = new Map<string, GradeCounts>();
  for (const g of sheet.indicators ?? []) {
    const policy = g.indicator.path[0] ?? "";
    let c = out.get(policy);
    if (!c) out.set(policy, (c = emptyCounts()));
    c[g.headline?.grade ?? "none"]++;
  }
  return [...out].map(([policy, counts]) => ({ policy, counts }));
}
