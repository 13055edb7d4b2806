// Per-policy figures: item counts by state, 実施率, and the basis they were read on.

import type { PolicyFigures } from "../types";
import { STATES, type ItemState } from "./state";

export function emptyFigures(basis: "actual" | "plan"): PolicyFigures {
  return {
    items: 0,
    notDone: 0,
    overdue: 0,
    partly: 0,
    unclear: 0,
    done: 0,
    doing: 0,
    planning: 0,
    noPlan: 0,
    rate: null,
    basis,
  };
}

export function addState(f: PolicyFigures, state: ItemState): void {
  f.items++;
  f[state]++;
}

/** 実施率 = 1 − (notDone + overdue + unclear) / (items − noPlan), on an actual basis only; rounded to 4 places. */
export function withRate(f: PolicyFigures): PolicyFigures {
  const divisor = f.items - f.noPlan;
  const rate =
    f.basis === "actual" && divisor > 0
      ? Math.round((1 - (f.notDone + f.overdue + f.unclear) / divisor) * 1e4) / 1e4
      : null;
  return { ...f, rate };
}

export function sumFigures(list: PolicyFigures[], basis: "actual" | "plan"): PolicyFigures {
  const total = emptyFigures(basis);
  for (const f of list) {
    total.items += f.items;
    for (const s of STATES) total[s] += f[s];
  }
  return withRate(total);
}
