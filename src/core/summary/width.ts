// Column widths of the written summary sheets, in Excel's column units (characters of the default
// font): a header is never broken inside a word, so a column is at least as wide as its header's
// longest unbreakable piece. Both doors size their columns with this.

import type { Lang } from "../messages";
import type { SummaryColumn } from "./tables";

/** Display width in column units: a full-width character of 10-point text takes about 1.75. */
export function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u0020-\u00ff\uff61-\uff9f]/u.test(ch) ? 1 : 1.75;
  return w;
}

/**
 * The pieces a header may be broken between: at spaces, after 「の」「・」「、」「）」 and before
 * 「（」 — never inside a word such as 期限超過 or "Completion".
 */
export function headerPieces(title: string): string[] {
  return title
    .split(/\s+|(?<=[の・、）)])|(?=[（(])/u)
    .map((p) => p.trim())
    .filter(Boolean);
}

/** Room for the cell's padding and a bold header. */
const PAD = 1.5;

/** Headers up to this width (with padding) stay on one line whole (準備段階（予定）, 平成25年度の計画). */
export const ONE_LINE = 16;

/** The width a column is written with: its own, widened to keep every header piece on one line. */
export function columnWidth(column: SummaryColumn, lang: Lang): number {
  const title = column.title[lang];
  // A short header stays on one line; a long one may break between its pieces.
  const whole = textWidth(title) + PAD;
  const piece = Math.max(0, ...headerPieces(title).map(textWidth)) + PAD;
  const base = column.width ?? 10;
  return Math.max(base, whole <= ONE_LINE ? whole : piece);
}
