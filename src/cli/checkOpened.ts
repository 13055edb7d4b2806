// The second half of checking a workbook: check its sheets' snapshots and write the annotated copy
// when asked. Runs in the command's thread or in a check worker (pool.ts); it loads ExcelJS only
// to write a copy, and writes it only when the copy, read back, holds the input's sheets as the
// check read them.

import type { CheckOptions, WorkbookReport } from "../core/check";
import type { LeftCell } from "../core/inputRules";
import { STATE_SHEET_NAME } from "../core/state";
import type { DepartmentMaster } from "../core/departments";
import { isoDay } from "../core/fiscal";
import type { Lang } from "../core/messages";
import { summaryTables } from "../core/summary/build";
import type { WordCategory } from "../core/vocabulary";
import { checkSheets } from "../xlsx/checkSheets";
import { readXlsx, XlsxReadError, type WorkbookSheet } from "../xlsx/readXlsx";
import { firstDifference } from "../xlsx/sameSheets";
import { copyDiffers, copyUnwritable } from "./copyRefusal";
import { isCollectedWorkbook, isSummaryWorkbook } from "./ownOutput";
import { writeFailure } from "./writeFailure";

export interface FileResult {
  file: string;
  /** The review day this file was checked as of (the command's, or the workbook's saved one). */
  asOf?: string;
  /** Where that day came from: --as-of, the add-in's settings saved in the workbook, or today. */
  asOfFrom?: "option" | "saved" | "today";
  report?: WorkbookReport;
  error?: string;
  /** The annotated copy written for this file (check --out). */
  written?: string;
  /** check --out --guard: cells given a drop-down list in the copy, and cells left as they are. */
  guard?: { guarded: number; left: LeftCell[] };
  /** A summary workbook this command wrote: not read as an input (ownOutput.ts). */
  ownOutput?: true;
  master?: DepartmentMaster | null;
}

/** What every file of a run is checked with; plain data, so that it can be sent to a worker. */
export interface CheckSettings {
  lang: Lang;
  /** The review day for files with none of their own (no --as-of, no saved setting): today. */
  defaultAsOf?: string;
  rules?: CheckOptions["rules"];
  sheet?: string;
  master?: DepartmentMaster | null;
  /** --vocabulary words. */
  words?: { word: string; category: WordCategory }[];
  /** Every input, so that nothing is written over one. */
  inputs?: string[];
  /** --guard: the copy gets the input rules. */
  guard?: boolean;
  /** summary and collect: a collected workbook among the inputs is left out (never counted twice). */
  skipCollected?: boolean;
}

/** A workbook read: every sheet's snapshot, and the file's bytes when a copy is to be written. */
export interface OpenedFile {
  sheets: WorkbookSheet[];
  buffer?: Uint8Array;
}

/** The file's bytes as a Buffer again: structured clone hands a Buffer over as a plain Uint8Array. */
function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Whether ExcelJS opens the workbook at all (asked once writing the copy has failed). */
async function isLoadable(bytes: Uint8Array): Promise<boolean> {
  const { loadWorkbook } = await import("../xlsx/read");
  return loadWorkbook(asBuffer(bytes)).then(
    () => true,
    () => false,
  );
}

/** Checks an opened file; writes its annotated copy to `out` when given. */
export async function checkOpened(
  file: string,
  asOf: string | undefined,
  opened: OpenedFile,
  opts: CheckSettings,
  out?: string,
): Promise<FileResult> {
  const result: FileResult = { file };
  const all = opened.sheets;
  if (isSummaryWorkbook(all) || (opts.skipCollected && isCollectedWorkbook(all)))
    return { file, ownOutput: true };
  const checked = checkSheets(all, {
    asOf,
    defaultAsOf: opts.defaultAsOf ?? isoDay(),
    rules: opts.rules,
    master: opts.master,
    words: opts.words,
  });
  const report = checked.report;
  result.asOf = checked.asOf;
  result.asOfFrom = checked.asOfFrom;
  result.master = checked.master;
  if (opts.sheet) {
    report.sheets = report.sheets.filter((s) => s.name === opts.sheet);
    if (report.sheets.length === 0) {
      const names = all.filter((s) => s.state !== "veryHidden").map((s) => s.snapshot.name);
      result.error =
        opts.lang === "ja"
          ? `シート「${opts.sheet}」がありません（${names.join("、")}）`
          : `no sheet named "${opts.sheet}" (sheets: ${names.join(", ")})`;
      return result;
    }
  }
  result.report = report;
  if (out && opened.buffer) {
    // Loaded here, so that a check worker without --out never loads ExcelJS.
    const { OutputError, writeAnnotatedCopy } = await import("../xlsx/writeWorkbook");
    const lang = opts.lang;
    // The copy is written only when it holds the input's sheets as the check read them.
    const verify = (copy: Uint8Array): void => {
      let sheets: WorkbookSheet[];
      try {
        sheets = readXlsx(copy);
      } catch (e) {
        if (e instanceof XlsxReadError) throw new OutputError(copyUnwritable(e.message, lang));
        throw e;
      }
      // With --guard the state sheet is rewritten on purpose (the lists and records).
      const kept = opts.guard ? all.filter((s) => s.snapshot.name !== STATE_SHEET_NAME) : all;
      const d = firstDifference(kept, sheets);
      if (d) throw new OutputError(copyDiffers(d, lang));
    };
    try {
      const tables = summaryTables([{ report, master: result.master }], { lang });
      const written = await writeAnnotatedCopy(
        asBuffer(opened.buffer),
        report,
        tables,
        out,
        opts.inputs ?? [file],
        { lang, guard: opts.guard },
        verify,
      );
      result.written = out;
      if (written.guard) result.guard = written.guard;
    } catch (e) {
      if (!(e instanceof OutputError) && !(await isLoadable(opened.buffer)))
        result.error = copyUnwritable(
          lang === "ja" ? "ExcelJS が開けません" : "ExcelJS cannot open it",
          lang,
        );
      else result.error = writeFailure(out, e, lang, e instanceof OutputError);
    }
  }
  return result;
}
