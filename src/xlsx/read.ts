// Reads workbooks ExcelJS holds into the engine's snapshots (sparse, see SheetSnapshot). The
// command reads files with its own reader (readXlsx.ts); this door serves what already has an
// ExcelJS workbook (the tests' fake Excel, which is loaded with ExcelJS).

import ExcelJS from "exceljs";
import { parseAddress } from "../core/address";
import type { CellRange, CellValue, SheetSnapshot } from "../core/types";
import type { WorkbookSheet } from "./reader";

export type { WorkbookSheet } from "./reader";

/** Converts what ExcelJS holds in a cell into a snapshot value. */
export function toCellValue(v: ExcelJS.CellValue | undefined): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "string") return v === "" ? null : v;
  if (typeof v === "number" || typeof v === "boolean") return v;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : { date: v.toISOString().slice(0, 10) };
  if (typeof v === "object") {
    if ("richText" in v && Array.isArray(v.richText)) return v.richText.map((p) => p.text).join("") || null;
    if ("error" in v) return String(v.error);
    if ("formula" in v || "sharedFormula" in v) {
      const result = (v as ExcelJS.CellFormulaValue).result;
      if (result === undefined || result === null) return null;
      if (typeof result === "object" && "error" in result) return String(result.error);
      return toCellValue(result as ExcelJS.CellValue);
    }
    if ("text" in v) return toCellValue((v as ExcelJS.CellHyperlinkValue).text as ExcelJS.CellValue);
  }
  return null;
}

export function parseRange(a1: string): CellRange | null {
  const [a, b] = a1.split(":");
  const p = parseAddress(a);
  const q = parseAddress(b ?? a);
  if (!p || !q) return null;
  return {
    top: Math.min(p.row, q.row),
    left: Math.min(p.col, q.col),
    bottom: Math.max(p.row, q.row),
    right: Math.max(p.col, q.col),
  };
}

/**
 * The worksheet's merged ranges ("A1:B2"), in the order ExcelJS keeps them. Read from the
 * worksheet's merge table: `ws.model` would give the same list but first builds the model of every
 * row and cell of the sheet.
 */
function mergedRanges(ws: ExcelJS.Worksheet): string[] {
  if (!ws.hasMerges) return [];
  // ExcelJS keeps merges by master address; the table is not in its typings.
  const table = (ws as unknown as { _merges?: Record<string, { range: string }> })._merges;
  if (!table) return (ws.model as { merges?: string[] }).merges ?? [];
  return Object.values(table)
    .filter(Boolean)
    .map((m) => m.range);
}

/** A worksheet's used range as a sparse snapshot (fills when asked); each cell is read once. */
export function worksheetSnapshot(ws: ExcelJS.Worksheet, withFills = false): SheetSnapshot {
  let top = Infinity;
  let left = Infinity;
  let bottom = 0;
  let right = 0;
  const cells: { row: number; col: number; value: CellValue; fill: string | null }[] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const merged = cell.isMerged;
      // A merged cell other than the master holds nothing of its own, but belongs to the range.
      const covered = merged && cell.master.address !== cell.address;
      const value = covered ? null : toCellValue(cell.value);
      const fill = withFills && !covered ? fillColor(cell) : null;
      if (value === null && !merged) return;
      if (value !== null || fill !== null) cells.push({ row: r, col: c, value, fill });
      if (r < top) top = r;
      if (r > bottom) bottom = r;
      if (c < left) left = c;
      if (c > right) right = c;
    });
  });
  const merges: CellRange[] = [];
  for (const m of mergedRanges(ws)) {
    const range = parseRange(m);
    if (range) merges.push(range);
  }
  if (bottom === 0) return { name: ws.name, origin: { row: 1, col: 1 }, values: [], merges };
  for (const m of merges) {
    top = Math.min(top, m.top);
    left = Math.min(left, m.left);
    bottom = Math.max(bottom, m.bottom);
    right = Math.max(right, m.right);
  }
  const values: CellValue[][] = [];
  const fills: (string | null)[][] = [];
  for (const { row, col, value, fill } of cells) {
    if (value !== null) (values[row - top] ??= [])[col - left] = value;
    if (fill !== null) (fills[row - top] ??= [])[col - left] = fill;
  }
  values.length = bottom - top + 1;
  if (withFills) fills.length = values.length;
  return { name: ws.name, origin: { row: top, col: left }, values, merges, ...(withFills ? { fills } : {}) };
}

export function fillColor(cell: ExcelJS.Cell): string | null {
  const fill = cell.fill as ExcelJS.FillPattern | undefined;
  if (!fill || fill.type !== "pattern" || fill.pattern !== "solid") return null;
  const argb = fill.fgColor?.argb;
  return argb && argb.length === 8 ? `#${argb.slice(2).toUpperCase()}` : null;
}

export function workbookSheets(wb: ExcelJS.Workbook, withFills = false): WorkbookSheet[] {
  return wb.worksheets.map((ws) => ({
    snapshot: worksheetSnapshot(ws, withFills),
    state: (ws.state ?? "visible") as WorkbookSheet["state"],
  }));
}

export async function loadWorkbook(input: string | Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  if (typeof input === "string") await wb.xlsx.readFile(input);
  else await wb.xlsx.load(input as unknown as ArrayBuffer);
  return wb;
}
