// --vocabulary FILE: status words to add, one per row as word,category (.csv / .txt, comma or tab) or
// in the first sheet of an .xlsx — the same form as a workbook's 語彙 sheet.

import type { Lang } from "../core/messages";
import type { WordCategory } from "../core/vocabulary";
import { vocabularyFromSheet } from "../core/vocabularySheet";
import { parseCsv } from "./departments";
import { InputError } from "./inputs";
import { readListFile } from "./listFile";

export async function loadVocabularyFile(
  path: string,
  lang: Lang,
): Promise<{ word: string; category: WordCategory }[]> {
  const file = await readListFile(path, lang);
  if (!file) {
    throw new InputError(
      lang === "ja"
        ? ".csv、.txt（語,区分）または .xlsx を指定してください"
        : "give a .csv or .txt (word,category per line) or an .xlsx file",
    );
  }
  const rows = file.kind === "rows" ? file.rows : parseCsv(file.text.replace(/\t/g, ","));
  const read = vocabularyFromSheet({
    name: "vocabulary",
    origin: { row: 1, col: 1 },
    values: rows,
    merges: [],
  });
  if (read.problems.length) {
    const p = read.problems[0];
    throw new InputError(lang === "ja" ? `${p.row}行目: ${p.message}` : `row ${p.row}: ${p.messageEn}`);
  }
  return read.words;
}
