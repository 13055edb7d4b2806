// What an item's actuals say per year: status cells (words or marks) and free-text results together.

import { isClosed, type ReviewYear } from "./fiscal";
import type { SheetModel } from "./layout/model";
import { Recent } from "./recent";
import { EMPTY, has, resolveRow, UNKNOWN, type Effective, type YearStatus } from "./timeline";
import { cellText, squash, stripFinalPunctuation } from "./text/normalize";
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
    if (a.text && cellText(a.text.value) !== "") continue;
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
  return r.kind === "status" ? { kind: "status", categories: r.categories } : UNKNOWN;
}

export function isEmptyActual(a: YearActual | undefined): boolean {
  if (!a) return true;
  const statusEmpty = !a.status || a.status.cell.kind === "empty";
  const textEmpty = !a.text || cellText(a.text.value) === "";
  return statusEmpty && textEmpty;
}

/** A result text reporting that part was not done: a not-done word inside it, or a shortfall phrase. */
export function reportsShortfall(text: string, vocab: Vocabulary): boolean {
  const s = squash(text);
  if (s === "" || textAsStatus(text, vocab).kind === "status") return false;
  return (
    notDoneWords(vocab).some((w) => w.length >= 2 && s.includes(w)) ||
    vocab.shortfall.some((p) => s.includes(squash(p)))
  );
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
