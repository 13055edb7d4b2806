// Counts in words: "3件" in Japanese (no plural forms), "1 item" / "3 items" in English, the form
// chosen by the platform's plural rules (Intl.PluralRules) rather than by comparing with 1.

import type { Lang } from "./messages";

/** A counted noun: its Japanese counter, and its English forms per plural category. */
export interface Noun {
  ja: string;
  en: { one: string; other: string };
}

export const NOUN = {
  item: { ja: "件", en: { one: "item", other: "items" } },
  sheet: { ja: "シート", en: { one: "sheet", other: "sheets" } },
  file: { ja: "ファイル", en: { one: "file", other: "files" } },
  copy: { ja: "件", en: { one: "annotated copy", other: "annotated copies" } },
} satisfies Record<string, Noun>;

const rules = new Map<Lang, Intl.PluralRules>();

/** "24件" / "24 items", "1 item". */
export function quantity(n: number, noun: Noun, lang: Lang): string {
  if (lang === "ja") return `${n}${noun.ja}`;
  let r = rules.get(lang);
  if (!r) rules.set(lang, (r = new Intl.PluralRules(lang)));
  return `${n} ${r.select(n) === "one" ? noun.en.one : noun.en.other}`;
}
