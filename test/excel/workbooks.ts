// Helpers for Excel-layer tests: fixture workbooks in the fake, and cell-by-cell comparison via ExcelJS.

import ExcelJS from "exceljs";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { STATE_SHEET_NAME } from "../../src/core/state";
import type { CellValue, SheetSnapshot } from "../../src/core/types";
import { toCellValue } from "../../src/xlsx/read";
import { FakeExcel } from "../fake-excel";
import { FIXTURES } from "../helpers/fixtures";

/**
 * A snapshot with its holes filled: rows and cells that hold nothing become null, every row as wide as the
 * snapshot's used range (values and merges). Snapshots may be sparse (an empty row or cell a hole); tests compare what they hold.
 */
export function dense(s: SheetSnapshot): SheetSnapshot {
  // The used range spans the merges too: a sparse row stops at its last value, a merge may reach further.
  const mergeWidth = s.merges.reduce((w, m) => Math.max(w, m.right - s.origin.col + 1), 0);
  const width = s.values.reduce((w, r) => Math.max(w, r ? r.length : 0), mergeWidth);
  const values: CellValue[][] = [];
  for (let i = 0; i < s.values.length; i++) {
    const row = s.values[i];
    const out: CellValue[] = new Array<CellValue>(width).fill(null);
    row?.forEach((v, j) => (out[j] = v ?? null));
    values.push(out);
  }
  return { ...s, values };
}

export const FIXTURE_FILES = readdirSync(FIXTURES).filter((n) => n.endsWith(".xlsx"));

export const ctxOf = (f: FakeExcel): Excel.RequestContext => f.context as unknown as Excel.RequestContext;

/** A fixture opened in the fake with the given sheet active, as a reviewer has it before a check. */
export async function openWithActive(file: string, sheet: string): Promise<FakeExcel> {
  const fake = await openFixture(file);
  fake.data.activeSheetId = fake.sheet(sheet).id;
  return fake;
}

export function openFixture(file: string): Promise<FakeExcel> {
  return FakeExcel.fromFile(join(FIXTURES, file));
}

export async function excelJSOf(input: string | Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  if (typeof input === "string") await wb.xlsx.readFile(input);
  else await wb.xlsx.load(input as unknown as ArrayBuffer);
  return wb;
}

function fillOf(cell: ExcelJS.Cell): string {
  const f = cell.fill as ExcelJS.FillPattern | undefined;
  if (!f || f.type !== "pattern" || f.pattern === "none") return "none";
  return `${f.pattern} ${f.fgColor?.argb ?? ""} ${f.pattern === "solid" ? "" : (f.bgColor?.argb ?? "")}`;
}

/** Every cell's value and fill, by sheet and address (merged cells other than the master: fill only). */
export function cellsOf(wb: ExcelJS.Workbook): Map<string, string> {
  const out = new Map<string, string>();
  for (const ws of wb.worksheets) {
    if (ws.name === STATE_SHEET_NAME) continue;
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        const slave = cell.isMerged && cell.master.address !== cell.address;
        const value = slave ? null : toCellValue(cell.value);
        const fill = fillOf(cell);
        if (value === null && fill === "none") return;
        out.set(`${ws.name}!${cell.address}`, `${JSON.stringify(value)} | ${fill}`);
      }),
    );
  }
  return out;
}
