// The shared indicator fixture (kumamoto-indicators.xlsx, seed 003): directions and grades worked
// out by hand from its cells. The fixture states baselines (H30) and targets (検証値 R5) but no
// actual, so it is graded as it is (no grade yet) and again with an 実績値 R5 column written into a
// copy of it, each actual's 達成率 computed by hand below.

import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkWorkbook, type SheetReport } from "../../../src/core/check";
import { readXlsx } from "../../../src/xlsx/readXlsx";
import { FIXTURES, checkFixture } from "../../helpers/fixtures";

const FILE = "kumamoto-indicators.xlsx";
const AS_OF = "2024-03-31"; // the end of R5 (FY2023), the target year: R5 is closed

function summary(sheet: SheetReport) {
  return sheet.indicators!.map((g) => ({
    row: g.indicator.row,
    direction: g.direction,
    baseline: g.indicator.baseline?.year,
    rate: g.headline?.rate == null ? null : Math.round(g.headline.rate * 10000) / 10000,
    grade: g.headline?.grade ?? null,
  }));
}

test("as it is: every indicator's direction and baseline year, and no grade without an actual", async () => {
  const report = await checkFixture(FILE, { asOf: AS_OF });
  const sheet = report.sheets.find((s) => s.name === "検証指標")!;
  const up = (row: number, baseline = 2018) => ({ row, direction: "up", baseline, rate: null, grade: null });
  const down = (row: number) => ({ row, direction: "down", baseline: 2018, rate: null, grade: null });
  expect(summary(sheet)).toEqual([
    up(5), // 43.8 → 50.0
    up(6, 2019), // 47.1 (R1): the baseline was measured in 令和元年度 (2019), not H30
    up(7), // 45.5 → 100
    down(8), // 不祥事件数 10 → 0
    down(9), // 事務処理ミス件数 177 → 減少 (the word says which way)
    up(10), // 29 → 55
    up(11), // 65 → 90
    up(12), // 14 → 16
    up(13), // 5856 → 7000
    up(14), // 5.9 → 80
  ]);
  // Targets only, no actual column: nothing is missing, and 47.1 (R1) and 減少 are no unit mistakes.
  expect(sheet.findings).toEqual([]);
});

/** The fixture with an 実績値 / R5 column (F) holding the given actuals, rows 5 to 14. */
async function withActuals(actuals: (string | number | null)[]): Promise<SheetReport> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(join(FIXTURES, FILE)) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet("検証指標")!;
  ws.getCell("F3").value = "実績値";
  ws.getCell("F4").value = "R5";
  actuals.forEach((v, i) => {
    if (v !== null) ws.getCell(5 + i, 6).value = v;
  });
  const sheets = readXlsx(Buffer.from(await wb.xlsx.writeBuffer())).map((s) => s.snapshot);
  return checkWorkbook(sheets, { asOf: AS_OF }).sheets.find((s) => s.name === "検証指標")!;
}

test("with actuals for R5: grades equal the hand-computed ones", async () => {
  const sheet = await withActuals([48.5, 58, 40, 0, 150, "約45%", 90, 15, "6,500人", null]);
  expect(summary(sheet).map((s) => [s.row, s.rate, s.grade])).toEqual([
    [5, 0.7581, "C"], // (48.5 − 43.8) / (50.0 − 43.8) = 4.7 / 6.2 = 0.7581
    [6, 0.845, "B"], // (58 − 47.1) / (60 − 47.1) = 10.9 / 12.9 = 0.8450
    [7, -0.1009, "D"], // (40 − 45.5) / (100 − 45.5) = −5.5 / 54.5 = −0.1009
    [8, 1, "A"], // (0 − 10) / (0 − 10) = 1
    [9, null, "A"], // target 減少: 150 < 177, reached
    [10, 0.6154, "C"], // 約45%: (45 − 29) / (55 − 29) = 16 / 26 = 0.6154
    [11, 1, "A"], // (90 − 65) / (90 − 65) = 1
    [12, 0.5, "C"], // (15 − 14) / (16 − 14) = 0.5
    [13, 0.5629, "C"], // 6,500人: (6500 − 5856) / (7000 − 5856) = 644 / 1144 = 0.5629
    [14, null, null], // no actual
  ]);
  expect(sheet.findings.map((f) => [f.cell, f.rule, f.severity, f.value])).toEqual([
    ["F7", "indicator-worse", "info", 40],
    ["F10", "indicator-unit", "warning", "約45%"],
    ["F13", "indicator-unit", "warning", "6,500人"],
    ["F14", "indicator-actual-missing", "warning", null],
  ]);
});
