// One state per item in the review year (plan-sheets.md, "Summary per policy").

import {
  actualSaysDone,
  actualsByYear,
  completionMissed,
  isEmptyActual,
  reportsShortfall,
  type YearActual,
} from "../actuals";
import { isClosed, type ReviewYear } from "../fiscal";
import type { SheetModel } from "../layout/model";
import { filledText } from "../text/normalize";
import { has, plansActivity, resolveRow, type Effective, type YearStatus } from "../timeline";
import type { CellRef, PlanItem, StatusCategory } from "../types";
import type { Vocabulary } from "../vocabulary";

export const STATES = [
  "notDone",
  "overdue",
  "partly",
  "unclear",
  "done",
  "doing",
  "planning",
  "noPlan",
] as const;
export type ItemState = (typeof STATES)[number];

export interface ItemStateReading {
  state: ItemState;
  basis: "actual" | "plan";
  /** The plan cell of the review year (after continuation), if the sheet has one. */
  plan?: YearStatus;
  /** The review year's actual cells. */
  actual?: YearActual;
}

/**
 * A state with its deciding cells looked up when asked: the summaries read them for the items they
 * list, and keeping them for every item would keep every item's cells alive.
 */
class StateReading implements ItemStateReading {
  readonly #item: PlanItem;
  readonly #vocab: Vocabulary;
  readonly #year: number;

  constructor(
    readonly state: ItemState,
    readonly basis: "actual" | "plan",
    item: PlanItem,
    vocab: Vocabulary,
    year: number,
  ) {
    this.#item = item;
    this.#vocab = vocab;
    this.#year = year;
  }

  get plan(): YearStatus | undefined {
    return resolveRow(this.#item.schedule).find((p) => p.year === this.#year);
  }

  get actual(): YearActual | undefined {
    return this.basis === "actual" ? actualsByYear(this.#item, this.#vocab).get(this.#year) : undefined;
  }

  toJSON(): ItemStateReading {
    return { state: this.state, basis: this.basis, plan: this.plan, actual: this.actual };
  }
}

const BY_CATEGORY: Record<string, ItemState> = {
  notDone: "notDone",
  late: "overdue",
  done: "done",
  doing: "doing",
  plan: "planning",
};

/** The first state, in the table's order, that a cell's categories give. */
function stateOf(categories: StatusCategory[], planF: Effective | undefined): ItemState | null {
  const cats = categories.flatMap((c) =>
    c === "asPlanned" ? (planF?.kind === "status" ? planF.categories : ["doing" as const]) : [c],
  );
  const states = cats.map((c) => BY_CATEGORY[c]).filter((s): s is ItemState => s !== undefined);
  if (states.length === 0) return null;
  return states.reduce((a, b) => (STATES.indexOf(b) < STATES.indexOf(a) ? b : a));
}

export function itemState(item: PlanItem, model: SheetModel, review: ReviewYear): ItemStateReading {
  const F = review.fiscalYear;
  const basis = model.actualYears.includes(F) ? "actual" : "plan";
  return new StateReading(decideState(item, model, review, basis), basis, item, model.vocabulary, F);
}

function decideState(
  item: PlanItem,
  model: SheetModel,
  review: ReviewYear,
  basis: "actual" | "plan",
): ItemState {
  const F = review.fiscalYear;
  const vocab = model.vocabulary;
  const plans = resolveRow(item.schedule);
  const plan = plans.find((p) => p.year === F);
  const planF = plan?.effective;
  const doneInPlan = plans.some((p) => p.year <= F && p.cell.kind === "status" && has(p.effective, "done"));

  if (basis === "plan") {
    if (planF && has(planF, "notDone")) return "notDone";
    if (planF && (planF.kind === "unknown" || planF.kind === "orphan")) return "unclear";
    if (doneInPlan) return "done";
    const s = planF?.kind === "status" ? stateOf(planF.categories, planF) : null;
    if (s) return s;
    // A plan written in words for F (今年度計画) plans work to be carried out.
    const words = item.planTexts?.find((p) => p.year === F);
    return words && filledText(words.cell.value) !== "" ? "doing" : "noPlan";
  }

  const actuals = actualsByYear(item, vocab);
  const actual = actuals.get(F);
  const statusF = actual?.status?.effective ?? ({ kind: "empty" } as Effective);
  const text = actual?.text ? filledText(actual.text.value) : "";
  if (has(statusF, "notDone") || has(actual?.textEffective ?? { kind: "empty" }, "notDone")) return "notDone";
  const empty = isEmptyActual(actual);
  if (has(statusF, "late")) return "overdue";
  if (isClosed(F, review) && planF && plansActivity(planF) && empty) return "overdue";
  if (completionMissed(plans, actuals, model, review)) return "overdue";
  if (text && reportsShortfall(text, vocab)) return "partly";
  if (statusF.kind === "unknown" || statusF.kind === "orphan") return "unclear";
  for (const a of actuals.values()) if (a.year <= F && actualSaysDone(a, plans)) return "done";
  if (statusF.kind === "status") {
    const s = stateOf(statusF.categories, planF);
    if (s) return s;
  }
  if (text) {
    const s =
      actual?.textEffective.kind === "status" ? stateOf(actual.textEffective.categories, planF) : null;
    return s ?? "doing";
  }
  // No actual yet for an open year: what is planned has not been reported.
  if (empty && planF) {
    if (planF.kind === "unknown" || planF.kind === "orphan") return "unclear";
    if (plansActivity(planF)) return "planning";
    if (has(planF, "done")) return "planning";
  }
  return "noPlan";
}

/** The cell a person should look at for an item's state. */
export function decidingCell(r: ItemStateReading): CellRef | undefined {
  return r.actual?.status?.cell ?? r.actual?.text ?? r.plan?.cell;
}
