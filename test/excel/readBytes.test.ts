// Bytes validate reads: the used range's values once, the merged areas, and the fills of the cells it
// colours — not the fill of every cell of the sheet, and one record for cells that share a fill.

import ExcelJS from "exceljs";
import { clearHighlights } from "../../src/excel/highlight";
import { validate } from "../../src/excel/validate";
import { FakeExcel } from "../fake-excel";
import { jsonSize } from "../fake-excel/context";
import { generateTableSheet } from "../helpers/generate";
import { ctxOf } from "./workbooks";

function planWorkbook(items: number) {
  const sheet = generateTableSheet(items);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet.name);
  for (const row of sheet.values) ws.addRow(row);
  for (const m of sheet.merges) ws.mergeCells(m.top, m.left, m.bottom, m.right);
  return { sheet, wb, ws };
}

test("a sheet read in one sync: values, then the fills of the finding cells only, then the write", async () => {
  const { sheet, wb, ws } = planWorkbook(2_000);
  // A filled cell that is not a finding: its fill must not be read.
  ws.getCell("A2").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
  const fake = FakeExcel.fromWorkbook(wb);
  fake.resetCounters();
  const { highlighted } = await validate(ctxOf(fake), { scope: "active", asOf: "2014-03-31" });
  expect(highlighted).toBeGreaterThan(1_000);
  expect(fake.syncCount).toBe(3);

  const values = jsonSize(sheet.values.map((r) => r.map((v) => v ?? "")));
  const cells = sheet.values.length * sheet.values[0].length;
  const [read, fills] = fake.syncs;
  // The first read: values and a little geometry, far less than a fill record for every cell would add.
  expect(read.responseBytes).toBeLessThan(values * 1.1);
  // The fill read: the finding cells are all plain, so one record per address list of them.
  expect(fills.responseBytes).toBeLessThan(highlighted);
  expect(fills.responseBytes).toBeLessThan(cells / 10);
  // Everything read stays under the floor (values + one fill record per coloured cell).
  const floor = values + highlighted * jsonSize({ pattern: "None", color: "#FFFFFF" });
  expect(fake.syncs.reduce((n, s) => n + s.responseBytes, 0)).toBeLessThan(floor);
});

test("cells people coloured: read cell by cell where fills differ, and every one restored exactly", async () => {
  const { sheet, wb, ws } = planWorkbook(600);
  const yellow: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
  const hatched: ExcelJS.Fill = {
    type: "pattern",
    pattern: "gray125",
    fgColor: { argb: "FF808080" },
    bgColor: { argb: "FFFFFFFF" },
  };
  for (let r = 4; r < 604; r += 10)
    for (const c of ["E", "F", "G", "H", "I"]) ws.getCell(`${c}${r}`).fill = yellow;
  for (let r = 4; r < 604; r += 30) ws.getCell(`I${r}`).fill = hatched;
  const fake = FakeExcel.fromWorkbook(wb);
  const before = new Map([...fake.sheet(sheet.name).fills].map(([k, f]) => [k, { ...f }]));
  expect(before.size).toBe(300);
  expect([...before.values()].filter((f) => f.pattern !== "Solid" && f.patternColor)).toHaveLength(20);
  fake.resetCounters();
  const { highlighted } = await validate(ctxOf(fake), { scope: "active", asOf: "2014-03-31" });
  // Read, lists, cells, the hatched cells' pattern colours, write.
  expect(fake.syncCount).toBe(5);
  const values = jsonSize(sheet.values.map((r) => r.map((v) => v ?? "")));
  const read = fake.syncs.reduce((n, s) => n + s.responseBytes, 0);
  // Where fills differ Office answers ≈ 63 bytes a cell (the floor counts 36), plus a record per list
  // (≈ 110 bytes with the tints) and the hatched cells' pattern colours: under 70 bytes a coloured cell in
  // all, and a few hundred bytes of list records.
  expect(read).toBeLessThan(values * 1.01 + highlighted * 70 + 500);
  await clearHighlights(ctxOf(fake));
  expect(new Map(fake.sheet(sheet.name).fills)).toEqual(before);
});
