// Numbers as indicator cells write them: a number, or text with units and marks around one
// (1,234件, 約50%, ５０％, ▲3, 47.1 (R1)). Used for indicator values; statuses are never numbers.

import type { CellValue } from "../types";
import { yearOfTitles } from "../fiscal";

export interface NumberReading {
  value: number;
  /** The cell holds text, not a number (a number Excel cannot compute with). */
  text: boolean;
  /** Written with a percent sign (約50%): the value is as written (50), not a fraction. */
  percent: boolean;
  /** A year written beside the number (47.1 (R1): measured in 令和元年度), when there is one. */
  year?: number;
  /** What the text adds to the number, other than a percent sign or a year (件, 人, 約). */
  extra: string;
}

// ▲ and △ are the minus of Japanese public documents (▲3 = −3).
const MINUS = /^[▲△-]/u;
// Words of approximation before or after the number: they say nothing of its value.
const APPROX = /^(?:約|およそ|概ね|おおむね)|(?:程度|前後|以上|以下|超|未満)$/gu;
// A year in brackets after the number: (R1), （令和元年度）, (2019年度).
const BRACKETED = /[(（]([^()（）]*)[)）]/gu;
const NUMBER = /^[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?/u;

/**
 * The number a cell says, or null: a number cell as it is; text after NFKC (full-width digits and
 * signs), with a thousands separator, a unit or percent sign after it, an approximation word around
 * it, or a bracketed year after it. Text that holds no number at its start (調査中, 減少) is null.
 */
export function readNumber(cell: CellValue): NumberReading | null {
  if (typeof cell === "number")
    return Number.isFinite(cell) ? { value: cell, text: false, percent: false, extra: "" } : null;
  if (typeof cell !== "string") return null;
  let s = cell.normalize("NFKC").replace(/[\s\u3000]+/gu, "");
  if (s === "") return null;
  let year: number | undefined;
  s = s.replace(BRACKETED, (all, inner: string) => {
    const y = yearOfTitles([inner]);
    if (y === null || year !== undefined) return all;
    year = y;
    return "";
  });
  s = s.replace(APPROX, "");
  const negative = MINUS.test(s);
  if (negative) s = s.slice(1);
  const m = NUMBER.exec(s);
  if (!m) return null;
  let rest = s.slice(m[0].length);
  const percent = rest.startsWith("%");
  if (percent) rest = rest.slice(1);
  // A second number after the first (1〜3, 10/20) is a range or a ratio, not one value.
  if (/\d/u.test(rest)) return null;
  const value = Number(m[0].replace(/,/g, "")) * (negative ? -1 : 1);
  if (!Number.isFinite(value)) return null;
  return { value, text: true, percent, extra: rest, ...(year !== undefined ? { year } : {}) };
}
