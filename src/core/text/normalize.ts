// Text normalisation used for matching only; what people see keeps the cell's own text.

import type { CellValue } from "../types";

const SPACES = /[\s\u3000\u00a0\u200b]+/g;

/** NFKC with every space (also the ideographic space) and line break removed. */
export function squash(text: string): string {
  return text.normalize("NFKC").replace(SPACES, "");
}

/** Trimmed display text of a cell value ("" for empty). */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value.trim();
  if (typeof value === "object") return value.date;
  return String(value);
}

/** The value a finding reports: text as written, numbers and booleans as they are, ISO dates, null. */
export function findingValue(value: CellValue): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "object") return value.date;
  if (typeof value === "string") return value === "" ? null : value;
  return value;
}

// Leading enumerators of header cells: (ア) (1) ① 1. 1) ア.
const ENUMERATOR =
  /^(?:[(（][\p{Script=Katakana}\p{Script=Hiragana}A-Za-z0-9一二三四五六七八九十]{1,3}[)）]|[\u2460-\u2473\u2474-\u2487]|\d{1,2}[.．)）]|[ア-ン][.．)）])/u;

/** Header text for matching roles: NFKC, no spaces, leading enumerator removed. */
export function headerKey(text: string): string {
  const s = squash(text);
  const stripped = s.replace(ENUMERATOR, "");
  return stripped.length > 0 ? stripped : s;
}

/** Removes final punctuation so "未実施。" reads as "未実施". */
export function stripFinalPunctuation(text: string): string {
  return text.replace(/[。．.、，,!！?？\s\u3000]+$/u, "");
}
