// The command grades indicators with the thresholds saved in the workbook, prints them in JSON, and
// writes 指標の達成状況 into the summary workbook.

import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { defaultSettings } from "../../src/core/settings";
import { emptyState, STATE_SHEET_NAME, stateToRows } from "../../src/core/state";
import { run } from "./run";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "plan-review-grades-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** One indicator: (18.5 − 10) / (20 − 10) = 0.85 — B with the default 80%, C when B needs 90%; bar 8.5 → 9 ■. */
async function workbook(b: number | null): Promise<string> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("指標").addRows([
    ["検証指標", "単位", "基準値(H30)", "目標値(R5)", "実績値(R3)"],
    ["協働事業数", "件", 10, 20, 18.5],
  ]);
  if (b !== null) {
    const ws = wb.addWorksheet(STATE_SHEET_NAME);
    ws.state = "veryHidden";
    ws.addRows(
      stateToRows({ ...emptyState(), settings: { ...defaultSettings(), grades: { a: 1, b, c: 0 } } }),
    );
  }
  const file = join(dir, "indicators.xlsx");
  await wb.xlsx.writeFile(file);
  return file;
}

type Json = { files: { sheets: { indicators?: { name: string; rate: number; grade: string }[] }[] }[] };
const grades = (stdout: string) =>
  (JSON.parse(stdout) as Json).files[0].sheets[0].indicators!.map((i) => [i.name, i.rate, i.grade]);

test("default thresholds, and the ones saved in the workbook", async () => {
  const asOf = ["--as-of", "2022-03-31", "--format", "json"];
  expect(grades((await run("check", await workbook(null), ...asOf)).stdout)).toEqual([
    ["協働事業数", 0.85, "B"],
  ]);
  expect(grades((await run("check", await workbook(0.9), ...asOf)).stdout)).toEqual([
    ["協働事業数", 0.85, "C"],
  ]);
});

test("the summary workbook holds 指標の達成状況 with the grade and the drawn bar", async () => {
  const out = join(dir, "summary.xlsx");
  const r = await run("summary", await workbook(null), "--as-of", "2022-03-31", "--out", out);
  expect(r.code).toBe(0);
  expect(r.stdout).toContain("指標の達成状況");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  const ws = wb.getWorksheet("指標の達成状況")!;
  const texts: string[] = [];
  ws.eachRow((row) => row.eachCell((c) => texts.push(String(c.value))));
  expect(texts).toEqual(expect.arrayContaining(["協働事業数", "B", "■■■■■■■■■□"]));
  expect(texts).toContain("0.85");
});
