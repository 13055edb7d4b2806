// Text normalisation used for matching only; what people see keeps the cell's own text.

import type { CellValue } from "../types";
import { sheetCache } from "./sheetCache";

const SPACES = /[\s\u3000\u00a0\u200b]+/g;

// Characters NFKC leaves as they are, none of them a space or a combining mark: a text made only
// of these is already squashed (most cells are kana, kanji and digits), and testing is cheaper.
const STABLE = /^[0-9A-Za-z\u3001\u3002\u3041-\u3096\u30a1-\u30fa\u30fb\u30fc\u4e00-\u9fff]*$/;

/** NFKC with every space (also the ideographic space) and line break removed. */
export function squash(text: string): string {
  if (STABLE.test(text)) return text;
  return text.normalize("NFKC").replace(SPACES, "");
}

// A dash alone in a cell means "nothing this year" (plan-sheets.md, status cells).
const LONE_DASH = /^[-－―‐‑–—ー−]$/u;

/** True for a lone dash (after NFKC and trimming): the cell counts as empty. */
export function isLoneDash(text: string): boolean {
  return text.length <= 3 && LONE_DASH.test(text.normalize("NFKC").trim());
}

/** The text a cell says something with: "" for an empty cell and for a lone dash. */
export function filledText(value: CellValue): string {
  const t = cellText(value);
  return t.length <= 3 && isLoneDash(t) ? "" : t;
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

// Labels and headers repeat on every card and row: normalise each text once.
const headerKeys = sheetCache<string, string>();

/** Header text for matching roles: NFKC, no spaces, leading enumerator removed. */
export function headerKey(text: string): string {
  const hit = headerKeys.get(text);
  if (hit !== undefined) return hit;
  // 取り組み, 取組み and 取組 are one word written with more or fewer kana.
  const s = squash(text).replace(/取り組み|取り組|取組み/g, "取組");
  const stripped = s.replace(ENUMERATOR, "");
  const key = stripped.length > 0 ? stripped : s;
  if (headerKeys.size < 20000) headerKeys.set(text, key);
  return key;
}

/** Removes final punctuation so "未実施。" reads as "未実施". */
const FINAL_PUNCTUATION = /[。．.、，,!！?？\s\u3000]+$/u;
const PUNCTUATION_CHARS = new Set("。．.、，,!！?？\u3000");

export function stripFinalPunctuation(text: string): string {
  // Most texts end in a word: look at the last character before running the expression.
  const last = text.charAt(text.length - 1);
  if (last === "" || (!PUNCTUATION_CHARS.has(last) && last.trim() !== "")) return text;
  return text.replace(FINAL_PUNCTUATION, "");
}
