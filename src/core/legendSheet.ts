// A legend kept on a sheet of its own (凡例): its marks are statuses on every sheet of the workbook.
// One entry a row — the mark in one cell and its meaning in the next (◎ | 達成), or written in one
// cell (◎ 達成) — or whole legend lines (進捗：◎ 達成 ○ 順調).

import { legendMarks, meaningCategory } from "./legend";
import { LEGEND_SHEET_NAMES } from "./layout/model";
import { cellText, squash } from "./text/normalize";
import type { SheetSnapshot, StatusCategory } from "./types";
import { canonicalMark, isContinuation, type Vocabulary } from "./vocabulary";

export function findLegendSheet(sheets: SheetSnapshot[]): SheetSnapshot | undefined {
  const names = LEGEND_SHEET_NAMES.map((n) => n.toLowerCase());
  return sheets.find((s) => names.includes(s.name.trim().toLowerCase()));
}

// A mark is a symbol or a single letter; a header cell (記号 | 意味) is neither.
const MARK = /^(?:[^\p{L}\p{N}]|[A-Za-z])$/u;

/** The marks a legend sheet defines, read through the workbook's vocabulary. */
export function legendSheetMarks(
  sheet: SheetSnapshot,
  vocab: Vocabulary,
): Map<string, StatusCategory | "actor"> {
  const marks = new Map<string, StatusCategory | "actor">();
  for (const row of sheet.values) {
    const texts = (row ?? []).map((v) => cellText(v ?? null)).filter((t) => t !== "");
    if (texts.length === 0) continue;
    const mark = canonicalMark(squash(texts[0]));
    if (texts.length >= 2 && MARK.test(mark) && !isContinuation(mark) && !vocab.words.has(mark)) {
      marks.set(mark, meaningCategory(texts[1]));
      continue;
    }
    for (const [k, v] of legendMarks(texts.join(" "), vocab)) marks.set(k, v);
  }
  return marks;
}
