// Checks one workbook: read it and take the sheets' snapshots, then check them (checkOpened.ts).
// The command runs both halves in its own thread, or each in its own worker (pool.ts), so what
// passes between them is plain data. Every file is read by the command's own reader
// (../xlsx/readXlsx.ts), with --out too: a sheet it cannot read fully makes the file's error,
// never a smaller sheet. ExcelJS is loaded only to write an annotated copy.

import type { Lang } from "../core/messages";
import { checkOpened, type CheckSettings, type FileResult, type OpenedFile } from "./checkOpened";
import { InputError, readInput } from "./inputs";
import { readSheets } from "./readSheets";

export type { CheckSettings, FileResult, OpenedFile };

/** Opens a file and snapshots its sheets; the one-line message when it cannot be read. */
export async function openFile(
  file: string,
  lang: Lang,
  keepBuffer: boolean,
): Promise<OpenedFile | { error: string }> {
  try {
    const buffer = readInput(file, lang);
    return { sheets: readSheets(buffer, lang), ...(keepBuffer ? { buffer } : {}) };
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
