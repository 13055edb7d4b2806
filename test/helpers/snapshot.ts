// A snapshot's cells by address, for tests: the same whether a reader writes a sparse snapshot
// (holes) or a dense one (nulls), and short to write by hand.

import { address } from "../../src/core/address";
import type { CellValue, SheetSnapshot } from "../../src/core/types";

/** Every cell that holds a value, by A1 address, in sheet order. */
export function cellsOf(s: SheetSnapshot): Record<string, Exclude<CellValue, null>> {
  const out: Record<string, Exclude<CellValue, null>> = {};
  s.values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v !== null && v !== undefined && v !== "") out[address(s.origin.row + r, s.origin.col + c)] = v;
    }),
  );
  return out;
}

/** The snapshot as a reader writes it sparse: rows and cells that hold nothing are holes. */
export function sparse(s: SheetSnapshot): SheetSnapshot {
  const values: CellValue[][] = [];
  s.values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v !== null && v !== undefined && v !== "") (values[r] ??= [])[c] = v;
    }),
  );
  values.length = s.values.length;
  return { ...s, values };
}
