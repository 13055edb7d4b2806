// --vocabulary FILE: status words to add, one per row as word,category (.csv / .txt, comma or tab) or
// in the first sheet of an .xlsx — the same form as a workbook's 語彙 sheet.

import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import type { Lang } from "../core/messages";
import type { CellValue } from "../core/types";
import type { WordCategory } from "../core/vocabulary";
import { vocabularyFromSheet } from "../core/vocabularySheet";
import { workbookSheets } from "../xlsx/read";
import { parseCsv } from "./departments";
import { InputError, openWorkbook } from "./inputs";

export async function loadVocabularyFile(
  path: string,
  lang: Lang,
): Promise<{ word: string; category: WordCategory }[]> {
  const ext = extname(path).toLowerCase();
  let rows: CellValue[][];
  if (ext === ".xlsx") {
    const { workbook } = await openWorkbook(path, lang);
    rows = workbookSheets(workbook)[0]?.snapshot.values ?? [];
  } else if (ext === ".csv" || ext === ".txt") {
    let text: string;
    try {
      text = (await readFile(path, "utf8")).replace(/^\uFEFF/, "");
    } catch {
      throw new InputError(
        lang === "ja" ? "見つかりません — パスを確認してください" : "not found — check the path",
      );
    }
    rows = parseCsv(text.replace(/\t/g, ","));
  } else {
    throw new InputError(
      lang === "ja"
        ? ".csv、.txt（語,区分）または .xlsx を指定してください"
        : "give a .csv or .txt (word,category per line) or an .xlsx file",
    );
  }
  const read = vocabularyFromSheet({
    name: "vocabulary",
    origin: { row: 1, col: 1 },
    values: rows,
    merges: [],
  });
  if (read.problems.length) {
    const p = read.problems[0];
    throw new InputError(lang === "ja" ? `${p.row}行目: ${p.message}` : `row ${p.row}: ${p.message}`);
  }
  return read.words;
}
