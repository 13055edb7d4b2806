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
import { cellText } from "../text/normalize";
import { has, plansActivity, resolveRow, type Effective, type YearStatus } from "../timeline";
import type { CellRef, PlanItem, StatusCategory } from "../types";

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
  const vocab = model.vocabulary;
  const plans = resolveRow(item.schedule);
  const plan = plans.find((p) => p.year === F);
  const planF = plan?.effective;
  const doneInPlan = plans.some((p) => p.year <= F && p.cell.kind === "status" && has(p.effective, "done"));
  const basis = model.actualYears.includes(F) ? "actual" : "plan";

  if (basis === "plan") {
    const read = (state: ItemState): ItemStateReading => ({ state, basis, plan });
    if (planF && has(planF, "notDone")) return read("notDone");
    if (planF && (planF.kind === "unknown" || planF.kind === "orphan")) return read("unclear");
    if (doneInPlan) return read("done");
    return read((planF?.kind === "status" && stateOf(planF.categories, planF)) || "noPlan");
  }

  const actuals = actualsByYear(item, vocab);
  const actual = actuals.get(F);
  const read = (state: ItemState): ItemStateReading => ({ state, basis, plan, actual });
  const statusF = actual?.status?.effective ?? ({ kind: "empty" } as Effective);
  const text = actual?.text ? cellText(actual.text.value) : "";
  if (has(statusF, "notDone") || has(actual?.textEffective ?? { kind: "empty" }, "notDone"))
    return read("notDone");
  const empty = isEmptyActual(actual);
  if (has(statusF, "late")) return read("overdue");
  if (isClosed(F, review) && planF && plansActivity(planF) && empty) return read("overdue");
  if (completionMissed(plans, actuals, model, review)) return read("overdue");
  if (text && reportsShortfall(text, vocab)) return read("partly");
  if (statusF.kind === "unknown" || statusF.kind === "orphan") return read("unclear");
  const doneByF = [...actuals.values()].some((a) => a.year <= F && actualSaysDone(a, plans));
  if (doneByF) return read("done");
  if (statusF.kind === "status") {
    const s = stateOf(statusF.categories, planF);
    if (s) return read(s);
  }
  if (text) {
    const s =
      actual?.textEffective.kind === "status" ? stateOf(actual.textEffective.categories, planF) : null;
    return read(s ?? "doing");
  }
  // No actual yet for an open year: what is planned has not been reported.
  if (empty && planF) {
    if (planF.kind === "unknown" || planF.kind === "orphan") return read("unclear");
    if (plansActivity(planF)) return read("planning");
    if (has(planF, "done")) return read("planning");
  }
  return read("noPlan");
}

/** The cell a person should look at for an item's state. */
export function decidingCell(r: ItemStateReading): CellRef | undefined {
  return r.actual?.status?.cell ?? r.actual?.text ?? r.plan?.cell;
}
