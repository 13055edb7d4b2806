// Reading the fills of the cells the add-in colours: one record per address list whose cells agree, cell by
// cell only where they differ, the pattern's colour only for hatched cells — always the exact fill.

import ExcelJS from "exceljs";
import { commonFill, fillFromProps, FillReader, type FillCell } from "../../src/excel/fillReads";
import { FakeExcel } from "../fake-excel";
import { key } from "../fake-excel/model";
import { ctxOf } from "./workbooks";

function sheetWith(rows: number): FakeExcel {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("S");
  for (let r = 1; r <= rows; r++) ws.addRow([`取組${r}`, "実施"]);
  return FakeExcel.fromWorkbook(wb);
}

function readerOf(fake: FakeExcel): FillReader {
  return new FillReader(new Map([["S", ctxOf(fake).workbook.worksheets.getItem("S")]]));
}

const column = (col: string, rows: number[], expect = ""): FillCell[] =>
  rows.map((r) => ({ sheet: "S", cell: `${col}${r}`, expect }));
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

test("cells that agree: one small record for the whole list, one sync", async () => {
  const fake = sheetWith(3000);
  for (const r of range(1, 1500))
    fake.sheet("S").fills.set(key(r, 2), { pattern: "Solid", color: "#FFC7CE" });
  const fills = readerOf(fake);
  const cells = [...column("B", range(1, 1500), "#FFC7CE"), ...column("B", range(1501, 3000))];
  await fills.read(ctxOf(fake), cells);
  expect(fake.syncCount).toBe(1);
  // Two lists (one per expected fill), a record each (colour, pattern, pattern colour and their tints).
  expect(fake.syncs[0].responseBytes).toBeLessThan(250);
  expect(fills.get("S", "B10")).toEqual({ pattern: "Solid", color: "#FFC7CE" });
  expect(fills.get("S", "$B$2000")).toEqual({ pattern: "None", color: "#FFFFFF" });
  // Nothing is read twice.
  await fills.read(ctxOf(fake), cells);
  expect(fake.syncCount).toBe(1);
});

test("cells that differ: read cell by cell, the pattern's colour only for hatched cells; every fill exact", async () => {
  const fake = sheetWith(300);
  const s = fake.sheet("S");
  for (const r of range(1, 300).filter((r) => r % 10 === 0))
    s.fills.set(key(r, 2), { pattern: "Solid", color: "#FFFF00" });
  s.fills.set(key(7, 2), { pattern: "Gray25", color: "#FFFFFF", patternColor: "#808080" });
  s.fills.set(key(8, 2), { pattern: "Grid", color: "#00FF00", patternColor: "#0000FF" });
  const fills = readerOf(fake);
  await fills.read(ctxOf(fake), column("B", range(1, 300)));
  // Lists, cells, then the pattern colours of the two hatched cells.
  expect(fake.syncCount).toBe(3);
  expect(fake.syncs[2].responseBytes).toBeLessThan(200);
  for (const r of range(1, 300))
    expect(fills.get("S", `B${r}`)).toEqual(fillFromProps(s.fills.get(key(r, 2))));
  expect(fills.get("S", "B7")).toEqual({ pattern: "Gray25", color: "#FFFFFF", patternColor: "#808080" });
  // A cell record without the pattern's colour: ≈ 63 bytes with its row brackets, not the 85 of a full one.
  expect(fake.syncs[1].responseBytes).toBeLessThan(300 * 66);
});

test("without hatched cells a mixed list costs one more sync, not two", async () => {
  const fake = sheetWith(50);
  fake.sheet("S").fills.set(key(3, 2), { pattern: "Solid", color: "#FFFF00" });
  const fills = readerOf(fake);
  await fills.read(ctxOf(fake), column("B", range(1, 50)));
  expect(fake.syncCount).toBe(2);
  expect(fills.get("S", "B3")).toEqual({ pattern: "Solid", color: "#FFFF00" });
  expect(fills.get("S", "B4")).toEqual({ pattern: "None", color: "#FFFFFF" });
});

test("queued with another batch and queued again when that batch is retried: the last queue counts", async () => {
  const fake = sheetWith(20);
  const fills = readerOf(fake);
  const first = fills.queue(column("B", range(1, 20)));
  expect(first).not.toBeNull();
  fake.context.queue = []; // the batch was refused and dropped
  const again = fills.queue(column("B", range(1, 20)))!;
  await ctxOf(fake).sync();
  again();
  expect(fills.get("S", "B20")).toEqual({ pattern: "None", color: "#FFFFFF" });
  expect(fills.queue(column("B", range(1, 20)))).toBeNull();
});

test("tens of thousands of scattered cells: address lists under the 8,192-character limit, few syncs", async () => {
  const fake = sheetWith(60_000);
  const fills = readerOf(fake);
  // Every other row of two columns: no runs to shorten the lists.
  const cells = [
    ...column(
      "A",
      range(1, 30_000).map((r) => 2 * r),
    ),
    ...column(
      "B",
      range(1, 30_000).map((r) => 2 * r - 1),
    ),
  ];
  await fills.read(ctxOf(fake), cells);
  expect(fake.syncCount).toBeLessThanOrEqual(2);
  expect(fills.get("S", "A60000")).toEqual({ pattern: "None", color: "#FFFFFF" });
  expect(fills.get("S", "B1")).toEqual({ pattern: "None", color: "#FFFFFF" });
});

test("a list's fill counts as shared only when everything a restore needs is shared", () => {
  const none = { tintAndShade: 0, patternTintAndShade: 0 };
  expect(commonFill({ ...none, pattern: null, color: "#FFFFFF" })).toBeNull();
  expect(commonFill({ ...none, pattern: "Solid", color: null })).toBeNull();
  expect(commonFill({ ...none, pattern: "Gray25", color: "#FFFFFF", patternColor: null })).toBeNull();
  // Tints that differ from cell to cell: read cell by cell.
  expect(commonFill({ pattern: "Solid", color: "#4F81BD", tintAndShade: null })).toBeNull();
  expect(commonFill({ pattern: "None", color: null })).toEqual({
    fill: { pattern: "None", color: "#FFFFFF" },
  });
  expect(commonFill({ ...none, pattern: "Solid", color: "#ffc7ce", patternColor: null })).toEqual({
    fill: { pattern: "Solid", color: "#FFC7CE" },
  });
  expect(commonFill({ ...none, pattern: "Grid", color: "#00ff00", patternColor: "#0000ff" })).toEqual({
    fill: { pattern: "Grid", color: "#00FF00", patternColor: "#0000FF" },
  });
  // Shared, but not to be written back as it is: a tinted theme colour, a gradient.
  expect(commonFill({ ...none, pattern: "Solid", color: "#4F81BD", tintAndShade: 0.8 })?.unrestorable).toBe(
    "tint",
  );
  expect(commonFill({ ...none, pattern: "LinearGradient", color: "#FFFFFF" })?.unrestorable).toBe("gradient");
});
