// Header rows: where a table starts, and what each of its columns holds.

import { columnLetter } from "../address";
import { parseYearHeader, type YearHeader } from "../fiscal";
import type { Grid } from "../grid";
import { squash } from "../text/normalize";
import { headerRole, type HeaderRole } from "./headerWords";

const CORE_ROLES: HeaderRole[] = ["item", "detail", "policy", "indicator"];

/** One header cell's reading: a year, or a role word. */
function readHeaderCell(text: string): { year?: YearHeader; role: HeaderRole | null } {
  if (squash(text).length > 24) return { role: null };
  const year = parseYearHeader(text);
  if (year) return { year, role: null };
  return { role: headerRole(text) };
}

/** True when the row reads as a table header: two or more roles, one of them an item, detail, policy or indicator. */
export function isHeaderRow(grid: Grid, row: number): boolean {
  const cells = grid.rowCells(row);
  if (cells.length < 2) return false;
  const roles = new Set<string>();
  let known = 0;
  for (const c of cells) {
    const r = readHeaderCell(grid.text(row, c));
    if (r.year) {
      roles.add("year");
      known++;
    } else if (r.role) {
      roles.add(r.role);
      known++;
    }
  }
  if (roles.size < 2 || known * 2 < cells.length) return false;
  return CORE_ROLES.some((r) => roles.has(r));
}

export interface HeaderColumn {
  col: number;
  letter: string;
  /** Header text as written (group and sub-header joined). */
  header: string;
  role: HeaderRole | null;
  year?: YearHeader;
  /** The year header's cell (for year-ambiguous findings). */
  yearCell?: { row: number; col: number };
  /** A result word written with the year or below it (実績 under H25, H25実績). */
  actual: boolean;
  /** The column sits under a group title merged across several columns. */
  grouped: boolean;
}

export interface Header {
  top: number;
  bottom: number;
  left: number;
  right: number;
  columns: HeaderColumn[];
}

const RESULT_WORD = /^(?:実績|結果|実施結果|進捗|進捗状況|実施状況|取組状況|評価|取組結果)$/;

function isSubHeaderRow(grid: Grid, row: number, top: number, left: number, right: number): boolean {
  const cells = grid.rowCells(row, left, right);
  if (cells.length === 0) return false;
  if (grid.rowCells(row).length !== cells.length) return false;
  return cells.every((c) => {
    const t = grid.text(row, c);
    if (parseYearHeader(t)) return true;
    const role = headerRole(t);
    if (role === "plan" || role === "result") return true;
    const above = grid.mergeAt(top, c);
    return above !== null && above.right > above.left && squash(t).length <= 24;
  });
}

/** Reads the header starting at `row`: one row, or two when a group title stands over sub-headers. */
export function readHeader(grid: Grid, row: number): Header {
  const cells = grid.rowCells(row);
  const left = cells[0];
  let right = cells[cells.length - 1];
  const lastMerge = grid.mergeAt(row, right);
  if (lastMerge) right = Math.max(right, lastMerge.right);
  const two = row + 1 <= grid.bottom && isSubHeaderRow(grid, row + 1, row, left, right);
  const columns: HeaderColumn[] = [];
  for (let c = left; c <= right; c++) {
    const topText = grid.shown(row, c);
    const merge = grid.mergeAt(row, c);
    const grouped = merge !== null && merge.right > merge.left;
    const sub = two && !grid.isCovered(row + 1, c) ? grid.text(row + 1, c) : "";
    const texts = [topText, sub].filter((t) => t !== "");
    let year: YearHeader | undefined;
    let yearCell: { row: number; col: number } | undefined;
    let role: HeaderRole | null = null;
    let actual = false;
    for (const [i, t] of texts.entries()) {
      const y = parseYearHeader(t);
      if (y && !year) {
        year = y;
        yearCell = i === 0 && topText === t ? grid.master(row, c) : { row: row + 1, col: c };
        if (RESULT_WORD.test(y.rest)) actual = true;
      }
    }
    for (const t of texts) {
      if (year && parseYearHeader(t)) continue;
      const r = headerRole(t);
      if (r === "result" && year) actual = true;
      if (r && (role === null || (sub !== "" && t === sub))) role = r;
    }
    // A group title over sub-headers that name no role says nothing about each column (推進項目の対象 › 市民).
    if (grouped && sub !== "" && !year && headerRole(sub) === null) role = null;
    columns.push({
      col: c,
      letter: columnLetter(c),
      header: texts.join(" "),
      role,
      year,
      yearCell,
      actual,
      grouped,
    });
  }
  return { top: row, bottom: two ? row + 1 : row, left, right, columns };
}
