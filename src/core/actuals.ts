// What an item's actuals say per year: status cells (words or marks) and free-text results together.

import { isClosed, type ReviewYear } from "./fiscal";
import type { SheetModel } from "./layout/model";
import { Recent } from "./recent";
import { EMPTY, has, resolveRow, UNKNOWN, type Effective, type YearStatus } from "./timeline";
import { cellText, filledText, squash, stripFinalPunctuation } from "./text/normalize";
import type { CellRef, PlanItem } from "./types";
import { notDoneWords, readStatus, type Vocabulary } from "./vocabulary";

export interface YearActual {
  year: number;
  status?: YearStatus;
  text?: CellRef;
  /** What the text says as a whole when it is a status word or mark (未実施, ×). */
  textEffective: Effective;
}

const byItem = new Recent<PlanItem, Map<number, YearActual>>(2);

/** An item's actuals per year (read once per item: several rules and the summary ask). */
export function actualsByYear(item: PlanItem, vocab: Vocabulary): Map<number, YearActual> {
  const hit = byItem.get(item);
  if (hit) return hit;
  const byYear = new Map<number, YearActual>();
  const get = (year: number): YearActual => {
    let a = byYear.get(year);
    if (!a) byYear.set(year, (a = { year, textEffective: EMPTY }));
    return a;
  };
  for (const s of resolveRow(item.actuals)) get(s.year).status ??= s;
  for (const r of item.results) {
    const a = get(r.year);
    if (a.text && filledText(a.text.value) !== "") continue;
    a.text = r.cell;
    a.textEffective = textAsStatus(cellText(r.cell.value), vocab);
  }
  byItem.set(item, byYear);
  return byYear;
}

/** A result text read as a whole (trimmed, final punctuation aside) as a status word or mark. */
export function textAsStatus(text: string, vocab: Vocabulary): Effective {
  const s = stripFinalPunctuation(squash(text));
  if (s === "") return EMPTY;
  const r = readStatus(s, vocab);
  if (r.kind === "empty") return EMPTY;
  return r.kind === "status" ? { kind: "status", categories: r.categories } : UNKNOWN;
}

export function isEmptyActual(a: YearActual | undefined): boolean {
  if (!a) return true;
  const statusEmpty = !a.status || a.status.cell.kind === "empty";
  const textEmpty = !a.text || filledText(a.text.value) === "";
  return statusEmpty && textEmpty;
}

/**
 * A result text reporting that part was not done: a not-done word saying what happened, or a
 * shortfall phrase. A not-done word naming what came before the work is history, not a shortfall:
 * 延期していた講座を開催した, 中止となった事業に代わり説明会を開催した.
 */
export function reportsShortfall(text: string, vocab: Vocabulary): boolean {
  const s = squash(text);
  if (s === "" || textAsStatus(text, vocab).kind === "status") return false;
  if (vocab.shortfall.some((p) => s.includes(squash(p)))) return true;
  const words = notDoneWords(vocab).filter((w) => w.length >= 2 && s.includes(w));
  if (words.length === 0) return false;
  return s.split(/(?<=[。．])/).some((sentence) => words.some((w) => saysNotDone(sentence, w)));
}

// Endings that make a not-done word describe the noun after it (延期していた講座, 中止となった事業).
const ATTRIBUTIVE =
  /^(?:していた|してきた|している|した|されていた|された|となっていた|となった|になっていた|になった|とした|だった|であった|の)(?=[\p{Script=Han}\p{Script=Katakana}])/u;
// A sentence that goes on to say something existed or was not done still reports a shortfall.
const STILL_SHORT = /もあった|があった|もある|がある|もあり|があり|なかった|ませんでした|できず|至らず/;

/** True when a not-done word of the sentence says what happened (not what came before it). */
function saysNotDone(sentence: string, word: string): boolean {
  for (let at = sentence.indexOf(word); at >= 0; at = sentence.indexOf(word, at + 1)) {
    const after = sentence.slice(at + word.length);
    const m = ATTRIBUTIVE.exec(after);
    if (!m || STILL_SHORT.test(after.slice(m[0].length))) return true;
  }
  return false;
}

/** A completion planned in a closed year ≤ F that no actual up to F says was reached. */
export function completionMissed(
  plans: YearStatus[],
  actuals: Map<number, YearActual>,
  model: SheetModel,
  review: ReviewYear,
): YearStatus | undefined {
  const F = review.fiscalYear;
  return plans.find((p) => {
    if (p.year > F || !isClosed(p.year, review) || p.cell.kind !== "status" || !has(p.effective, "done"))
      return false;
    const judged = model.actualStatusYears.some((y) => y >= p.year && y <= F);
    if (!judged) return false;
    const a = actuals.get(p.year);
    if (a && (has(a.status?.effective ?? { kind: "empty" }, "notDone") || has(a.textEffective, "notDone")))
      return false;
    return ![...actuals.values()].some((x) => x.year >= p.year && x.year <= F && actualSaysDone(x, plans));
  });
}

/** The actual says done: a done word or mark, or a 計画どおり mark where that year's plan completes. */
export function actualSaysDone(a: YearActual, plans: YearStatus[]): boolean {
  const status = a.status?.effective ?? { kind: "empty" };
  if (has(status, "done") || has(a.textEffective, "done")) return true;
  if (!has(status, "asPlanned") && !has(a.textEffective, "asPlanned")) return false;
  const plan = plans.find((p) => p.year === a.year);
  return plan !== undefined && has(plan.effective, "done");
}
