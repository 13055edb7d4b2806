// Reads the indicators of an indicator table: which column is the baseline, a target, a mid-term
// target or an actual (and of which year), and each indicator's cells (docs/indicators.md).

import { yearOfTitles } from "../fiscal";
import type { Grid } from "../grid";
import type { ResolvedColumn } from "../layout/table";
import { readNumber } from "../text/number";
import { headerKey, squash } from "../text/normalize";
import type { PlanItem } from "../types";
import type {
  Direction,
  Indicator,
  IndicatorColumn,
  IndicatorColumnKind,
  IndicatorTarget,
  IndicatorValue,
} from "./model";

// Header words of each kind, tried in this order (中間目標 before 目標; 目標値 before 基準).
const KIND_WORDS: [IndicatorColumnKind, RegExp][] = [
  ["unit", /単位/u],
  ["direction", /方向|増減/u],
  ["midTarget", /中間目標|中間値/u],
  ["target", /目標|検証値|目指す値/u],
  ["actual", /実績|結果|達成値|測定値/u],
  ["baseline", /基準|現状|策定時|当初/u],
];

const UP_WORDS = new Set(["増加", "増", "上昇", "向上", "拡大", "増やす", "↑", "⇧", "↗", "UP"]);
const DOWN_WORDS = new Set(["減少", "減", "低下", "削減", "縮小", "減らす", "↓", "⇩", "↘", "DOWN"]);

/** The direction a cell's whole text names (減少, ↑, （増加）), or null. */
export function directionWord(text: string): Direction | null {
  const s = squash(text)
    .toUpperCase()
    .replace(/^[(（]|[)）]$/gu, "");
  if (UP_WORDS.has(s)) return "up";
  if (DOWN_WORDS.has(s)) return "down";
  return null;
}

/** The direction a header names with an arrow or a bracketed word (目標値（↑）, 目標値(減少)). */
function headerDirection(header: string): Direction | null {
  const s = squash(header);
  const up = /[↑⇧↗]|[(（](?:増加|上昇|向上)[)）]/u.test(s);
  const down = /[↓⇩↘]|[(（](?:減少|低下|削減)[)）]/u.test(s);
  return up === down ? null : up ? "up" : "down";
}

/** The kind of a column from its header, or null for the indicator, policy and other columns. */
export function indicatorColumnKind(header: string): IndicatorColumnKind | null {
  const k = headerKey(header);
  for (const [kind, words] of KIND_WORDS) if (words.test(k)) return kind;
  return null;
}

/** The value columns of an indicator table, from their headers. */
export function indicatorColumns(columns: ResolvedColumn[]): IndicatorColumn[] {
  const out: IndicatorColumn[] = [];
  for (const c of columns) {
    // A number column titled 目標 reads as an id, not a policy (table.ts contentRole): its header decides.
    if (c.role === "indicator" || c.role === "policy" || c.header === "") continue;
    const kind = indicatorColumnKind(c.header);
    if (!kind) continue;
    const year = c.year ?? yearOfTitles([c.header]);
    out.push({ col: c.col, kind, year, direction: headerDirection(c.header) });
  }
  return out;
}

/** True when the columns make an indicator table that can be graded: a baseline or a target. */
export function gradable(columns: IndicatorColumn[]): boolean {
  return columns.some((c) => c.kind === "target" || c.kind === "midTarget");
}

const byYear = (a: { year: number | null }, b: { year: number | null }) =>
  (a.year ?? Infinity) - (b.year ?? Infinity);

/**
 * Each item of an indicator table as an indicator. An actual column naming no year holds the actual
 * of the latest year column at or before the review year (plan-sheets.md, result columns), else of
 * the review year.
 */
export function readIndicators(
  grid: Grid,
  columns: IndicatorColumn[],
  items: PlanItem[],
  reviewYear: number,
): Indicator[] {
  const years = columns.map((c) => c.year).filter((y): y is number => y !== null && y <= reviewYear);
  const undatedActual = years.length ? Math.max(...years) : reviewYear;
  const tableDirection = columns.map((c) => c.direction).find((d) => d !== null) ?? null;
  return items.map((item) => {
    const r = item.row;
    const value = (c: IndicatorColumn, fallbackYear: number | null): IndicatorValue => {
      const m = grid.master(r, c.col);
      const cell = grid.ref(m.row, m.col);
      const number = readNumber(cell.value);
      return { year: number?.year ?? c.year ?? fallbackYear, cell, number };
    };
    let unit = "";
    let direction: Direction | null = null;
    let baseline: IndicatorValue | null = null;
    const targets: IndicatorTarget[] = [];
    const actuals: IndicatorValue[] = [];
    for (const c of columns) {
      switch (c.kind) {
        case "unit":
          unit ||= grid.shown(r, c.col);
          break;
        case "direction":
          direction ??= directionWord(grid.shown(r, c.col));
          break;
        case "baseline":
          // The first baseline that says a number (a table may give 基準値 and 現状値).
          if (!baseline?.number) baseline = value(c, null);
          break;
        case "target":
        case "midTarget": {
          const t = value(c, null);
          // A target written as a direction (減少) says which way, and no number.
          if (!t.number) direction ??= directionWord(grid.shown(r, c.col));
          targets.push({ ...t, mid: c.kind === "midTarget" });
          break;
        }
        case "actual":
          actuals.push(value(c, c.year === null ? undatedActual : null));
          break;
      }
    }
    targets.sort(byYear);
    actuals.sort(byYear);
    return {
      item: item.index,
      name: item.title,
      path: item.path,
      row: r,
      range: item.range,
      unit,
      direction: direction ?? tableDirection,
      baseline,
      targets,
      actuals,
    };
  });
}
