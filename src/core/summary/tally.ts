// Counting items by state when a group mixes sheets read from actuals and from plans.

import type { PolicyFigures } from "../types";
import { addState, emptyFigures, withRate } from "./figures";
import type { Basis } from "./labels";
import { STATES, type ItemState, type ItemStateReading } from "./state";

export interface TallyFigures {
  counts: Record<ItemState, number> & { items: number };
  /** 実施率 over the items read from actuals; null when there are none (plan-only figures say nothing done). */
  rate: number | null;
  basis: Basis;
}

export class Tally {
  private readonly actual: PolicyFigures = emptyFigures("actual");
  private readonly plan: PolicyFigures = emptyFigures("plan");

  add(reading: ItemStateReading): void {
    addState(reading.basis === "actual" ? this.actual : this.plan, reading.state);
  }

  get items(): number {
    return this.actual.items + this.plan.items;
  }

  figures(): TallyFigures {
    const counts = { items: this.items } as TallyFigures["counts"];
    for (const s of STATES) counts[s] = this.actual[s] + this.plan[s];
    const basis: Basis = this.plan.items === 0 ? "actual" : this.actual.items === 0 ? "plan" : "mixed";
    return { counts, rate: this.actual.items > 0 ? withRate(this.actual).rate : null, basis };
  }
}

/** The basis of a table: "mixed" when its groups were read on different bases. */
export function tableBasis(list: { basis: Basis }[]): Basis {
  const set = new Set(list.map((f) => f.basis));
  if (set.size === 1) return [...set][0];
  return set.size === 0 ? "actual" : "mixed";
}
