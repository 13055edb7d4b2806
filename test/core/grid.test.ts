// The grid reads sparse snapshots (holes for what holds nothing) as it reads dense ones (nulls),
// at the cost of the rows that hold something: nextRow steps over empty rows, the merge index
// lists merges by bands of rows, never by cell.

import { checkWorkbook } from "../../src/core/check";
import { eachEntry, Grid } from "../../src/core/grid";
import type { CellValue, SheetSnapshot } from "../../src/core/types";
import { expectedFixtures, snapshotsOf } from "../helpers/fixtures";

/** The snapshot with every hole of its rectangle filled with null, as a dense reader writes it. */
function dense(s: SheetSnapshot): SheetSnapshot {
  let width = 0;
  s.values.forEach((r) => (width = Math.max(width, r.length)));
  for (const m of s.merges) width = Math.max(width, m.right - s.origin.col + 1);
  const values: CellValue[][] = [];
  for (let r = 0; r < s.values.length; r++) {
    const row = new Array<CellValue>(width).fill(null);
    s.values[r]?.forEach((v, c) => (row[c] = v));
    values.push(row);
  }
  return { ...s, values };
}

function sheet(values: CellValue[][], merges: SheetSnapshot["merges"] = []): SheetSnapshot {
  return { name: "S", origin: { row: 1, col: 1 }, values, merges };
}

describe("a sparse snapshot", () => {
  it.each(expectedFixtures().map((e) => [e.workbook, e.asOf] as const))(
    "%s gives the same report sparse as dense",
    async (file, asOf) => {
      const sparse = await snapshotsOf(file);
      expect(sparse.some((s) => s.values.some((r) => r.length > 0 && Object.keys(r).length < r.length))).toBe(
        true,
      );
      const a = checkWorkbook(sparse, { asOf });
      const b = checkWorkbook(sparse.map(dense), { asOf });
      expect(JSON.stringify(a.sheets)).toBe(JSON.stringify(b.sheets));
    },
  );

  it("steps from row to row that holds something, through merges", () => {
    const values: CellValue[][] = [];
    values[0] = ["a"];
    values[9] = [null, "b"];
    values[999_999] = ["c"];
    values.length = 1_000_000;
    const g = new Grid(sheet(values, [{ top: 20, left: 1, bottom: 22, right: 2 }]));
    const rows: number[] = [];
    for (let r = g.top; r <= g.bottom; r = g.nextRow(r)) rows.push(r);
    expect(rows).toEqual([1, 10, 20, 21, 22, 1_000_000]);
    expect([g.bottom, g.right]).toEqual([1_000_000, 2]);
    expect(g.rowCells(10)).toEqual([2]);
    expect(g.rowCells(500)).toEqual([]);
  });

  it("finds the merge of a cell whatever its height, the last listed where merges overlap", () => {
    const tall = { top: 1, left: 3, bottom: 900_000, right: 3 };
    const a = { top: 5, left: 1, bottom: 40, right: 2 };
    const b = { top: 40, left: 2, bottom: 41, right: 2 };
    const values: CellValue[][] = [["x"]];
    values.length = 900_000;
    const g = new Grid(sheet(values, [tall, a, b]));
    expect(g.mergeAt(899_999, 3)).toBe(tall);
    expect(g.mergeAt(17, 1)).toBe(a);
    expect(g.mergeAt(40, 2)).toBe(b);
    expect(g.mergeAt(42, 2)).toBeNull();
    expect(g.isCovered(1, 3)).toBe(false);
    expect(g.isCovered(2, 3)).toBe(true);
  });

  it("spans merges that reach past the last value", () => {
    const g = new Grid(sheet([["x"]], [{ top: 2, left: 2, bottom: 4, right: 6 }]));
    expect([g.bottom, g.right, g.shown(4, 6)]).toEqual([4, 6, ""]);
  });
});

describe("eachEntry", () => {
  it("visits the entries of dense and sparse arrays in order, never their holes", () => {
    const seen = (a: unknown[]) => {
      const out: [unknown, number][] = [];
      eachEntry(a, (v, i) => out.push([v, i]));
      return out;
    };
    const sparse: string[] = [];
    sparse[3] = "a";
    sparse[2_000_000] = "b";
    expect(seen(sparse)).toEqual([
      ["a", 3],
      ["b", 2_000_000],
    ]);
    expect(seen(["x", null, "y"])).toEqual([
      ["x", 0],
      [null, 1],
      ["y", 2],
    ]);
  });
});
