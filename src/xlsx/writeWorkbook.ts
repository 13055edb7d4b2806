// Writes the annotated copy of a checked workbook and the summary workbook, never over an input.

import { realpath, rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import ExcelJS from "exceljs";
import type { WorkbookReport } from "../core/check";
import { isSummarySheet } from "../core/summary/labels";
import type { SummaryTable } from "../core/summary/tables";
import { loadWorkbook } from "./read";
import { markFindings } from "./writeHighlights";
import { addLegendSheet } from "./writeLegend";
import { guardCopy, type GuardResult } from "./writeInputRules";
import { addSummarySheet, type RenderOptions } from "./writeSummary";

export class OutputError extends Error {}

/** The real path of a file, or of its folder joined with its name when it does not exist yet. */
async function realTarget(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    try {
      return join(await realpath(dirname(resolve(path))), basename(path));
    } catch {
      return resolve(path);
    }
  }
}

/** Refuses an output path that is one of the inputs (also through a link or another spelling). */
export async function assertNotInput(out: string, inputs: string[]): Promise<void> {
  const target = await realTarget(out);
  for (const input of inputs) {
    if ((await realTarget(input)) === target) {
      throw new OutputError(
        `${out}: この出力先は入力ファイルそのものです。別の出力先を指定してください / this is an input file; choose another output`,
      );
    }
  }
}

/** Writes next to the target first, then renames: a failed write leaves no half-written file. */
async function writeAtomically(wb: ExcelJS.Workbook | Uint8Array, out: string): Promise<void> {
  const tmp = join(dirname(resolve(out)), `.${basename(out)}.${process.pid}.tmp`);
  try {
    if (wb instanceof Uint8Array) await writeFile(tmp, wb);
    else await wb.xlsx.writeFile(tmp);
    await rename(tmp, out);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}

/**
 * The annotated copy: the input's sheets with the findings marked, the legend and finding list,
 * then the summary sheets; with `guard`, the input rules (drop-down lists) on the checked sheets. `verify` sees the copy's bytes before they are written, and throws to
 * have it not written.
 */
export async function writeAnnotatedCopy(
  input: Buffer,
  report: WorkbookReport,
  tables: SummaryTable[],
  out: string,
  inputs: string[],
  opts: RenderOptions & { guard?: boolean },
  verify?: (copy: Uint8Array) => void,
): Promise<{ marked: number; guard?: GuardResult }> {
  await assertNotInput(out, inputs);
  const wb = await loadWorkbook(input);
  const marked = markFindings(wb, report, opts.lang);
  const guard = opts.guard ? guardCopy(wb, report, opts.lang) : undefined;
  addLegendSheet(wb, report, opts.lang);
  for (const t of tables) addSummarySheet(wb, t, opts);
  if (!verify) await writeAtomically(wb, out);
  else {
    const copy = new Uint8Array(await wb.xlsx.writeBuffer());
    verify(copy);
    await writeAtomically(copy, out);
  }
  return { marked, ...(guard ? { guard } : {}) };
}

/** A new workbook holding only the summary sheets. */
export async function writeSummaryWorkbook(
  tables: SummaryTable[],
  out: string,
  inputs: string[],
  opts: RenderOptions,
): Promise<void> {
  await assertNotInput(out, inputs);
  const existing = await stat(out).catch(() => null);
  if (existing?.isDirectory())
    throw new OutputError(
      `${out}: フォルダです。ファイル名（summary.xlsx など）を指定してください / is a folder; name a file such as summary.xlsx`,
    );
  const wb = new ExcelJS.Workbook();
  wb.creator = "plan-review";
  for (const t of tables) addSummarySheet(wb, t, opts);
  await writeAtomically(wb, out);
}

/**
 * The comparison's copy: this year's workbook with the 前年度比較 sheet added. An earlier 前年度比較
 * sheet the add-in or the command wrote (its name and title) is replaced; no other sheet is touched.
 * `verify` sees the copy's bytes before they are written, and throws to have it not written.
 */
export async function writeDiffCopy(
  input: Buffer,
  table: SummaryTable,
  out: string,
  inputs: string[],
  opts: RenderOptions,
  verify?: (copy: Uint8Array) => void,
): Promise<void> {
  await assertNotInput(out, inputs);
  const wb = await loadWorkbook(input);
  for (const ws of [...wb.worksheets]) {
    const first = ws.getCell(1, 1).text;
    if (isSummarySheet(ws.name, first) && ws.name.replace(/\s*\(\d+\)$/, "") === table.sheetName)
      wb.removeWorksheet(ws.id);
  }
  addSummarySheet(wb, table, opts);
  const copy = new Uint8Array(await wb.xlsx.writeBuffer());
  verify?.(copy);
  await writeAtomically(copy, out);
}
