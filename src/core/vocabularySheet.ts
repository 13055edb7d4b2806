// Vocabulary additions written in the workbook itself: a sheet 語彙 / 状況語一覧 / vocabulary with
// one word per row and its category (準備段階 / 実施中 / 完了 / 未実施, or plan / doing / done / notDone).

import { VOCABULARY_SHEET_NAMES } from "./layout/model";
import { cellText, squash } from "./text/normalize";
import type { SheetSnapshot } from "./types";
import type { WordCategory } from "./vocabulary";

const CATEGORY_WORDS: Record<string, WordCategory> = {
  plan: "plan",
  準備: "plan",
  準備段階: "plan",
  計画: "plan",
  doing: "doing",
  実施: "doing",
  実施中: "doing",
  done: "done",
  完了: "done",
  notdone: "notDone",
  未実施: "notDone",
  中止: "notDone",
};

export function categoryOf(text: string): WordCategory | null {
  return CATEGORY_WORDS[squash(text).toLowerCase()] ?? null;
}

export interface VocabularyRows {
  words: { word: string; category: WordCategory }[];
  /** Rows that could not be read, with the reason (shown to people, not thrown). */
  problems: { row: number; message: string; messageEn: string }[];
}

/** Reads word | category rows (first row is a header when its second cell is not a category). */
export function vocabularyFromSheet(sheet: SheetSnapshot): VocabularyRows {
  const out: VocabularyRows = { words: [], problems: [] };
  sheet.values.forEach((row, i) => {
    const r = sheet.origin.row + i;
    const word = cellText(row[0] ?? null);
    const cat = cellText(row[1] ?? null);
    if (!word && !cat) return;
    const category = categoryOf(cat);
    if (!category) {
      if (i > 0)
        out.problems.push({
          row: r,
          message: `「${cat}」は区分として読めません（準備段階・実施中・完了・未実施のいずれか）`,
          messageEn: `"${cat}" is not a category (plan, doing, done or notDone)`,
        });
      return;
    }
    if (word) out.words.push({ word, category });
  });
  return out;
}

export function findVocabularySheet(sheets: SheetSnapshot[]): SheetSnapshot | undefined {
  const names = VOCABULARY_SHEET_NAMES.map((n) => n.toLowerCase());
  return sheets.find((s) => names.includes(s.name.trim().toLowerCase()));
}
