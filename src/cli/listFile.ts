// Lists given on the command line (--departments, --vocabulary): .xlsx (first sheet), .csv or .txt.

import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import type { Lang } from "../core/messages";
import type { CellValue } from "../core/types";
import { readSheets } from "./readSheets";
import { InputError, readInput } from "./inputs";

export type ListFile = { kind: "rows"; rows: CellValue[][] } | { kind: "text"; text: string };

/** The file's first sheet as rows (.xlsx), or its text (.csv/.txt, BOM removed); null for other types. */
export async function readListFile(path: string, lang: Lang): Promise<ListFile | null> {
  const ext = extname(path).toLowerCase();
  if (ext === ".xlsx")
    return { kind: "rows", rows: readSheets(readInput(path, lang), lang)[0]?.snapshot.values ?? [] };
  if (ext !== ".csv" && ext !== ".txt") return null;
  try {
    return { kind: "text", text: (await readFile(path, "utf8")).replace(/^\uFEFF/, "") };
  } catch {
    throw new InputError(
      lang === "ja" ? "見つかりません — パスを確認してください" : "not found — check the path",
    );
  }
}
