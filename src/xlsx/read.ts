// Reads .xlsx files with ExcelJS into the engine's snapshots.

import ExcelJS from "exceljs";
import { parseAddress } from "../core/address";
import type { CellRange, CellValue, SheetSnapshot } from "../core/types";

export interface WorkbookSheet {
  snapshot: SheetSnapshot;
  state: "visible" | "hidden" | "veryHidden";
}

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

interface ReadCell {
  col: number;
  value: CellValue;
  cell: ExcelJS.Cell;
}

/** A worksheet's used range as a snapshot (fills when asked); each cell is read once. */
export function worksheetSnapshot(ws: ExcelJS.Worksheet, withFills = false): SheetSnapshot {
  let top = Infinity;
  let left = Infinity;
  let bottom = 0;
  let right = 0;
  const rows: { row: number; cells: ReadCell[] }[] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    const cells: ReadCell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const merged = cell.isMerged;
      // A merged cell other than the master holds nothing of its own, but belongs to the range.
      const value = merged && cell.master.address !== cell.address ? null : toCellValue(cell.value);
      cells.push({ col: c, value, cell });
      if (value === null && !merged) return;
      if (r < top) top = r;
      if (r > bottom) bottom = r;
      if (c < left) left = c;
      if (c > right) right = c;
    });
    if (cells.length > 0) rows.push({ row: r, cells });
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
  const width = right - left + 1;
  let next = 0;
  while (next < rows.length && rows[next].row < top) next++;
  for (let r = top; r <= bottom; r++) {
    const vals: CellValue[] = new Array(width).fill(null);
    const fillRow: (string | null)[] = withFills ? new Array(width).fill(null) : [];
    if (next < rows.length && rows[next].row === r) {
      for (const { col, value, cell } of rows[next].cells) {
        if (col < left || col > right) continue;
        vals[col - left] = value;
        if (withFills && (!cell.isMerged || cell.master.address === cell.address))
          fillRow[col - left] = fillColor(cell);
      }
      next++;
    }
    values.push(vals);
    if (withFills) fills.push(fillRow);
  }
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
