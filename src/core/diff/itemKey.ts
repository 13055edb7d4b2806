// How two years' items are told to be the same: their titles and policy names compared as text the
// way people would read them (width, spaces, 取り組み/取組, final punctuation), and never across a
// different number (第一期 and 第二期, Ⅰ and Ⅱ, (1) and (2), A and B are different items).

import { editDistance } from "../text/editDistance";
import { squash, stripFinalPunctuation } from "../text/normalize";

const KANJI_DIGIT: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 … 九十九 as a number (十 = 10, 二十三 = 23); null for anything else. */
function kanjiNumber(text: string): number | null {
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(text);
  if (!m || (!m[1] && !m[2] && !m[3]) || (m[1] && !m[2] && m[3])) return null;
  if (!m[2]) return KANJI_DIGIT[m[1] ?? m[3]];
  return (m[1] ? KANJI_DIGIT[m[1]] : 1) * 10 + (m[3] ? KANJI_DIGIT[m[3]] : 0);
}

// A kanji numeral counting something (第一期, 第2次, 三次計画): written in digits in the key, so
// 第一期 and 第1期 are one item. Elsewhere 一 is a word (一部, 一体的) and stays as it is.
const COUNTED = /第([一二三四五六七八九十]{1,3})|([一二三四五六七八九十]{1,3})(?=[期次号章節条回編年])/gu;

/** A title or level name as compared: NFKC, no spaces, final punctuation off, counted numbers in digits. */
export function textKey(text: string): string {
  const s = stripFinalPunctuation(squash(text))
    .replace(/取り組み|取り組|取組み/g, "取組")
    .toLowerCase();
  return s.replace(COUNTED, (whole, afterDai: string | undefined, before: string | undefined) => {
    const n = kanjiNumber(afterDai ?? before ?? "");
    if (n === null) return whole;
    return afterDai !== undefined ? `第${n}` : String(n);
  });
}

// What tells items apart by number: digits, Latin letters (Ⅱ is II after NFKC, Ａ is a), kanji numerals.
const NUMERAL = /[0-9a-z一二三四五六七八九十百千〇]/gu;

/** The numbers and letters of a key in order: two titles that differ here are different items. */
export function numerals(key: string): string {
  return (key.match(NUMERAL) ?? []).join("");
}

/**
 * Two keys that are one title with a small edit: the same numbers and letters, and either a few
 * characters changed (one in five, at least five characters) or words added to a title of six or
 * more characters that the other holds whole.
 */
export function smallEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (numerals(a) !== numerals(b)) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if ([...short].length >= 6 && long.includes(short)) return true;
  const bound = Math.floor([...long].length / 5);
  return bound >= 1 && editDistance(a, b, bound) <= bound;
}

/** Titles of the same words with other numbers (第一期 … and 第二期 …): told apart, however alike. */
export function numberedApart(a: string, b: string): boolean {
  if (numerals(a) === numerals(b)) return false;
  return smallEdit(a.replace(NUMERAL, ""), b.replace(NUMERAL, ""));
}
