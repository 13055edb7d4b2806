// What an indicator table (検証指標 | 単位 | 基準値 | 目標値 | 実績値) says about each indicator.

import type { CellRef } from "../types";
import type { NumberReading } from "../text/number";

/** Which way an indicator should move: up (higher is better) or down (lower is better). */
export type Direction = "up" | "down";

/** What a value column of an indicator table holds, told by its header. */
export type IndicatorColumnKind = "baseline" | "target" | "midTarget" | "actual" | "unit" | "direction";

export interface IndicatorColumn {
  col: number;
  kind: IndicatorColumnKind;
  /** The fiscal year its header names (H30, R5, 令和5年度), when it names one. */
  year: number | null;
  /** The direction a header word or arrow gives (目標値（↑）), for every indicator of the table. */
  direction: Direction | null;
}

export interface IndicatorValue {
  /** The year of the value: the year written beside it (47.1 (R1)), else its column's. */
  year: number | null;
  cell: CellRef;
  /** The number the cell says, or null (empty, a direction word, text with no number). */
  number: NumberReading | null;
}

export interface IndicatorTarget extends IndicatorValue {
  /** A mid-term target (中間目標): graded against the year it names. */
  mid: boolean;
}

export interface Indicator {
  /** Index of the indicator's item in the sheet report. */
  item: number;
  name: string;
  /** The item's policy path (policy first). */
  path: string[];
  row: number;
  /** The cells the indicator was read from (its item's range). */
  range: string;
  unit: string;
  /** Direction written for this indicator (a direction column, a word in a target cell or header). */
  direction: Direction | null;
  baseline: IndicatorValue | null;
  /** Targets in year order (a target with no year last). */
  targets: IndicatorTarget[];
  /** Actuals in year order, empty cells included (where the table has actual columns). */
  actuals: IndicatorValue[];
}
