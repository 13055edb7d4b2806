// Sheets named like cells or with spaces and symbols — the era names city workbooks are full of (R5, H30,
// 令和5年度 実績, 計画(案), Bob's): references to them are quoted, and everything works on them.

import ExcelJS from "exceljs";
import { summaryTables } from "../../src/core/summary/build";
import { clearHighlights } from "../../src/excel/highlight";
import { selectCell } from "../../src/excel/navigate";
import { parseAreaList, quoteSheetName, sheetReference } from "../../src/excel/office";
import { writeSummarySheets } from "../../src/excel/summary";
import { validate } from "../../src/excel/validate";
import { FakeExcel } from "../fake-excel";
import { parseArea, quoteSheet } from "../fake-excel/model";
import { cellsOf, ctxOf, excelJSOf } from "./workbooks";

const NAMES = ["R5", "H30", "令和5年度 実績", "計画(案)", "Bob's", "C3", "R1C1", "Sheet1"];

function workbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  NAMES.forEach((name, i) => {
    const ws = wb.addWorksheet(name);
    ws.addRow(["取組内容", "担当課", "H24", "H25"]);
    ws.addRow([`取組${i}`, "市民協働課", "実施", "実地"]);
    ws.addRow([`取組${i}b`, "市民協働課", "検討", "実施"]);
  });
  return wb;
}

test("the add-in quotes every sheet name it writes before '!'; quotes inside are doubled", () => {
  expect(quoteSheetName("R5")).toBe("'R5'");
  expect(sheetReference("Bob's", "A1")).toBe("'Bob''s'!A1");
  expect(sheetReference("令和5年度 実績", "B2")).toBe("'令和5年度 実績'!B2");
});

test("the fake refuses an unquoted reference Excel would misread, and quotes names as Excel does", () => {
  for (const bad of ["R5!A1", "H30!B2", "令和5年度 実績!A1", "計画(案)!A1", "Sheet1!A1"])
    expect(() => parseArea(bad)).toThrow(expect.objectContaining({ code: "InvalidArgument" }));
  expect(parseArea("'R5'!A1").sheet).toBe("R5");
  expect(parseArea("'Bob''s'!C3").sheet).toBe("Bob's");
  expect(parseArea("取組計画!A1").sheet).toBe("取組計画");
  // Addresses Excel returns: bare for a plain name, quoted for one that reads as a cell or holds symbols.
  expect(["R5", "H30", "C3", "R1C1", "Sheet1", "取組計画", "計画(案)"].map(quoteSheet)).toEqual([
    "'R5'",
    "'H30'",
    "'C3'",
    "'R1C1'",
    "Sheet1",
    "取組計画",
    "'計画(案)'",
  ]);
});

test("areas Office returns for such sheets are read back, whole rows and columns too", () => {
  expect(parseAreaList("'R5'!A1:B2,'Bob''s'!C3,H30!D4")).toEqual([
    { top: 1, left: 1, bottom: 2, right: 2 },
    { top: 3, left: 3, bottom: 3, right: 3 },
    { top: 4, left: 4, bottom: 4, right: 4 },
  ]);
  expect(parseAreaList("'R5'!5:7")).toEqual([{ top: 5, left: 1, bottom: 7, right: 16384 }]);
  expect(parseAreaList("C:D")).toEqual([{ top: 1, left: 3, bottom: 1048576, right: 4 }]);
  expect(parseAreaList("$B$2:$C$3")).toEqual([{ top: 2, left: 2, bottom: 3, right: 3 }]);
});

test("validate, summary links, navigation and clearing work on sheets named R5, H30, 令和5年度 実績, 計画(案), Bob's", async () => {
  const wb = workbook();
  const original = Buffer.from(await wb.xlsx.writeBuffer());
  const fake = await FakeExcel.fromFile(original);
  const { report, highlighted } = await validate(ctxOf(fake), { scope: "all", asOf: "2014-03-31" });
  expect(report.sheets.map((s) => s.name)).toEqual(NAMES);
  for (const s of report.sheets) expect(s.findings.map((f) => f.cell)).toContain("D2");
  expect(highlighted).toBeGreaterThanOrEqual(NAMES.length);

  // Summary sheets: every link names its sheet quoted (the fake refuses any other), and points at it.
  const tables = summaryTables([{ report }], { lang: "ja" });
  const { sheets } = await writeSummarySheets(ctxOf(fake), tables);
  const links = sheets.flatMap((n) => [...fake.sheet(n).links.values()]);
  expect(links.length).toBeGreaterThan(0);
  for (const l of links) expect(NAMES).toContain(parseArea(l).sheet);
  for (const name of NAMES) expect(links.some((l) => parseArea(l).sheet === name)).toBe(true);

  // Jump to a finding on each sheet.
  for (const name of NAMES) {
    await selectCell(ctxOf(fake), name, "D2");
    expect(fake.data.selection).toEqual({ sheetId: fake.sheet(name).id, address: "D2" });
  }

  // Clearing restores every sheet's cells exactly (summary sheets aside).
  const { restored } = await clearHighlights(ctxOf(fake));
  expect(restored).toBe(highlighted);
  const after = cellsOf(await excelJSOf(await fake.save()));
  const before = cellsOf(await excelJSOf(original));
  for (const [k, v] of before) expect(after.get(k)).toBe(v);
});
