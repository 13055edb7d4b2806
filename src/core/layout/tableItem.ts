// An item of a plan table, read from its row when asked. A sheet of 100,000 rows would otherwise
// keep about thirty objects per item (status cells, addresses, year pairs) from analysis to the end:
// the item keeps its row and the block's columns, and builds its cells for the few rules and
// summaries that look at it in turn (the last items' cells are remembered, so they ask once).

import { rangeAddress } from "../address";
import type { Grid } from "../grid";
import { Recent } from "../recent";
import { statusCell } from "../status";
import type { CellRef, PlanItem, StatusCell } from "../types";
import type { Vocabulary } from "../vocabulary";

/** Where a block's items have their cells: resolved once per block, shared by its items. */
export interface ItemColumns {
  grid: Grid;
  vocab: Vocabulary;
  /** Plan columns in year order. */
  plan: { year: number; col: number }[];
  /** Plan columns holding free text (今年度計画): what is planned, in words, not a status. */
  planText: { year: number; col: number }[];
  /** Actual columns holding statuses or marks. */
  actual: { year: number; col: number }[];
  /** Actual columns holding free text. */
  result: { year: number; col: number }[];
  department: number | null;
  left: number;
  right: number;
}

interface Cells {
  schedule: { year: number; cell: StatusCell }[];
  planTexts: { year: number; cell: CellRef }[];
  actuals: { year: number; cell: StatusCell }[];
  results: { year: number; cell: CellRef }[];
}

const recent = new Recent<TableItem, Cells>(4);
// Apart from the status cells: department rules and the department summaries read only this.
const recentDepartment = new Recent<TableItem, CellRef | null>(4);

export class TableItem implements PlanItem {
  readonly #columns: ItemColumns;

  constructor(
    readonly index: number,
    readonly path: string[],
    readonly title: string,
    readonly detail: string,
    readonly row: number,
    columns: ItemColumns,
  ) {
    this.#columns = columns;
  }

  get department(): CellRef | null {
    let hit = recentDepartment.get(this);
    if (hit === undefined) {
      const { grid, department } = this.#columns;
      if (department === null) hit = null;
      else {
        const m = grid.master(this.row, department);
        hit = grid.ref(m.row, m.col);
      }
      recentDepartment.set(this, hit);
    }
    return hit;
  }

  get schedule(): { year: number; cell: StatusCell }[] {
    return this.cells().schedule;
  }

  get planTexts(): { year: number; cell: CellRef }[] {
    return this.cells().planTexts;
  }

  get actuals(): { year: number; cell: StatusCell }[] {
    return this.cells().actuals;
  }

  get results(): { year: number; cell: CellRef }[] {
    return this.cells().results;
  }

  get range(): string {
    return rangeAddress(this.row, this.#columns.left, this.row, this.#columns.right);
  }

  /** The same shape as an item of any other layout. */
  toJSON(): PlanItem {
    const { index, path, title, detail, row, department, schedule, actuals, results, range } = this;
    const item: PlanItem = { index, path, title, detail, row, department, schedule, actuals, results, range };
    if (this.#columns.planText.length) item.planTexts = this.planTexts;
    return item;
  }

  private cells(): Cells {
    const hit = recent.get(this);
    if (hit) return hit;
    const { grid, vocab } = this.#columns;
    const r = this.row;
    const c = this.#columns;
    const cells: Cells = {
      schedule: c.plan.map((p) => ({ year: p.year, cell: statusCell(grid, r, p.col, vocab) })),
      actuals: c.actual.map((p) => ({ year: p.year, cell: statusCell(grid, r, p.col, vocab) })),
      results: c.result.map((p) => textCell(grid, r, p)),
      planTexts: c.planText.map((p) => textCell(grid, r, p)),
    };
    recent.set(this, cells);
    return cells;
  }
}

/** A free-text cell of the item's row (a merged cell: its master). */
function textCell(
  grid: Grid,
  row: number,
  p: { year: number; col: number },
): { year: number; cell: CellRef } {
  const m = grid.master(row, p.col);
  return { year: p.year, cell: grid.ref(m.row, m.col) };
}
