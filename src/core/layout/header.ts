// Header rows: where a table starts, and what each of its columns holds.

import { columnLetter } from "../address";
import { parseYearHeader, type YearHeader } from "../fiscal";
import type { Grid } from "../grid";
import { squash } from "../text/normalize";
import { defaultVocabulary, readStatus } from "../vocabulary";
import { endsWithRoleWord, exactHeaderRole, headerRole, type HeaderRole } from "./headerWords";
import { sheetCache } from "../text/sheetCache";

const CORE_ROLES: HeaderRole[] = ["item", "detail", "policy", "indicator"];

type HeaderReading = { year?: YearHeader; role: HeaderRole | null };
// Data rows repeat the same short texts (statuses, departments): read each once.
const headerReadings = sheetCache<string, HeaderReading>();

/** One header cell's reading: a year, or a role word. */
function readHeaderCell(text: string): HeaderReading {
  if (text.length > 48) return { role: null };
  const hit = headerReadings.get(text);
  if (hit) return hit;
  let reading: HeaderReading;
  if (squash(text).length > 24) reading = { role: null };
  else {
    const year = parseYearHeader(text);
    reading = year ? { year, role: null } : { role: headerRole(text) };
  }
  if (headerReadings.size < 20000) headerReadings.set(text, reading);
  return reading;
}

// Every row of a sheet is asked whether it is a header: read each distinct text once.
const statusTexts = sheetCache<string, boolean>();

/**
 * True when the row reads as a table header: two or more roles, one of them an item, detail, policy
 * or indicator that the header ends with, and most of its cells naming a role with one named
 * exactly. A wide header (an evaluation export of 200 columns) names many things no role covers:
 * it is a header when three or more of its cells name roles and every cell is a label — short
 * text, no sentence, no number that is not a year.
 */
export function isHeaderRow(grid: Grid, row: number): boolean {
  const cells = grid.rowCells(row);
  if (cells.length < 2) return false;
  const roles = new Set<string>();
  let known = 0;
  let exact = false;
  let core = false;
  // Data rows hold statuses read before: settle those rows without reading their other texts.
  for (const c of cells) if (statusTexts.get(grid.text(row, c)) === true) return false;
  let unknown = 0;
  const wide = cells.length >= WIDE;
  for (const c of cells) {
    // Over half the cells name no role: no narrow header, whatever the rest say.
    if (!wide && unknown * 2 > cells.length) return false;
    const text = grid.text(row, c);
    // A status (実施・完了予定, ⇒) is data even when it contains a header word (予定): no header holds one.
    if (isStatusText(text)) return false;
    const r = readHeaderCell(text);
    if (r.year) {
      roles.add("year");
      known++;
      exact = true;
    } else if (r.role) {
      roles.add(r.role);
      known++;
      exact ||= exactHeaderRole(text) !== null;
      // A header's noun comes last (熊本市への答申); a data text merely contains one (取組1).
      core ||= CORE_ROLES.includes(r.role) && endsWithRoleWord(text, r.role);
    } else {
      if (wide && !isLabel(grid, row, c, text)) return false;
      unknown++;
    }
  }
  if (!core || roles.size < 2) return false;
  if (known * 2 >= cells.length && exact) return true;
  return wide && known >= 3 && roles.size >= 3;
}

/** Tables this wide are exports of a system: most of their headers name nothing the plan rules need. */
const WIDE = 12;

/** A header cell: text, short, no sentence — not a number, a date or a paragraph. */
function isLabel(grid: Grid, row: number, col: number, text: string): boolean {
  return typeof grid.raw(row, col) === "string" && squash(text).length <= 40 && !/[。．]/.test(text);
}

const DATA_VOCABULARY = defaultVocabulary();

function isStatusText(text: string): boolean {
  const hit = statusTexts.get(text);
  if (hit !== undefined) return hit;
  const kind = readStatus(squash(text), DATA_VOCABULARY).kind;
  const status = kind === "status" || kind === "continue";
  if (statusTexts.size < 20000) statusTexts.set(text, status);
  return status;
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
        if (exactHeaderRole(y.rest) === "result") actual = true;
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
