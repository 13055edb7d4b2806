// Checks one workbook: open it and take the sheets' snapshots, then check them (checkOpened.ts).
// The command runs both halves in its own thread, or each in its own worker (pool.ts), so what
// passes between them is plain data. Without --out the snapshots come from the fast reader
// (../xlsx/fastRead.ts), which reads only the sheets' values from the zip; a file it is not sure
// of, and any file whose copy is to be written, is opened with ExcelJS.

import type { Lang } from "../core/messages";
import { fastWorkbookSheets } from "../xlsx/fastRead";
import type { WorkbookSheet } from "../xlsx/read";
import { checkOpened, type CheckSettings, type FileResult, type OpenedFile } from "./checkOpened";
import { InputError, loadInput, readInput } from "./inputs";

export type { CheckSettings, FileResult, OpenedFile };

/** `PLAN_REVIEW_READER=exceljs` opens every file with ExcelJS, as before the fast reader. */
function exceljsOnly(): boolean {
  return process.env.PLAN_REVIEW_READER === "exceljs";
}

/**
 * The sheets as the fast reader reads them, or null when it cannot vouch for the file. Whatever
 * it throws, ExcelJS reads the file next: it gives the same sheets, or the message for a damaged
 * file, so the output never depends on which reader read it.
 */
function fastSheets(buffer: Buffer): WorkbookSheet[] | null {
  try {
    return fastWorkbookSheets(buffer);
  } catch {
    return null;
  }
}

/** Opens a file and snapshots its sheets; the one-line message when it cannot be read. */
export async function openFile(
  file: string,
  lang: Lang,
  keepBuffer: boolean,
): Promise<OpenedFile | { error: string }> {
  try {
    const buffer = readInput(file, lang);
    const fast = keepBuffer || exceljsOnly() ? null : fastSheets(buffer);
    if (fast) return { sheets: fast };
    const workbook = await loadInput(buffer, lang);
    const { workbookSheets } = await import("../xlsx/read");
    return { sheets: workbookSheets(workbook), ...(keepBuffer ? { buffer } : {}) };
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    return { error: e.message };
  }
}

/** Checks one file; writes its annotated copy to `out` when given. */
export async function checkFile(
  file: string,
  asOf: string | undefined,
  opts: CheckSettings,
  out?: string,
): Promise<FileResult> {
  const opened = await openFile(file, opts.lang, out !== undefined);
  if ("error" in opened) return { file, error: opened.error };
  return checkOpened(file, asOf, opened, opts, out);
}
