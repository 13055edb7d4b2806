// Merged areas past Excel's 512 per getMergedAreasOrNullObject call: read in blocks, every area once, on
// the fixture card sheet (542 areas) and on generated sheets of 5,000 areas — validate, highlight, clear.

import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkWorkbook } from "../../src/core/check";
import { STATE_SHEET_NAME } from "../../src/core/state";
import { highlightPlan } from "../../src/core/highlight";
import type { SheetSnapshot } from "../../src/core/types";
import { clearHighlights } from "../../src/excel/highlight";
import { firstMergeBlocks, mergeBlocks } from "../../src/excel/merges";
import { readSheetSnapshot } from "../../src/excel/read";
import { validate } from "../../src/excel/validate";
import { loadWorkbook, workbookSheets } from "../../src/xlsx/read";
import { FakeExcel } from "../fake-excel";
import { WorkbookData } from "../fake-excel/model";
import { expectedFixtures, FIXTURES } from "../helpers/fixtures";
import { generateCardSheet } from "../helpers/generate";
import { cellsOf, ctxOf, dense, excelJSOf, openFixture } from "./workbooks";

const key = (m: { top: number; left: number; bottom: number; right: number }) =>
  `${m.top},${m.left},${m.bottom},${m.right}`;
const sorted = (ms: { top: number; left: number; bottom: number; right: number }[]) => ms.map(key).sort();

/**
 * The fake holding snapshots as they are (ExcelJS takes seconds per thousand merged areas to write and load
 * them, and adds nothing here: the fake's cells are what the test sets).
 */
function fakeOf(snaps: SheetSnapshot[]): FakeExcel {
  const data = new WorkbookData();
  for (const s of snaps) {
    const sheet = data.addSheet(s.name);
    s.values.forEach((row, i) =>
      row?.forEach((v, j) => {
        if (v !== null && v !== undefined)
          sheet.set(s.origin.row + i, s.origin.col + j, typeof v === "object" ? JSON.stringify(v) : v);
      }),
    );
    sheet.merges = s.merges.map((m) => ({ ...m }));
  }
  return new FakeExcel(data);
}

/** A plan table whose two year columns are merged in pairs on every row: two areas a row. */
function denseMerges(items: number): SheetSnapshot {
  const values: SheetSnapshot["values"] = [["取組内容", "担当課", "H24", null, "H25", null]];
  const merges: SheetSnapshot["merges"] = [];
  for (let i = 0; i < items; i++) {
    values.push([`取組${i + 1}`, "市民協働課", "実施", null, i % 500 === 7 ? "実地" : "継続", null]);
    const row = values.length;
    merges.push({ top: row, left: 3, bottom: row, right: 4 }, { top: row, left: 5, bottom: row, right: 6 });
  }
  return { name: "実施計画", origin: { row: 1, col: 1 }, values, merges };
}

/** Some card statuses mistyped, so the check finds something to colour ("" is an empty cell, as read). */
function withTypos(s: SheetSnapshot): SheetSnapshot {
  let n = 0;
  const values = s.values.map((row) =>
    row.map((v) => (v === "" ? null : v === "実施" && n++ % 40 === 0 ? "実地" : v)),
  );
  // A trailing row that holds nothing is not part of the sheet's used range.
  while (values.length && values[values.length - 1].every((v) => v === null)) values.pop();
  return { ...s, values };
}

/** Every value and fill of the fake's sheets. */
function picture(fake: FakeExcel): string {
  return JSON.stringify(
    fake.data.sheets
      .filter((s) => s.name !== STATE_SHEET_NAME)
      .map((s) => [
        s.name,
        [...s.rows].map(([r, c]) => [r, [...c]]),
        [...s.fills].sort((a, b) => a[0] - b[0]),
      ]),
  );
}

/** Validate (all sheets) → the engine's findings on the snapshots → clear → every value and fill as before. */
async function inMemoryRoundTrip(fake: FakeExcel, snaps: SheetSnapshot[]): Promise<number> {
  const before = picture(fake);
  const asOf = "2014-03-31";
  const { report, highlighted } = await validate(ctxOf(fake), { scope: "all", asOf });
  expect(report.sheets.map((s) => s.findings)).toEqual(
    checkWorkbook(snaps, { asOf }).sheets.map((s) => s.findings),
  );
  expect(highlighted).toBeGreaterThan(0);
  expect(picture(fake)).not.toBe(before);
  const { restored } = await clearHighlights(ctxOf(fake));
  expect(restored).toBe(highlighted);
  expect(picture(fake)).toBe(before);
  return highlighted;
}

/** Validate (all sheets) → the findings of the ExcelJS door's snapshots → save, reopen, clear → as before. */
async function roundTrip(fake: FakeExcel, original: Buffer, asOf: string): Promise<void> {
  const { report, highlighted } = await validate(ctxOf(fake), { scope: "all", asOf });
  const viaExcelJS = checkWorkbook(
    workbookSheets(await loadWorkbook(original)).map((s) => s.snapshot),
    { asOf },
  );
  expect(report.sheets.map((s) => s.findings)).toEqual(viaExcelJS.sheets.map((s) => s.findings));
  expect(highlighted).toBe(highlightPlan(report.sheets.flatMap((s) => s.findings)).length);
  const reopened = await fake.reopen();
  const { restored } = await clearHighlights(ctxOf(reopened));
  expect(restored).toBe(highlighted);
  expect(cellsOf(await excelJSOf(await reopened.save()))).toEqual(cellsOf(await excelJSOf(original)));
}

test("the fake refuses more than 512 merged areas and returns only those whose top-left cell is in the range", async () => {
  const fake = fakeOf([denseMerges(300)]);
  const ws = ctxOf(fake).workbook.worksheets.getItem("実施計画");
  ws.getUsedRange().getMergedAreasOrNullObject().load("address");
  await expect(ctxOf(fake).sync()).rejects.toMatchObject({ code: "GeneralException" });
  // D2:… holds the right half of C2:D2 and all of E2:F2: only E2:F2 starts inside.
  const part = ws.getRange("D2:F2").getMergedAreasOrNullObject().load("address");
  await ctxOf(fake).sync();
  expect(part.address).toBe("実施計画!E2:F2");
});

test("blocks partition the sheet: the first attempt's whole-row blocks, the fallback's blocks of the used range", () => {
  const first = firstMergeBlocks();
  expect(first[0]).toEqual({ top: 1, rows: 512 });
  expect(first.every((b, i) => i === 0 || b.top === first[i - 1].top + first[i - 1].rows)).toBe(true);
  const last = first[first.length - 1];
  expect(last.top + last.rows - 1).toBe(1_048_576);
  // At most 512 rows each up to row 10,240: a sheet with one area a row never reaches the limit there.
  expect(first.filter((b) => b.top <= 10_240).every((b) => b.rows <= 512)).toBe(true);
  expect(first).toHaveLength(27);
  const area = { top: 3, left: 2, bottom: 1000, right: 40 };
  for (const size of [512, 5000]) {
    const blocks = mergeBlocks(area, size);
    const cells = blocks.reduce((n, b) => n + (b.bottom - b.top + 1) * (b.right - b.left + 1), 0);
    expect(cells).toBe(998 * 39);
    expect(blocks.every((b) => (b.bottom - b.top + 1) * (b.right - b.left + 1) <= size)).toBe(true);
  }
  // Wider than a block: single rows cut into column slices.
  const wide = mergeBlocks({ top: 1, left: 1, bottom: 2, right: 16_384 }, 512);
  expect(wide).toHaveLength(64);
  expect(wide[0]).toEqual({ top: 1, left: 1, bottom: 1, right: 512 });
});

test("the fixture card sheet (542 merged areas) validates, highlights and clears with the 512 limit on", async () => {
  const file = "cards-plan.xlsx";
  const fake = await openFixture(file);
  const sheet = fake.sheet("年度別実行計画");
  expect(sheet.merges.length).toBe(542);
  const snap = await readSheetSnapshot(ctxOf(fake), "年度別実行計画");
  expect(sorted(snap.merges)).toEqual(sorted(sheet.merges));
  const asOf = expectedFixtures().find((e) => e.workbook === file)!.asOf;
  await roundTrip(await openFixture(file), readFileSync(join(FIXTURES, file)), asOf);
}, 60_000);

test("a generated card sheet with 5,000 merged areas validates, highlights and clears; every area read once", async () => {
  const cards = withTypos(generateCardSheet(1250, "年度別実行計画"));
  expect(cards.merges.length).toBeGreaterThanOrEqual(5000);
  const fake = fakeOf([cards]);
  const snap = await readSheetSnapshot(ctxOf(fake), cards.name);
  expect(sorted(snap.merges)).toEqual(sorted(cards.merges));
  expect(dense(snap)).toEqual(dense(cards));
  // Under one area a row: the first sync's blocks hold them all.
  expect(fake.syncCount).toBe(1);
  await inMemoryRoundTrip(fake, [cards]);
}, 60_000);

test("areas dense enough that a first block is refused: read again in blocks of the used range, two syncs more", async () => {
  const plan = denseMerges(2500);
  const fake = fakeOf([plan]);
  expect(plan.merges.length).toBe(5000);
  const snap = await readSheetSnapshot(ctxOf(fake), "実施計画");
  expect(sorted(snap.merges)).toEqual(sorted(plan.merges));
  // The refused first attempt (it stops at the merged areas, before any value), the values with the
  // geometry, the merged areas in blocks.
  expect(fake.syncCount).toBe(3);
  expect(fake.syncs[0].responseBytes).toBe(0);
  await inMemoryRoundTrip(fakeOf([plan]), [plan]);
}, 60_000);

test("an area across a block boundary is read once, from the block of its top-left cell", async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("S");
  ws.getCell("A1").value = "取組";
  ws.getCell("A510").value = "跨ぐ";
  ws.mergeCells("A510:B520");
  for (let r = 600; r < 1200; r += 2) ws.mergeCells(r, 3, r + 1, 3);
  const fake = FakeExcel.fromWorkbook(wb);
  const snap = await readSheetSnapshot(ctxOf(fake), "S");
  expect(sorted(snap.merges)).toEqual(sorted(fake.sheet("S").merges));
});
