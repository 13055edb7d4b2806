// Checks one workbook: open, snapshot, check, and write its annotated copy when asked. Runs in the
// main thread or in a worker (src/cli/worker.ts), so it takes and returns only plain data besides
// the report.

import { checkWorkbook, type CheckOptions, type WorkbookReport } from "../core/check";
import type { DepartmentMaster } from "../core/departments";
import { isoDay } from "../core/fiscal";
import type { Lang } from "../core/messages";
import { summaryTables } from "../core/summary/build";
import type { WordCategory } from "../core/vocabulary";
import { workbookSheets } from "../xlsx/read";
import { OutputError, writeAnnotatedCopy } from "../xlsx/writeWorkbook";
import { InputError, openWorkbook } from "./inputs";
import { optionsForWorkbook, savedCheckOptions } from "./settings";

export interface FileResult {
  file: string;
  /** The review day this file was checked as of (the command's, or the workbook's saved one). */
  asOf?: string;
  report?: WorkbookReport;
  error?: string;
  /** The annotated copy written for this file (check --out). */
  written?: string;
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
}

/** Checks one file; writes its annotated copy to `out` when given. */
export async function checkFile(
  file: string,
  asOf: string | undefined,
  opts: CheckSettings,
  out?: string,
): Promise<FileResult> {
  const result: FileResult = { file };
  let opened;
  try {
    opened = await openWorkbook(file, opts.lang);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    result.error = e.message;
    return result;
  }
  const all = workbookSheets(opened.workbook);
  // Very hidden sheets hold the add-in's state, never a plan.
  const sheets = all.filter((s) => s.state !== "veryHidden").map((s) => s.snapshot);
  const options = optionsForWorkbook(savedCheckOptions(all), {
    asOf,
    defaultAsOf: opts.defaultAsOf ?? isoDay(),
    rules: opts.rules,
    master: opts.master,
    words: opts.words,
  });
  result.asOf = options.asOf;
  const report = checkWorkbook(sheets, options);
  result.master = report.master ?? null;
  if (opts.sheet) {
    report.sheets = report.sheets.filter((s) => s.name === opts.sheet);
    if (report.sheets.length === 0) {
      result.error =
        opts.lang === "ja"
          ? `シート「${opts.sheet}」がありません（${sheets.map((s) => s.name).join("、")}）`
          : `no sheet named "${opts.sheet}" (sheets: ${sheets.map((s) => s.name).join(", ")})`;
      return result;
    }
  }
  result.report = report;
  if (out) {
    try {
      const tables = summaryTables([{ report, master: result.master }], { lang: opts.lang });
      await writeAnnotatedCopy(opened.buffer, report, tables, out, opts.inputs ?? [file], {
        lang: opts.lang,
      });
      result.written = out;
    } catch (e) {
      result.error =
        e instanceof OutputError
          ? e.message
          : `${opts.lang === "ja" ? "書き出せませんでした" : "could not write"} ${out}: ${(e as Error).message}`;
    }
  }
  return result;
}
