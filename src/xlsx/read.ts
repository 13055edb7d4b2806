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

/** A worksheet's used range as a snapshot (fills when asked). */
export function worksheetSnapshot(ws: ExcelJS.Worksheet, withFills = false): SheetSnapshot {
  let top = Infinity;
  let left = Infinity;
  let bottom = 0;
  let right = 0;
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (toCellValue(cell.value) === null && !cell.isMerged) return;
      top = Math.min(top, r);
      bottom = Math.max(bottom, r);
      left = Math.min(left, c);
      right = Math.max(right, c);
    });
  });
  const merges: CellRange[] = [];
  for (const m of (ws.model as { merges?: string[] }).merges ?? []) {
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
  for (let r = top; r <= bottom; r++) {
    const row = ws.getRow(r);
    const vals: CellValue[] = new Array(right - left + 1).fill(null);
    const fillRow: (string | null)[] = withFills ? new Array(right - left + 1).fill(null) : [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (c < left || c > right) return;
      // A merged cell other than the master holds nothing of its own.
      if (cell.isMerged && cell.master.address !== cell.address) return;
      vals[c - left] = toCellValue(cell.value);
      if (withFills) fillRow[c - left] = fillColor(cell);
    });
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
