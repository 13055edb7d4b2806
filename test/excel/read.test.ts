// Reading through Office.js (the fake) gives the ExcelJS reader's snapshots and the same findings.

import ExcelJS from "exceljs";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { checkWorkbook } from "../../src/core/check";
import {
  READ_LIMITS,
  readSheetSnapshot,
  readSheets,
  readWorkbookSnapshots,
  SheetReader,
} from "../../src/excel/read";
import { loadWorkbook, workbookSheets } from "../../src/xlsx/read";
import { FakeExcel } from "../fake-excel";
import { expectedFixtures, FIXTURES } from "../helpers/fixtures";
import { dense } from "./workbooks";

const ctxOf = (f: FakeExcel) => f.context as unknown as Excel.RequestContext;
const files = readdirSync(FIXTURES).filter((n) => n.endsWith(".xlsx"));

async function fakeAndExcelJS(build: (wb: ExcelJS.Workbook) => void) {
  const wb = new ExcelJS.Workbook();
  build(wb);
  const buf = Buffer.from(await wb.xlsx.writeBuffer());
  return {
    fake: await FakeExcel.fromFile(buf),
    sheets: workbookSheets(await loadWorkbook(buf)).map((s) => s.snapshot),
  };
}

describe.each(files)("%s", (file) => {
  test("snapshots equal the ExcelJS reader's; findings are the same", async () => {
    const fake = await FakeExcel.fromFile(join(FIXTURES, file));
    const viaOffice = await readWorkbookSnapshots(ctxOf(fake));
    const viaExcelJS = workbookSheets(await loadWorkbook(join(FIXTURES, file))).map((s) => s.snapshot);
    expect(viaOffice.map(dense)).toEqual(viaExcelJS.map(dense));
    expect(fake.syncCount).toBe(2);
    const expected = expectedFixtures().find((e) => e.workbook === file)!;
    const a = checkWorkbook(viaOffice, { asOf: expected.asOf });
    const b = checkWorkbook(viaExcelJS, { asOf: expected.asOf });
    expect(a.sheets.map((s) => s.findings)).toEqual(b.sheets.map((s) => s.findings));
    expect(a.sheets.map((s) => s.name)).toEqual(Object.keys(expected.sheets));
  });

  test("each sheet is read in one sync", async () => {
    const fake = await FakeExcel.fromFile(join(FIXTURES, file));
    for (const s of fake.data.sheets) {
      fake.resetCounters();
      const snap = await readSheetSnapshot(ctxOf(fake), s.name);
      expect(snap.name).toBe(s.name);
      expect(fake.syncCount).toBe(1);
    }
  });
});

test("dates, numbers, booleans, errors, formulas' results, blank and merge-only sheets read as ExcelJS reads them", async () => {
  const { fake, sheets } = await fakeAndExcelJS((wb) => {
    const ws = wb.addWorksheet("S");
    ws.getCell("B2").value = new Date(Date.UTC(2024, 2, 31));
    ws.getCell("C2").value = 12.5;
    ws.getCell("C2").numFmt = "0.0";
    ws.getCell("D2").value = true;
    ws.getCell("E2").value = { error: "#N/A" } as ExcelJS.CellErrorValue;
    ws.getCell("B3").value = {
      formula: "B2+1",
      result: new Date(Date.UTC(2024, 3, 1)),
    } as ExcelJS.CellFormulaValue;
    ws.getCell("B3").numFmt = "[$-411]ggge年m月d日";
    ws.getCell("C3").value = { formula: "C2*2", result: 25 } as ExcelJS.CellFormulaValue;
    ws.getCell("D4").value = "=not a formula";
    ws.mergeCells("B5:F6");
    wb.addWorksheet("blank");
    wb.addWorksheet("merges").mergeCells("C3:D4");
  });
  const snaps = (await readWorkbookSnapshots(ctxOf(fake))).map(dense);
  expect(snaps).toEqual(sheets.map(dense));
  expect(snaps[0].values[0][0]).toEqual({ date: "2024-03-31" });
  expect(snaps[0].values[1][0]).toEqual({ date: "2024-04-01" });
  expect(snaps[0].values.length).toBe(5);
});

test("values that come back null, or a read refused past 5,000,000 cells, are read again in smaller chunks, never an empty sheet", async () => {
  for (const mode of ["null", "throw"] as const) {
    const { fake, sheets } = await fakeAndExcelJS((wb) => {
      const ws = wb.addWorksheet("S");
      for (let r = 1; r <= 300; r++) ws.getCell(r, 1).value = `取組${r}`;
      ws.getCell("B300").value = "y";
    });
    fake.cellLimit = mode;
    // Chunks set far too large: 6,000,000 cells at a time, past Excel's 5,000,000.
    const limits = {
      ...READ_LIMITS,
      firstRows: 1,
      maxBytes: 1e12,
      maxCells: 6_000_000,
      guessBytesPerCell: 1,
    };
    const wide = ctxOf(fake).workbook.worksheets.getItem("S");
    // 300 rows × 16,384 columns: a value in XFD1 makes the used range that wide.
    fake.sheet("S").set(1, 16384, "far");
    const [read] = await readSheets(ctxOf(fake), [new SheetReader(wide, { ...limits, firstCols: 16_384 })]);
    const snap = dense(read.snapshot);
    expect(snap.values[0][0]).toBe("取組1");
    expect(snap.values[0][16383]).toBe("far");
    expect(snap.values[299][1]).toBe("y");
    expect(read.chunks).toBeGreaterThan(1);
    expect(sheets[0].values.length).toBe(300);
  }
  // Two reads of ~5,000,000 cells each: seconds on a quiet machine, minutes on a loaded one.
}, 300_000);

test("a single row that still comes back null is the read-null error, never an empty sheet", async () => {
  const { fake } = await fakeAndExcelJS((wb) => {
    const ws = wb.addWorksheet("S");
    for (let r = 1; r <= 30; r++) ws.getCell(r, 1).value = `取組${r}`;
  });
  // Excel also answers null where it documents no limit (office-js#4792, whole rows selected).
  fake.nullValues = (_, box) => box.top <= 20 && box.bottom >= 20;
  const reader = new SheetReader(ctxOf(fake).workbook.worksheets.getItem("S"), {
    ...READ_LIMITS,
    firstRows: 10,
  });
  await expect(readSheets(ctxOf(fake), [reader])).rejects.toMatchObject({ code: "read-null" });
});

test("a sheet longer than the first rows: those come with the geometry, the rest in chunks, each row once", async () => {
  const { fake, sheets } = await fakeAndExcelJS((wb) => {
    const ws = wb.addWorksheet("S");
    for (let r = 1; r <= 95; r++) ws.addRow([`取組${r}`, r % 7 === 0 ? "" : "実施", `No.${r}`]);
    ws.mergeCells("A96:C97");
  });
  const limits = { ...READ_LIMITS, firstRows: 40, maxBytes: 1200 };
  const [read] = await readSheets(ctxOf(fake), [
    new SheetReader(ctxOf(fake).workbook.worksheets.getItem("S"), limits),
  ]);
  expect(dense(read.snapshot)).toEqual(dense(sheets[0]));
  // 40 rows with the geometry; 55 left at ≈ 25 bytes a row in chunks of ≤ 1,200 / 1.25 bytes.
  expect(read.chunks).toBe(fake.syncCount - 1);
  expect(read.chunks).toBeGreaterThanOrEqual(2);
  expect(fake.syncs.slice(1).every((s) => s.responseBytes <= 1200)).toBe(true);
});

test("a sheet whose used range starts near the last row: its first rows would run past it, so geometry first", async () => {
  const { fake, sheets } = await fakeAndExcelJS((wb) => {
    const ws = wb.addWorksheet("S");
    ws.getCell("B1048570").value = "取組";
    ws.getCell("C1048576").value = "実施";
  });
  const snap = await readSheetSnapshot(ctxOf(fake), "S");
  expect(dense(snap)).toEqual(dense(sheets[0]));
  expect(snap.origin).toEqual({ row: 1048570, col: 2 });
  // The refused first sync, the geometry, one chunk.
  expect(fake.syncCount).toBe(3);
});
