// Bytes validate reads: the used range's values once, the merged areas, and the fills of the cells it
// colours — not the fill of every cell of the sheet.

import ExcelJS from "exceljs";
import { validate } from "../../src/excel/validate";
import { FakeExcel } from "../fake-excel";
import { jsonSize } from "../fake-excel/context";
import { generateTableSheet } from "../helpers/generate";
import { ctxOf } from "./workbooks";

test("a sheet read in one sync: values, then the fills of the finding cells only, then the write", async () => {
  const sheet = generateTableSheet(2_000);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet.name);
  for (const row of sheet.values) ws.addRow(row);
  for (const m of sheet.merges) ws.mergeCells(m.top, m.left, m.bottom, m.right);
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
  // The fill read: one small record per coloured cell, nothing for the others.
  expect(fills.responseBytes).toBeLessThan(highlighted * 120);
  expect(fills.responseBytes).toBeLessThan(cells * 10);
  // Everything read stays within 1.5× the floor (values + one fill record per coloured cell).
  const floor = values + highlighted * jsonSize({ pattern: "None", color: "#FFFFFF" });
  expect(fake.syncs.reduce((n, s) => n + s.responseBytes, 0)).toBeLessThan(floor * 1.5);
});
