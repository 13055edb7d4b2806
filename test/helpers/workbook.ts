// Builds real .xlsx workbooks inside tests (ExcelJS), then reads them back the way the CLI does.

import ExcelJS from "exceljs";
import {
  checkWorkbook,
  type CheckOptions,
  type SheetReport,
  type WorkbookReport,
} from "../../src/core/check";
import { reviewYear } from "../../src/core/fiscal";
import { analyzeSheet } from "../../src/core/layout/analyze";
import type { SheetModel } from "../../src/core/layout/model";
import type { SheetSnapshot } from "../../src/core/types";
import { defaultVocabulary } from "../../src/core/vocabulary";
import { readXlsx } from "../../src/xlsx/readXlsx";

/** A cell as a test writes it: text, a number, a date, or nothing. */
export type CellInput = string | number | boolean | Date | null | undefined;

export interface SheetSpec {
  name: string;
  /** Rows from A1 down; each row from column A rightwards. */
  rows: CellInput[][];
  /** Merged areas in A1 notation ("A3:A5"); the value is the one written in the top-left cell. */
  merges?: string[];
}

/** Writes the sheets into a real .xlsx file held in memory. */
export async function buildWorkbook(sheets: SheetSpec[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const spec of sheets) {
    const ws = wb.addWorksheet(spec.name);
    spec.rows.forEach((row, r) => {
      row.forEach((value, c) => {
        if (value === null || value === undefined || value === "") return;
        ws.getCell(r + 1, c + 1).value = value;
      });
    });
    for (const m of spec.merges ?? []) ws.mergeCells(m);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The snapshots of a workbook built from the specs, read back as the command reads files. */
export async function snapshotsFrom(sheets: SheetSpec[]): Promise<SheetSnapshot[]> {
  return readXlsx(await buildWorkbook(sheets)).map((s) => s.snapshot);
}

/** Checks a workbook built from the specs. */
export async function checkBuilt(
  sheets: SheetSpec[],
  opts: Partial<CheckOptions> & { asOf: string },
): Promise<WorkbookReport> {
  return checkWorkbook(await snapshotsFrom(sheets), opts);
}

/** Checks a one-sheet workbook and returns that sheet's report. */
export async function checkOne(
  sheet: SheetSpec,
  opts: Partial<CheckOptions> & { asOf: string },
): Promise<SheetReport> {
  const report = await checkBuilt([sheet], opts);
  return report.sheets[0];
}

/** The engine's reading of one sheet (layout, columns, items) as of a day. */
export async function analyzeBuilt(sheet: SheetSpec, asOf = "2014-03-31"): Promise<SheetModel> {
  const [snapshot] = await snapshotsFrom([sheet]);
  return analyzeSheet(snapshot, { review: reviewYear(asOf), vocabulary: defaultVocabulary() });
}
