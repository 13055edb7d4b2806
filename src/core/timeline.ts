// A row of status cells read in year order: continuation marks take what they continue.

import { Recent } from "./recent";
import type { StatusCategory, StatusCell } from "./types";

export type Effective =
  | { kind: "empty" }
  | { kind: "status"; categories: StatusCategory[] }
  | { kind: "unknown" }
  | { kind: "orphan" };

export interface YearStatus {
  year: number;
  cell: StatusCell;
  effective: Effective;
}

// An item's plan and actual rows, asked for by several rules in turn.
// Shared readings without data (nobody mutates an Effective): no object per empty cell.
export const EMPTY: Effective = { kind: "empty" };
export const UNKNOWN: Effective = { kind: "unknown" };
const ORPHAN: Effective = { kind: "orphan" };

const resolved = new Recent<object, YearStatus[]>(4);

/** Resolves each cell: a continuation mark continues the nearest earlier non-empty cell of the same row. */
export function resolveRow(cells: { year: number; cell: StatusCell }[]): YearStatus[] {
  const hit = resolved.get(cells);
  if (hit) return hit;
  const out: YearStatus[] = [];
  let last: Effective = ORPHAN;
  for (const { year, cell } of cells) {
    let effective: Effective;
    switch (cell.kind) {
      case "empty":
        effective = EMPTY;
        break;
      case "status":
        effective = { kind: "status", categories: cell.categories };
        last = effective;
        break;
      case "unknown":
        effective = UNKNOWN;
        last = effective;
        break;
      case "continue":
        effective = last;
        break;
    }
    out.push({ year, cell, effective });
  }
  resolved.set(cells, out);
  return out;
}

export function has(e: Effective, cat: StatusCategory): boolean {
  return e.kind === "status" && e.categories.includes(cat);
}

/** A plan or doing word, or a mark continuing one: activity is planned. */
export function plansActivity(e: Effective): boolean {
  return e.kind === "status" && e.categories.some((c) => c === "plan" || c === "doing");
}
