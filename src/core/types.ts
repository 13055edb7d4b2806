// Plain data shared by the engine and both doors (Office.js and ExcelJS).

/** A date cell, kept as an ISO day so snapshots compare equal across the two doors. */
export interface DateCell {
  date: string; // YYYY-MM-DD
}

/** What a cell holds: text, a number, a boolean, a date, or null when empty. Errors are their text (#REF!). */
export type CellValue = string | number | boolean | DateCell | null;

/** A rectangle of cells, 1-based and inclusive, in sheet coordinates. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * A worksheet as the engine sees it: the used range's values and merged areas.
 *
 * Sparse. `values` is indexed [row - origin.row][col - origin.col] but holds entries only for
 * what holds something: a row without a value is a hole (`values[r] === undefined`), and so is a
 * cell without one (`values[r][c] === undefined`). A reader must not fill the rectangle between
 * the farthest two cells — a value in A1 and a stray one in XFD1048576 make two entries, not
 * 17 billion — so it writes rows and cells as it meets them and sets `values.length` to the used
 * range's height (its last row may be a merge's). A row's length ends at its last value. Readers
 * leave out empty cells (null, "") rather than write them; consumers read a hole, undefined, null
 * and "" alike as nothing, and walk a snapshot with forEach (which passes over holes) or through
 * core/grid.ts (nextRow, rowCells), never cell by cell across the rectangle. A dense snapshot
 * (nulls everywhere) still reads the same, only at the rectangle's cost.
 *
 * The used range spans the values and the merges (a merge reaching past the last value counts).
 */
export interface SheetSnapshot {
  name: string;
  /** Sheet row and column (1-based) of values[0][0]: the used range's top-left cell. */
  origin: { row: number; col: number };
  /** The cells' values, sparse (see above). */
  values: CellValue[][];
  merges: CellRange[];
  /** Optional fill colours ("#RRGGBB") in the same shape as values, sparse too; absent when not read. */
  fills?: (string | null)[][];
}

export type Severity = "error" | "warning" | "info";

export type RuleId =
  | "status-unknown"
  | "status-orphan-arrow"
  | "status-after-done"
  | "status-notation"
  | "department-missing"
  | "department-unknown"
  | "department-renamed"
  | "department-generic"
  | "policy-variant"
  | "item-unimplemented"
  | "item-partly-unimplemented"
  | "item-overdue"
  | "item-due"
  | "schedule-empty"
  | "year-ambiguous"
  | "indicator-actual-missing"
  | "indicator-unit"
  | "indicator-worse";

export interface Finding {
  sheet: string;
  /** A1 address of the cell to highlight. */
  cell: string;
  row: number;
  col: number;
  rule: RuleId;
  severity: Severity;
  messageId: string;
  data: Record<string, string | number>;
  /** Japanese message (and English) rendered from the catalogue. */
  message: string;
  messageEn: string;
  /** The cell's value as the spec defines it (text, number, null, ISO date). */
  value: string | number | boolean | null;
  /** The whole corrected cell value, only where the fix is certain. */
  fix?: string;
  suggestions?: string[];
  /** Index of the item in the sheet report (absent for sheet-level findings). */
  item?: number;
}

export type Layout = "table" | "results" | "cards" | "matrix" | "indicators" | "none";

export type ColumnRole =
  | "policy"
  | "item"
  | "detail"
  | "department"
  | "actor"
  | "plan"
  | "actual"
  | "result"
  | "id"
  | "indicator"
  | "target"
  | "other";

/** Every column role, in the order people are offered them. */
export const COLUMN_ROLES: readonly ColumnRole[] = [
  "policy",
  "item",
  "detail",
  "department",
  "actor",
  "plan",
  "actual",
  "result",
  "id",
  "indicator",
  "target",
  "other",
];

/** One column as the engine understood it, shown to people so they can see why. */
export interface ColumnInfo {
  col: number;
  letter: string;
  header: string;
  role: ColumnRole;
  year?: number;
  /** For actual/result columns: "status" when cells hold words or marks, "text" for free text. */
  kind?: "status" | "text";
}

/** A cell the engine read, with its address. */
export interface CellRef {
  row: number;
  col: number;
  address: string;
  value: CellValue;
}

export type StatusCategory = "plan" | "doing" | "done" | "notDone" | "late" | "asPlanned";

/** A status cell read through the vocabulary. */
export interface StatusCell extends CellRef {
  /** Normalised text (NFKC, no spaces or line breaks). */
  normalized: string;
  kind: "empty" | "status" | "continue" | "unknown";
  /** Categories of the words in the cell, in order (for kind "status"). */
  categories: StatusCategory[];
  /** The vocabulary words the cell was read as. */
  tokens: string[];
  /** Written in a form only valid after normalisation (spaces inside, half-width kana…). */
  notation?: string;
  /** Covered by a status merged across years: continues the merge's master. */
  merged?: boolean;
}

export interface PlanItem {
  index: number;
  /** Policy path, outermost level first: policies[0] is the item's policy. */
  path: string[];
  title: string;
  detail: string;
  /** Row of the item (first row for cards). */
  row: number;
  /** Department cell (the merged master where the cell is merged); null when the sheet has none. */
  department: CellRef | null;
  /** Plan status per fiscal year, in year order. */
  schedule: { year: number; cell: StatusCell }[];
  /** Actual status cells (words or marks) per fiscal year. */
  actuals: { year: number; cell: StatusCell }[];
  /** Free-text results per fiscal year. */
  results: { year: number; cell: CellRef }[];
  /** Free-text plans per fiscal year (an evaluation export's 今年度計画), where the sheet has them. */
  planTexts?: { year: number; cell: CellRef }[];
  /** The cells the item was read from: its row span across the table, or the card's block. */
  range: string;
}

export interface PolicyFigures {
  items: number;
  notDone: number;
  overdue: number;
  partly: number;
  unclear: number;
  done: number;
  doing: number;
  planning: number;
  noPlan: number;
  rate: number | null;
  basis: "actual" | "plan";
}
