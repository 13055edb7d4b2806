// What the engine read from a sheet: its layout, columns and items.

import type { ReviewYear } from "../fiscal";
import type { Indicator } from "../indicators/model";
import type { CellRef, ColumnInfo, ColumnRole, Layout, PlanItem } from "../types";
import type { Vocabulary } from "../vocabulary";
import type { LevelName } from "./levelNames";

export interface SheetModel {
  name: string;
  layout: Layout;
  items: PlanItem[];
  /** Columns of the sheet's tables as understood (first table of each distinct shape). */
  columns: ColumnInfo[];
  /** Fiscal years that have plan cells. */
  planYears: number[];
  /** Fiscal years for which the sheet records actuals (status or text). */
  actualYears: number[];
  /** Years whose actual cells hold statuses or marks (not only free text). */
  actualStatusYears: number[];
  /** The sheet has a department column (or department label on its cards). */
  hasDepartments: boolean;
  /** Status and schedule rules apply (plan tables and cards; not matrices or indicator tables). */
  statusRules: boolean;
  /**
   * A list of items (取組一覧): a table with items but no year, plan, actual or result column. Its
   * items are read and checked but left out of the summaries, so that a workbook that lists its
   * items again does not count them twice (plan-sheets.md, lists).
   */
  list: boolean;
  /** Bare two-digit year headers whose era the sheet does not settle. */
  ambiguousYears: { cell: CellRef; year: number }[];
  /** The sheet's vocabulary: the workbook's, plus the legend's marks. */
  vocabulary: Vocabulary;
  /** The legend lines the sheet's marks were read from, as written. */
  legends: string[];
  /** Each cell writing a name of the policy level or the second level (for policy-variant). */
  levelNames: LevelName[];
  /** The indicators of an indicator sheet that has a target column (docs/indicators.md); else empty. */
  indicators: Indicator[];
}

export interface AnalyzeOptions {
  review: ReviewYear;
  vocabulary: Vocabulary;
  /** Column role overrides by column letter (saved in the workbook by the add-in). */
  roleOverrides?: Record<string, ColumnRole>;
}

/** Sheet names that hold the department master, never a plan. */
export const MASTER_SHEET_NAMES = ["課一覧", "部署一覧", "担当課一覧", "所属一覧", "departments"];
/** Sheet names that hold a legend of marks for the whole workbook. */
export const LEGEND_SHEET_NAMES = ["凡例", "凡例一覧", "記号の説明", "legend"];
/** Sheet names that hold the add-in's vocabulary additions. */
export const VOCABULARY_SHEET_NAMES = ["語彙", "状況語一覧", "vocabulary"];
