// Words added in the workbook's own 語彙 sheet are statuses on every plan sheet of that workbook.

import ExcelJS from "exceljs";
import { checkWorkbook } from "../../src/core/check";
import { categoryOf, vocabularyFromSheet } from "../../src/core/vocabularySheet";
import { loadWorkbook, workbookSheets } from "../../src/xlsx/read";

async function workbook(withVocabulary: boolean) {
  const wb = new ExcelJS.Workbook();
  const plan = wb.addWorksheet("計画");
  plan.addRows([
    ["取組内容", "担当課", "H24", "H25"],
    ["説明会の開催", "市民協働課", "着手", "実施"],
  ]);
  if (withVocabulary) {
    const v = wb.addWorksheet("語彙");
    v.addRows([
      ["語", "区分"],
      ["着手", "実施中"],
      ["見送り", "きまぐれ"],
    ]);
  }
  const book = await loadWorkbook(Buffer.from(await wb.xlsx.writeBuffer()));
  return workbookSheets(book).map((s) => s.snapshot);
}

test("a word unknown by default is unknown without the sheet", async () => {
  const report = checkWorkbook(await workbook(false), { asOf: "2014-03-31" });
  expect(report.sheets[0].findings.map((f) => [f.cell, f.rule])).toContainEqual(["C2", "status-unknown"]);
});

test("the 語彙 sheet adds its word, and its own sheet is no plan", async () => {
  const report = checkWorkbook(await workbook(true), { asOf: "2014-03-31" });
  const plan = report.sheets.find((s) => s.name === "計画")!;
  expect(plan.findings.filter((f) => f.rule === "status-unknown")).toEqual([]);
  expect(report.sheets.find((s) => s.name === "語彙")!.layout).toBe("none");
});

test("rows with a category that cannot be read are reported, not guessed", async () => {
  const sheets = await workbook(true);
  const read = vocabularyFromSheet(sheets.find((s) => s.name === "語彙")!);
  expect(read.words).toEqual([{ word: "着手", category: "doing" }]);
  expect(read.problems).toEqual([
    { row: 3, message: expect.stringContaining("きまぐれ"), messageEn: expect.stringContaining("きまぐれ") },
  ]);
});

test.each([
  ["準備段階", "plan"],
  ["実施中", "doing"],
  ["完了", "done"],
  ["未実施", "notDone"],
  ["notDone", "notDone"],
  ["その他", null],
])("category %s reads as %s", (text, cat) => {
  expect(categoryOf(text)).toBe(cat);
});
