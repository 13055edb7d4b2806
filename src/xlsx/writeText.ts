// Writing values into cells so that text stays text: nothing written by us becomes a formula.

import type ExcelJS from "exceljs";

/** Text that Excel would take for a formula when typed or re-entered (= + - @). */
export function looksLikeFormula(text: string): boolean {
  return /^[=+\-@]/.test(text);
}

/**
 * Writes a plain value. Strings are stored as string cells (never `{ formula }`); those that start
 * with = + - @ also get the text number format, so editing the cell in Excel keeps them text.
 */
export function writeValue(cell: ExcelJS.Cell, value: string | number | null): void {
  cell.value = value;
  if (typeof value === "string" && looksLikeFormula(value)) cell.numFmt = "@";
}

/** Writes a hyperlink cell whose shown text is plain text (same rule as writeValue). */
export function writeLink(cell: ExcelJS.Cell, text: string, target: string, tooltip?: string): void {
  cell.value = { text, hyperlink: target, ...(tooltip ? { tooltip } : {}) };
  if (looksLikeFormula(text)) cell.numFmt = "@";
}

/**
 * A hyperlink target to a cell of a sheet: `#'Sheet'!$B$12`, after `file` when the cell is in
 * another workbook. The absolute address keeps ExcelJS from writing it as a `location` next to an
 * external relationship (Excel then joins the two into a broken link); Excel and LibreOffice
 * follow a relationship target that starts with `#` as a jump inside the document.
 */
export function cellLinkTarget(sheet: string, cell: string, file?: string): string {
  const m = /^([A-Z]+)(\d+)$/.exec(cell);
  const abs = m ? `$${m[1]}$${m[2]}` : cell;
  return `${file ?? ""}#'${sheet.replace(/'/g, "''")}'!${abs}`;
}
