// Collecting in the pane: the files the reviewer picked, read in the page itself (nothing leaves the
// computer) with the command's reader (readInBrowser.ts) and checked as the command checks a file
// (checkSheets.ts). A file that cannot be read is kept with its reason; the others go on.

import type { Lang } from "../core/messages";
import type { CollectedFile } from "../core/summary/collected";
import { counted } from "../core/summary/entries";
import { checkSheets, type SheetsCheckSettings } from "./checkSheets";
import { readXlsxInBrowser, XlsxReadError, type AsyncInflate } from "./readInBrowser";
import { readErrorMessage } from "./readErrorMessage";

export interface PickedFile {
  name: string;
  bytes: () => Promise<Uint8Array>;
}

export type FileProgress =
  | { file: string; stage: "reading" | "checking" }
  | { file: string; stage: "done"; items: number }
  | { file: string; stage: "failed"; error: string };

/** Why a file cannot be collected, in a line: what, and what to do. */
function unreadable(e: unknown, lang: Lang): string {
  if (e instanceof XlsxReadError) return readErrorMessage(e, lang);
  const what = e instanceof Error ? e.message : String(e);
  return lang === "ja"
    ? `ファイルを読めません（${what}）— Excel で開けるか確かめ、.xlsx で保存し直してください`
    : `the file cannot be read (${what}) — check that Excel opens it, and save it again as .xlsx`;
}

/** Reads and checks each file in turn, telling `progress` as it goes. */
export async function collectFiles(
  files: PickedFile[],
  settings: SheetsCheckSettings,
  lang: Lang,
  progress: (p: FileProgress) => void = () => undefined,
  inflate?: AsyncInflate,
): Promise<CollectedFile[]> {
  const out: CollectedFile[] = [];
  for (const f of files) {
    try {
      progress({ file: f.name, stage: "reading" });
      const sheets = await readXlsxInBrowser(await f.bytes(), inflate);
      progress({ file: f.name, stage: "checking" });
      const checked = checkSheets(sheets, settings);
      out.push({ file: f.name, report: checked.report, master: checked.master });
      const items = checked.report.sheets.filter(counted).reduce((n, s) => n + s.items.length, 0);
      progress({ file: f.name, stage: "done", items });
    } catch (e) {
      const error = unreadable(e, lang);
      out.push({ file: f.name, error });
      progress({ file: f.name, stage: "failed", error });
    }
  }
  return out;
}
