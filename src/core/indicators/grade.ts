// Grades an indicator: its direction, 達成率 and grade A–D against each target (docs/indicators.md).

import type { Direction, Indicator, IndicatorTarget, IndicatorValue } from "./model";

export type Grade = "A" | "B" | "C" | "D";
export const GRADES: readonly Grade[] = ["A", "B", "C", "D"];

/** The least 達成率 (a fraction: 1 = 100%) of grades A, B and C; below C is D. */
export interface GradeThresholds {
  a: number;
  b: number;
  c: number;
}

export const DEFAULT_THRESHOLDS: GradeThresholds = { a: 1, b: 0.8, c: 0 };

/** True when the thresholds can grade: finite and A ≥ B ≥ C. */
export function validThresholds(t: GradeThresholds): boolean {
  return [t.a, t.b, t.c].every(Number.isFinite) && t.a >= t.b && t.b >= t.c;
}

export interface Assessment {
  target: IndicatorTarget;
  /** The latest actual at or before the year graded (null: none yet). */
  actual: IndicatorValue | null;
  /** 達成率 as a fraction; null when the target equals the baseline or either is not a number. */
  rate: number | null;
  /** The actual is at or beyond the target in the indicator's direction (null: cannot tell). */
  reached: boolean | null;
  grade: Grade | null;
}

export interface IndicatorGrade {
  indicator: Indicator;
  direction: Direction;
  /** One per target, in year order: mid-term targets graded against the year they name. */
  assessments: Assessment[];
  /** The target in force in the review year: the earliest at or after it, else the last. */
  headline: Assessment | null;
}

const PERCENT_UNIT = /[%％]|パーセント/u;

/**
 * Percentages stored as Excel stores them (0.5 shown as 50%) when the indicator's unit is % and most
 * of its number cells are fractions: then a whole number (50) or a text 50% means 0.5.
 */
export function fractionScale(ind: Indicator): boolean {
  if (!PERCENT_UNIT.test(ind.unit)) return false;
  let fractions = 0;
  let wholes = 0;
  for (const v of values(ind)) {
    if (!v.number || v.number.text) continue;
    const n = Math.abs(v.number.value);
    if (n > 0 && n < 1) fractions++;
    else if (n > 1) wholes++;
  }
  return fractions > wholes;
}

/** Every value cell of the indicator: baseline, targets, actuals. */
export function values(ind: Indicator): IndicatorValue[] {
  return [...(ind.baseline ? [ind.baseline] : []), ...ind.targets, ...ind.actuals];
}

/** A percentage written as a whole number (50) among fractions (0.438): a finding, read as 0.5. */
export function wholePercent(v: IndicatorValue, fractions: boolean): boolean {
  const n = v.number;
  return fractions && n !== null && !n.percent && n.value > 1 && n.value <= 100;
}

/** The number a value cell stands for, on the indicator's own scale; null when it says none. */
export function numberOf(v: IndicatorValue | null, fractions: boolean): number | null {
  const n = v?.number;
  if (!v || !n) return null;
  return fractions && (n.percent || wholePercent(v, fractions)) ? n.value / 100 : n.value;
}

export function gradeOf(rate: number, t: GradeThresholds): Grade {
  return rate >= t.a ? "A" : rate >= t.b ? "B" : rate >= t.c ? "C" : "D";
}

/** Grades every target of an indicator as of the review year. */
export function gradeIndicator(ind: Indicator, reviewYear: number, t: GradeThresholds): IndicatorGrade {
  const fractions = fractionScale(ind);
  const base = numberOf(ind.baseline, fractions);
  const finalTarget = [...ind.targets].reverse().find((x) => numberOf(x, fractions) !== null);
  const finalNumber = numberOf(finalTarget ?? null, fractions);
  // A word wins; else the final target's side of the baseline; a target equal to it keeps it (up).
  const direction: Direction =
    ind.direction ?? (base !== null && finalNumber !== null && finalNumber < base ? "down" : "up");
  const better = (a: number, b: number) => (direction === "up" ? a > b : a < b);
  const assessments = ind.targets.map((target): Assessment => {
    // A mid-term target is graded against the year it names; the others against the review year.
    const until = target.mid && target.year !== null ? Math.min(target.year, reviewYear) : reviewYear;
    const actual =
      [...ind.actuals]
        .reverse()
        .find((a) => a.year !== null && a.year <= until && numberOf(a, fractions) !== null) ?? null;
    const goal = numberOf(target, fractions);
    const now = numberOf(actual, fractions);
    if (now === null) return { target, actual, rate: null, reached: null, grade: null };
    if (goal !== null && base !== null && goal !== base) {
      const rate = (now - base) / (goal - base);
      return { target, actual, rate, reached: rate >= 1, grade: gradeOf(rate, t) };
    }
    // No rate: the target equals the baseline, or says only a direction (減少), or there is no baseline.
    const reached = goal !== null ? !better(goal, now) : base !== null ? better(now, base) : null;
    let grade: Grade | null = null;
    if (reached) grade = "A";
    else if (base !== null) grade = better(base, now) ? "D" : "C";
    return { target, actual, rate: null, reached, grade };
  });
  const inForce =
    assessments.find((a) => a.target.year !== null && a.target.year >= reviewYear) ??
    assessments[assessments.length - 1] ??
    null;
  return { indicator: ind, direction, assessments, headline: inForce };
}

const byItem = new WeakMap<IndicatorGrade[], Map<number, IndicatorGrade>>();

/** The graded indicator of an item (by item index), or undefined for an item that is none. */
export function gradeForItem(grades: IndicatorGrade[], item: number): IndicatorGrade | undefined {
  if (grades.length === 0) return undefined;
  let map = byItem.get(grades);
  if (!map) byItem.set(grades, (map = new Map(grades.map((g) => [g.indicator.item, g]))));
  return map.get(item);
}

/** A number as a message shows it: up to three decimals, no float noise (0.30000000000000004). */
export function shownNumber(n: number): string {
  return String(Math.round(n * 1000) / 1000);
}
