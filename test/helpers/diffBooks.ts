// Pairs of plan workbooks, last year's and this year's, written as real .xlsx files: one table of
// 方針 | 取組 | 担当課 | R5 計画・実績・実施結果 | R6 計画・実績 | R7 計画・実績 (header on two rows).

import { columnLetter } from "../../src/core/address";
import type { CellInput, SheetSpec } from "./workbook";

export interface ItemSpec {
  policy: string;
  title: string;
  department: string;
  /** Plan per year R5, R6, R7. */
  plan: CellInput[];
  /** Actual per year R5, R6, R7. */
  actual: CellInput[];
  /** R5's result text. */
  result?: string;
}

export interface Placement {
  /** Lines above the table (a title, a blank line …). */
  above?: number;
  /** Empty columns left of the table. */
  left?: number;
  sheet?: string;
}

/** The columns of the table, in order; each year's cells after the three item columns. */
const HEAD: CellInput[] = ["方針", "取組", "担当課", "R5", null, null, "R6", null, "R7", null];
const SUB: CellInput[] = [null, null, null, "計画", "実績", "実施結果", "計画", "実績", "計画", "実績"];

/** The columns of each cell of an item's row, from column 1 of the table. */
export const COL = {
  policy: 1,
  title: 2,
  department: 3,
  plan: [4, 7, 9],
  actual: [5, 8, 10],
  result: 6,
} as const;

/** A plan sheet holding the items, placed as asked. */
export function planSheet(items: ItemSpec[], at: Placement = {}): SheetSpec {
  const above = at.above ?? 0;
  const left = at.left ?? 0;
  const pad = (cells: CellInput[]): CellInput[] => [...new Array<CellInput>(left).fill(null), ...cells];
  const lines: CellInput[][] = [];
  for (let i = 0; i < above; i++) lines.push(i === 0 ? pad(["令和7年度 実施計画 進行管理表"]) : []);
  const rows = items.map((it) =>
    pad([
      it.policy,
      it.title,
      it.department,
      it.plan[0] ?? null,
      it.actual[0] ?? null,
      it.result ?? null,
      it.plan[1] ?? null,
      it.actual[1] ?? null,
      it.plan[2] ?? null,
      it.actual[2] ?? null,
    ]),
  );
  const top = above + 1;
  const c = (n: number) => columnLetter(n + left);
  const merges = [
    ...[1, 2, 3].map((n) => `${c(n)}${top}:${c(n)}${top + 1}`),
    `${c(4)}${top}:${c(6)}${top}`,
    `${c(7)}${top}:${c(8)}${top}`,
    `${c(9)}${top}:${c(10)}${top}`,
  ];
  return { name: at.sheet ?? "実施計画", rows: [...lines, pad(HEAD), pad(SUB), ...rows], merges };
}

/** The address of an item's cell in a sheet placed as asked: `index` counts the items from 0. */
export function cellOf(index: number, col: number, at: Placement = {}): string {
  return `${columnLetter(col + (at.left ?? 0))}${(at.above ?? 0) + 3 + index}`;
}
