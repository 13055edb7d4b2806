// Legends on the sheet: "進捗：◎ 完了 ○ 順調 △ 遅れ × 未着手", "★市民が主体 ●市が主体", "A＝計画どおり".

import { squash } from "./text/normalize";
import type { StatusCategory } from "./types";
import type { Vocabulary } from "./vocabulary";
import { canonicalMark, isContinuation, readStatus } from "./vocabulary";

export const MARK_CHARS = "◎○●◯〇△▲▽×✕✖☓★☆◇◆□■";
const MARK = `[${MARK_CHARS}A-Za-z]`;

/** A meaning without the brackets people put around it: （達成） is 達成. */
const bare = (meaning: string) => squash(meaning).replace(/^[(（「【[]|[)）」】\]]$/gu, "");

/** Category a legend meaning gives its mark; "actor" for who-acts markers. */
export function meaningCategory(meaning: string): StatusCategory | "actor" {
  const m = bare(meaning);
  if (/^(?:概ね|おおむね|ほぼ)(?:計画(?:どおり|通り)|順調)/.test(m)) return "doing";
  if (/^計画(どおり|通り)/.test(m)) return "asPlanned";
  if (/^(達成|完了)/.test(m)) return "done";
  if (/^(順調|実施中|着手済)/.test(m)) return "doing";
  if (/^(?:やや|大幅に|大幅な|著しく|少し)?(遅れ|遅延)/.test(m)) return "late";
  if (/^(未着手|未実施|中止|延期|休止)/.test(m)) return "notDone";
  return "actor";
}

// The meaning of a legend entry written alone on its row (a legend written down a column): only
// these, so that a heading such as "● 完了した事業の一覧" is never taken for a legend entry.
const LONE_MEANING =
  /^(?:達成|完了|計画(?:どおり|通り)|(?:概ね|おおむね|ほぼ)(?:計画(?:どおり|通り)|順調)|順調|実施中|(?:やや|大幅に)?遅れ(?:ている)?|遅延|未着手|未実施|中止|延期|休止)$/u;

/** Mark → meaning pairs written in a text, or an empty list when it is no legend. */
export function legendEntries(text: string): { mark: string; meaning: string }[] {
  // A legend is one short line; long text is never one (and would make the patterns below slow).
  if (text.length > 200) return [];
  let s = text.normalize("NFKC").trim();
  // A leading caption, bracketed or not: 凡例：, 【凡例】, (凡例), 進捗
  s = s.replace(/^[【[(<〈《]?\s*(?:凡例|進捗|記号|評価)\s*[】\])>〉》]?\s*[:：]?\s*/u, "");
  const entries = equalsEntries(s) ?? markEntries(s);
  // One entry alone is a legend only when its meaning is a progress word (◎ 達成, △：遅れ).
  if (entries.length === 1 && !LONE_MEANING.test(bare(entries[0].meaning))) return [];
  return entries;
}

/** "A=達成、B=順調": every part of the text a mark = meaning pair; null when it is not written so. */
function equalsEntries(s: string): { mark: string; meaning: string }[] | null {
  const eq = [...s.matchAll(/([^\s、,，=＝]+)\s*[=＝]\s*([^\s、,，]+)/gu)];
  if (eq.length === 0) return null;
  const rest = eq.reduce((r, m) => r.replace(m[0], ""), s);
  if (squash(rest).replace(/[、,，]/g, "") !== "") return null;
  return eq.map((m) => ({ mark: m[1], meaning: m[2] }));
}

/** "◎ 達成 ○ 順調": marks each followed by its meaning, nothing else. */
function markEntries(s: string): { mark: string; meaning: string }[] {
  const re = new RegExp(`(${MARK})[\\s:：]*([^\\s${MARK_CHARS}]+)`, "gu");
  const entries: { mark: string; meaning: string }[] = [];
  let rest = s;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) {
    entries.push({ mark: m[1], meaning: m[2] });
    rest = rest.replace(m[0], "");
  }
  // Every part of the text must be an entry: "■多様な機会を…" is a heading, not a legend.
  if (entries.length === 0 || squash(rest) !== "") return [];
  // Letters as marks only when they stand alone (A 計画どおり), never inside words.
  if (entries.some((e) => /[A-Za-z]/.test(e.mark)) && !/^[A-Za-z][\s:]/.test(s)) return [];
  return entries;
}

/** Reads a legend into marks for the sheet's vocabulary; entries restating the vocabulary change nothing. */
export function legendMarks(text: string, vocab: Vocabulary): Map<string, StatusCategory | "actor"> {
  const marks = new Map<string, StatusCategory | "actor">();
  for (const { mark, meaning } of legendEntries(text)) {
    const key = canonicalMark(squash(mark));
    if (isContinuation(key)) continue;
    if (readStatus(key, vocab).kind === "status" && vocab.words.has(key)) continue;
    marks.set(key, meaningCategory(meaning));
  }
  return marks;
}

export function isLegend(text: string): boolean {
  return /^[【[(<〈《（]?\s*凡例/.test(text.trim()) || legendEntries(text).length >= 1;
}
