// Checks one workbook: open it and take the sheets' snapshots (ExcelJS), then check them
// (checkOpened.ts). The command runs both halves in its own thread, or each in its own worker
// (pool.ts), so what passes between them is plain data.

import type { Lang } from "../core/messages";
import { workbookSheets } from "../xlsx/read";
import { checkOpened, type CheckSettings, type FileResult, type OpenedFile } from "./checkOpened";
import { InputError, openWorkbook } from "./inputs";

export type { CheckSettings, FileResult, OpenedFile };

/** Opens a file and snapshots its sheets; the one-line message when it cannot be read. */
export async function openFile(
  file: string,
  lang: Lang,
  keepBuffer: boolean,
): Promise<OpenedFile | { error: string }> {
  try {
    const { workbook, buffer } = await openWorkbook(file, lang);
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
