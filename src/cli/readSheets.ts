// A workbook's sheets as the command reads them (../xlsx/readXlsx.ts), or the one-line message
// saying why they cannot be read.

import type { Lang } from "../core/messages";
import { readXlsx, XlsxReadError, type WorkbookSheet } from "../xlsx/readXlsx";
import { InputError } from "./inputError";
import { readErrorMessage } from "../xlsx/readErrorMessage";

export function readSheets(bytes: Uint8Array, lang: Lang): WorkbookSheet[] {
  try {
    return readXlsx(bytes);
  } catch (e) {
    if (e instanceof XlsxReadError) throw new InputError(readErrorMessage(e, lang));
    throw e;
  }
}
