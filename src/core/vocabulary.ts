// The status vocabulary: words, continuation marks, legend marks, and how a cell is read.

import { isLoneDash, squash } from "./text/normalize";
import type { StatusCategory } from "./types";

export type WordCategory = "plan" | "doing" | "done" | "notDone";

export const DEFAULT_WORDS: Record<WordCategory, string[]> = {
  plan: ["検討", "準備", "準備作業", "研究", "調査", "調整", "周知"],
  doing: ["実施", "継続", "一部実施", "試行", "拡充", "見直し"],
  done: ["完了", "完了予定", "実施済", "済", "終了", "達成"],
  notDone: ["未実施", "未着手", "中止", "延期", "休止"],
};

export const DEFAULT_SHORTFALL = ["に止まった", "にとどまった", "できなかった", "至らなかった", "見送った"];

/** Words that are not departments: allowed only beside a real one. */
export const GENERIC_DEPARTMENTS = ["関係課", "全所属", "各課"];

export interface Vocabulary {
  /** Normalised word → category. */
  words: Map<string, WordCategory>;
  /** Legend marks of the sheet (normalised) → category, or "actor" for marks naming who acts. */
  marks: Map<string, StatusCategory | "actor">;
  shortfall: string[];
}

let defaults: Vocabulary | null = null;

/**
 * The built-in vocabulary. One shared object, never changed (withWords, withMarks and withShortfall
 * copy): the caches keyed by the vocabulary or its words (known forms, text readings) then serve
 * every workbook instead of being built again for each one.
 */
export function defaultVocabulary(): Vocabulary {
  if (defaults) return defaults;
  const words = new Map<string, WordCategory>();
  for (const [cat, list] of Object.entries(DEFAULT_WORDS) as [WordCategory, string[]][]) {
    for (const w of list) words.set(squash(w), cat);
  }
  defaults = { words, marks: new Map(), shortfall: [...DEFAULT_SHORTFALL] };
  return defaults;
}

/** A copy of the vocabulary with words added (workbook vocabulary sheet, settings, CLI). */
export function withWords(
  base: Vocabulary,
  additions: { word: string; category: WordCategory }[],
): Vocabulary {
  const words = new Map(base.words);
  for (const a of additions) if (squash(a.word)) words.set(squash(a.word), a.category);
  return { ...base, words };
}

export function withMarks(base: Vocabulary, marks: Map<string, StatusCategory | "actor">): Vocabulary {
  if (marks.size === 0) return base;
  return { ...base, marks: new Map([...base.marks, ...marks]) };
}

export function withShortfall(base: Vocabulary, phrases: string[]): Vocabulary {
  return { ...base, shortfall: [...base.shortfall, ...phrases.filter((p) => !base.shortfall.includes(p))] };
}

// Marks people write for the same thing: a legend's ◯ and a cell's ○ are one mark.
const SAME_MARK: Record<string, string> = { "◯": "○", 〇: "○", "✕": "×", "✖": "×", "☓": "×", ｘ: "×" };

/** The one form of a mark (after NFKC) that legends and cells are compared in. */
export function canonicalMark(normalized: string): string {
  return normalized.length === 1 ? (SAME_MARK[normalized] ?? normalized) : normalized;
}

const CONTINUATION = /^(?:[━―─\-ー]*[⇒→➡⇨>]|=>|〃|同上)$/;

export function isContinuation(normalized: string): boolean {
  return CONTINUATION.test(normalized);
}

export interface ReadStatus {
  kind: "empty" | "status" | "continue" | "unknown";
  categories: StatusCategory[];
  tokens: string[];
}

const SUFFIX_DONE = ["済み", "済"];
const SUFFIX_KEEP = ["予定", "中"];

/** Splits a run of two or three known words (each of two or more characters) written together. */
function splitCompound(s: string, vocab: Vocabulary, parts = 0): string[] | null {
  if (parts > 0 && vocab.words.has(s) && s.length >= 2) return [s];
  if (parts >= 2) return null;
  for (let i = 2; i <= s.length - 2; i++) {
    const head = s.slice(0, i);
    if (!vocab.words.has(head)) continue;
    const rest = splitCompound(s.slice(i), vocab, parts + 1);
    if (rest) return [head, ...rest];
  }
  return null;
}

function readPart(part: string, vocab: Vocabulary): { cats: WordCategory[]; tokens: string[] } | null {
  const exact = vocab.words.get(part);
  if (exact) return { cats: [exact], tokens: [part] };
  const compound = splitCompound(part, vocab);
  if (compound) return { cats: compound.map((w) => vocab.words.get(w) as WordCategory), tokens: compound };
  // 済 and 済み written alone say the work is done.
  if (SUFFIX_DONE.includes(part)) return { cats: ["done"], tokens: [part] };
  for (const suf of SUFFIX_DONE) {
    if (part.endsWith(suf) && part.length > suf.length) {
      const base = readPart(part.slice(0, -suf.length), vocab);
      if (base) return { cats: base.cats.map(() => "done" as const), tokens: [part] };
    }
  }
  for (const suf of SUFFIX_KEEP) {
    if (part.endsWith(suf) && part.length > suf.length) {
      const base = readPart(part.slice(0, -suf.length), vocab);
      if (base) return { cats: base.cats, tokens: [part] };
    }
  }
  return null;
}

// No status cell is longer than this: longer text is free text (and is not parsed word by word).
const MAX_STATUS_LENGTH = 40;

/** Reads a status cell's normalised text. */
export function readStatus(normalized: string, vocab: Vocabulary): ReadStatus {
  if (normalized === "" || isLoneDash(normalized)) return { kind: "empty", categories: [], tokens: [] };
  if (normalized.length > MAX_STATUS_LENGTH) return { kind: "unknown", categories: [], tokens: [] };
  if (isContinuation(normalized)) return { kind: "continue", categories: [], tokens: [normalized] };
  const mark = vocab.marks.size > 0 ? vocab.marks.get(canonicalMark(normalized)) : undefined;
  if (mark && mark !== "actor") return { kind: "status", categories: [mark], tokens: [normalized] };
  const categories: StatusCategory[] = [];
  const tokens: string[] = [];
  for (const part of normalized.split(/[・/]/)) {
    const r = part === "" ? null : readPart(part, vocab);
    if (!r) return { kind: "unknown", categories: [], tokens: [] };
    categories.push(...r.cats);
    tokens.push(...r.tokens);
  }
  return { kind: "status", categories, tokens };
}

// Keyed by the word map: a legend's marks make a new vocabulary with the same words.
const formsCache = new WeakMap<Map<string, WordCategory>, Map<number, string[]>>();

/** Every form counted as known for fixes and suggestions, by length: words, suffixed forms, compounds. */
export function knownForms(vocab: Vocabulary): Map<number, string[]> {
  const cached = formsCache.get(vocab.words);
  if (cached) return cached;
  const words = [...vocab.words.keys()];
  const long = words.filter((w) => w.length >= 2);
  const forms = new Set<string>(words);
  const compounds: string[] = [];
  for (const a of long) for (const b of long) compounds.push(a + b);
  for (const a of long) for (const b of long) for (const c of long) compounds.push(a + b + c);
  for (const c of compounds) forms.add(c);
  for (const base of [...long, ...compounds.slice(0, long.length * long.length)]) {
    for (const suf of [...SUFFIX_DONE, ...SUFFIX_KEEP]) forms.add(base + suf);
  }
  const byLength = new Map<number, string[]>();
  for (const f of forms) {
    const list = byLength.get(f.length) ?? [];
    list.push(f);
    byLength.set(f.length, list);
  }
  formsCache.set(vocab.words, byLength);
  return byLength;
}

const charIndex = new WeakMap<Map<string, WordCategory>, Map<string, string[]>>();

/**
 * Known forms within two edits of the value can only be those of a length within two that share a
 * character with it: look them up by character instead of comparing every form.
 */
export function formsNear(value: string, vocab: Vocabulary): string[] {
  let index = charIndex.get(vocab.words);
  if (!index) {
    index = new Map();
    for (const list of knownForms(vocab).values()) {
      for (const f of list) {
        for (const ch of new Set(f)) {
          const forms = index.get(ch) ?? [];
          forms.push(f);
          index.set(ch, forms);
        }
      }
    }
    charIndex.set(vocab.words, index);
  }
  const out = new Set<string>();
  for (const ch of new Set(value)) {
    for (const f of index.get(ch) ?? []) if (Math.abs(f.length - value.length) <= 2) out.add(f);
  }
  return [...out];
}

const notDone = new WeakMap<Map<string, WordCategory>, string[]>();

/** The not-done words of the vocabulary (for result texts); the same array for the same words. */
export function notDoneWords(vocab: Vocabulary): string[] {
  let words = notDone.get(vocab.words);
  if (!words) {
    words = [...vocab.words].filter(([, c]) => c === "notDone").map(([w]) => w);
    notDone.set(vocab.words, words);
  }
  return words;
}
