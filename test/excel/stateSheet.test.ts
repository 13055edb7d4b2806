// The state sheet is plain cells: ExcelJS (the CLI's door) reads what the add-in wrote, and the other way round.

import ExcelJS from "exceljs";
import { defaultSettings } from "../../src/core/settings";
import { STATE_SHEET_NAME, stateFromRows, stateToRows, emptyState } from "../../src/core/state";
import { loadSettings, saveSettings } from "../../src/excel/settings";
import { validate } from "../../src/excel/validate";
import { loadWorkbook, workbookSheets } from "../../src/xlsx/read";
import { FakeExcel } from "../fake-excel";
import { ctxOf, openFixture } from "./workbooks";

test("what the add-in writes, ExcelJS reads back as the same state", async () => {
  const fake = await openFixture("kumamoto-plan.xlsx");
  fake.data.activeSheetId = fake.sheet("取組計画").id;
  const settings = { ...defaultSettings(), asOf: "2014-03-31", rules: { "item-due": "off" as const } };
  await saveSettings(ctxOf(fake), settings);
  const { highlighted } = await validate(ctxOf(fake), { scope: "active" });
  const sheets = workbookSheets(await loadWorkbook(await fake.save()));
  const state = sheets.find((s) => s.snapshot.name === STATE_SHEET_NAME)!;
  expect(state.state).toBe("veryHidden");
  const read = stateFromRows(state.snapshot.values);
  expect(read.problems).toEqual([]);
  expect(read.state.settings).toEqual(settings);
  expect(read.state.highlights).toHaveLength(highlighted);
});

test("a state sheet written with ExcelJS (text starting with = stays text) is read by the add-in", async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("計画").getCell("A1").value = "x";
  const state = emptyState();
  state.settings.words = [{ word: "=済", category: "done" }];
  state.settings.asOf = "2020-04-01";
  wb.addWorksheet(STATE_SHEET_NAME, { state: "veryHidden" }).addRows(stateToRows(state));
  const fake = await FakeExcel.fromFile(Buffer.from(await wb.xlsx.writeBuffer()));
  expect(await loadSettings(ctxOf(fake))).toEqual({ settings: state.settings, problems: [] });
});
