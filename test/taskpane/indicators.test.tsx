/** @jest-environment jsdom */
// 集計 on a workbook with indicators: the add-in writes 指標の達成状況 (the bar drawn in cells, no new
// Office.js call) and the pane shows the count of grades per policy.

import { webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen } from "@testing-library/react";
import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { defaultSettings } from "../../src/core/settings";
import { App } from "../../src/taskpane/App";
import { FakeExcel } from "../fake-excel";
import { FIXTURES } from "../helpers/fixtures";
import { fakeService } from "./fakeService";
import "./render"; // jsdom's missing globals

/**
 * The shared indicator fixture with an 実績値 R5 column, as in test/core/indicators/fixture.test.ts:
 * rows 5–14 grade C, B, D, A, A, C, A, C, C and ungraded (the arithmetic is written there).
 */
async function fixtureWithActuals(): Promise<FakeExcel> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(join(FIXTURES, "kumamoto-indicators.xlsx")) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet("検証指標")!;
  ws.getCell("F3").value = "実績値";
  ws.getCell("F4").value = "R5";
  [48.5, 58, 40, 0, 150, "約45%", 90, 15, "6,500人"].forEach((v, i) => (ws.getCell(5 + i, 6).value = v));
  return FakeExcel.fromWorkbook(wb);
}

test("集計 writes 指標の達成状況 and shows A–D per policy", async () => {
  const fake = await fixtureWithActuals();
  const service = fakeService(fake);
  await service.saveSettings({ ...defaultSettings(), asOf: "2024-03-31" });
  render(<App service={service} lang="ja" theme={webLightTheme} />);
  fireEvent.click(await screen.findByRole("tab", { name: "集計" }));
  fireEvent.click(screen.getByRole("button", { name: "集計シートを作成・更新" }));
  await screen.findByText(/集計シートを作成しました: .*指標の達成状況/);

  const counts = (policy: string) =>
    [...document.querySelectorAll(`tr[data-policy="${policy}"] td`)].map((td) => Number(td.textContent));
  // A, B, C, D, 未評価 per policy (節), from the grades of the rows of each 節.
  expect(counts("第1節 参画と協働の推進")).toEqual([0, 0, 1, 0, 0]); // row 5: C
  expect(counts("第3節 マネジメント機能の強化")).toEqual([0, 0, 0, 1, 0]); // row 7: D
  expect(counts("第4節 市民に信頼される職員の育成")).toEqual([2, 0, 0, 0, 0]); // rows 8, 9: A, A
  expect(counts("第7節 国際社会に対応した取組の推進")).toEqual([0, 0, 2, 0, 0]); // rows 12, 13: C, C
  expect(counts("第8節 持続可能な開発目標（SDGs）を踏まえた市政運営")).toEqual([0, 0, 0, 0, 1]); // row 14
  expect(counts("合計")).toEqual([3, 1, 4, 1, 1]);

  // The sheet in Excel: the grade and the bar drawn in the cells of its row.
  const sheet = fake.data.byName("指標の達成状況")!;
  const texts = [...sheet.rows.values()].flatMap((row) => row.filter((v) => v !== undefined));
  expect(texts).toEqual(expect.arrayContaining(["市民参画・協働による事業の割合", "C", "■■■■■■■■□□"]));
});
