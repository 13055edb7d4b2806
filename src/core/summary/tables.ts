// Summary tables as plain data: both doors (ExcelJS files, Office.js in Excel) render these.

import type { Message } from "../rules/rule";

export type ColumnKind = "text" | "integer" | "percent" | "link" | "severity";

export interface SummaryColumn {
  key: string;
  title: Message;
  kind: ColumnKind;
  /** Width in characters, a hint for printing. */
  width?: number;
  /** Long text: wrap within the column instead of spilling over. */
  wrap?: boolean;
}

/** A link back to the source cell of a row (file set when the summary covers several workbooks). */
export interface SummaryLink {
  sheet: string;
  cell: string;
  file?: string;
}

export interface SummaryRow {
  cells: (string | number | null)[];
  /** Per cell, where a "link" column points. */
  links?: (SummaryLink | null)[];
  style?: "group" | "subtotal" | "total";
}

export interface SummaryTable {
  /** Name of the sheet the table is written to (集計_方針別 …). */
  sheetName: string;
  title: Message;
  /** A line under the title: review year, basis (実績ベース / 計画ベース). */
  subtitle?: Message;
  /** Lines under the subtitle that say how to read the figures (counted per department …). */
  notes?: Message[];
  columns: SummaryColumn[];
  rows: SummaryRow[];
  /** A list people filter (one row per item): the header row gets filter buttons. */
  filter?: boolean;
  /**
   * The key of a column that draws each row's bar in its cells (■□): the table shows its own bars,
   * so no data bar is laid over its percent column.
   */
  bar?: string;
  /** A stacked bar chart of the state columns per row (per policy). */
  chart?: { categoryColumn: string; seriesColumns: string[] };
}
