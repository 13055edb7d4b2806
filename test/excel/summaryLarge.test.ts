// Summary sheets of a large report: written in row blocks under the 5 MB request limit; a failure
// part-way removes what the run created and leaves the person's sheets as they were.

import ExcelJS from "exceljs";
import { checkWorkbook } from "../../src/core/check";
import { stateFromRows, STATE_SHEET_NAME } from "../../src/core/state";
import { summaryTables } from "../../src/core/summary/build";
import { SUMMARY_SHEETS } from "../../src/core/summary/labels";
import type { SummaryTable } from "../../src/core/summary/tables";
import { ExcelLayerError } from "../../src/excel/errors";
import { SUMMARY_BATCH_BYTES, writeSummarySheets } from "../../src/excel/summary";
import { FakeExcel, PAYLOAD_LIMIT } from "../fake-excel";
import { generateTableSheet } from "../helpers/generate";
import { ctxOf } from "./workbooks";

const ITEMS = 30_000;

function setUp(items: number): { fake: FakeExcel; tables: SummaryTable[] } {
  const sheet = generateTableSheet(items);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet.name);
  for (const row of sheet.values) ws.addRow(row);
  for (const m of sheet.merges) ws.mergeCells(m.top, m.left, m.bottom, m.right);
  const report = checkWorkbook([sheet], { asOf: "2014-03-31" });
  return {
    fake: FakeExcel.fromWorkbook(wb),
    tables: summaryTables([{ report, master: null }], { lang: "ja" }),
  };
}

const flaggedOf = (tables: SummaryTable[]) => tables.find((t) => t.sheetName === SUMMARY_SHEETS.flagged)!;

test("over 20,000 flagged rows: every row written, each request under 5 MB, syncs set by the bytes", async () => {
  const { fake, tables } = setUp(ITEMS);
  const flagged = flaggedOf(tables);
  expect(flagged.rows.length).toBeGreaterThanOrEqual(20_000);
  fake.resetCounters();
  const res = await writeSummarySheets(ctxOf(fake), tables);
  expect(res.sheets).toContain(SUMMARY_SHEETS.flagged);

  const s = fake.sheet(SUMMARY_SHEETS.flagged);
  const headerRow = [...s.rows.keys()].find((r) => s.get(r, 1) === flagged.columns[0].title.ja)!;
  const expectRow = (i: number) =>
    expect(flagged.columns.map((_, c) => s.get(headerRow + 1 + i, c + 1) ?? null)).toEqual(
      flagged.rows[i].cells.map((v) => v ?? null),
    );
  expectRow(0);
  expectRow(Math.floor(flagged.rows.length / 2));
  expectRow(flagged.rows.length - 1);
  expect(s.get(headerRow + 1 + flagged.rows.length, 1)).toBeUndefined();
  expect(s.links.size).toBeGreaterThanOrEqual(flagged.rows.length);

  // 1 sheet list (no state sheet yet), then writes: their number follows the bytes sent, not the rows.
  const writes = fake.syncs.slice(1);
  const sent = writes.reduce((n, w) => n + w.requestBytes, 0);
  expect(sent).toBeGreaterThan(PAYLOAD_LIMIT);
  expect(writes.every((w) => w.requestBytes <= PAYLOAD_LIMIT)).toBe(true);
  expect(writes.length).toBeGreaterThanOrEqual(Math.ceil(sent / PAYLOAD_LIMIT));
  expect(writes.length).toBeLessThanOrEqual(Math.ceil(sent / (SUMMARY_BATCH_BYTES / 4)) + 2);
  expect(writes.length).toBeLessThan(flagged.rows.length / 1000);
  const state = stateFromRows(
    [...fake.sheet(STATE_SHEET_NAME).rows.values()].map((r) => Array.from(r, (v) => v ?? null)),
  ).state;
  expect(state.createdSheets).toEqual(res.sheets);
}, 120_000);

test("a failure part-way through the blocks: the run's sheets are removed, the earlier ones kept, the person's sheet and the state too", async () => {
  const { fake, tables } = setUp(ITEMS);
  // A person's sheet with the name of the large table: the run writes "… (2)" and must leave this one alone.
  const person = fake.data.addSheet(SUMMARY_SHEETS.flagged);
  person.set(1, 1, "私のメモ");
  // An earlier run's state (a sheet it created, since deleted by the person) must survive the failure.
  await writeSummarySheets(ctxOf(fake), tables.slice(0, 1));
  const stateBefore = JSON.stringify([...fake.sheet(STATE_SHEET_NAME).rows]);
  const sheetsBefore = fake.data.sheets.map((x) => x.name);
  const earlier = JSON.stringify([...fake.sheet(tables[0].sheetName).rows]);
  fake.resetCounters();
  fake.beforeSync = (n) => {
    // Several blocks into the large table: the sheet being written becomes protected, so the next block
    // is refused.
    if (n === 5) fake.data.sheets[fake.data.sheets.length - 1].protected = true;
  };
  const e = await writeSummarySheets(ctxOf(fake), tables).catch((x) => x);
  fake.beforeSync = null;
  expect(e).toBeInstanceOf(ExcelLayerError);
  expect((e as ExcelLayerError).code).toBe("access-denied");
  expect((e as ExcelLayerError).messages.ja).toContain("集計シートの作成に失敗しました");
  expect((e as ExcelLayerError).messages.ja).toContain("書きかけの変更は元に戻しました");
  // The failure came after some blocks had gone in.
  expect(fake.syncs.length).toBeGreaterThan(5);
  const after = fake.data.sheets.map((x) => x.name);
  // Every sheet as before: the earlier run's own sheet too, with its contents.
  expect(after.sort()).toEqual(sheetsBefore.sort());
  expect(JSON.stringify([...fake.sheet(tables[0].sheetName).rows])).toBe(earlier);
  expect(after).not.toContain(`${SUMMARY_SHEETS.flagged} (2)`);
  expect(fake.sheet(SUMMARY_SHEETS.flagged).get(1, 1)).toBe("私のメモ");
  expect([...fake.sheet(SUMMARY_SHEETS.flagged).rows].length).toBe(1);
  expect(JSON.stringify([...fake.sheet(STATE_SHEET_NAME).rows])).toBe(stateBefore);
}, 120_000);
