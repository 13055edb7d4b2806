// Shape 7, evaluation exports: one row per 事務事業 under a note row and one wide header whose cells
// hold line breaks; the hierarchy from the name columns (the number columns beside them are
// numbers); 部課名 matched to the master written either way; 前年度実績 / 今年度計画 as text.

import type { SheetReport } from "../../../src/core/check";
import { checkWorkbook } from "../../../src/core/check";
import { loadWorkbook, workbookSheets } from "../../../src/xlsx/read";
import { EXPORT_ROWS, EXPORT_SHEET, evaluationExport } from "../../helpers/evaluationExport";

const SAFE = "安全で安心して暮らせるまち";
const LIFE = "豊かな市民生活を実現する産業の振興";
const FARM = "地域特性を活かした農林業の振興";

async function check(asOf: string): Promise<SheetReport> {
  const wb = await loadWorkbook(await evaluationExport({ master: true }));
  const report = checkWorkbook(
    workbookSheets(wb).map((s) => s.snapshot),
    { asOf },
  );
  return report.sheets.find((s) => s.name === EXPORT_SHEET)!;
}

describe("an evaluation export (事務事業評価)", () => {
  let sheet: SheetReport;
  beforeAll(async () => {
    sheet = await check("2024-03-31");
  });

  test("every row is an item of a table, the 1,200 formatted rows after it nothing", () => {
    expect(sheet.layout).toBe("table");
    expect(sheet.items.map((i) => i.title)).toEqual(EXPORT_ROWS.map((r) => r.name));
    expect(sheet.items.map((i) => i.row)).toEqual(EXPORT_ROWS.map((_, i) => 3 + i));
  });

  test("three levels from 政策名 › 施策名 › 基本事業名, never from the number columns", () => {
    expect(sheet.items[0].path).toEqual([SAFE, "災害に強いまちづくり", "防災体制の充実"]);
    expect(sheet.items[8].path).toEqual([FARM, "農業の振興", "担い手の育成"]);
    const roles = Object.fromEntries(sheet.columns.map((c) => [c.letter, c.role]));
    expect(roles).toMatchObject({ B: "other", C: "other", D: "policy", E: "id", F: "policy", G: "id" });
    expect(roles).toMatchObject({ H: "item", J: "item", K: "department" });
  });

  test("前年度実績 is the result of the year before the sheet's year, 今年度計画 the plan of its year", () => {
    expect(sheet.items[0].results.map((r) => [r.year, r.cell.address])).toEqual([[2022, "L3"]]);
    expect(sheet.items[0].planTexts?.map((p) => [p.year, p.cell.address])).toEqual([[2023, "M3"]]);
    expect(sheet.items[0].schedule).toEqual([]);
  });

  test("the year comes from the sheet, not from the review day", async () => {
    const later = await check("2026-06-01");
    expect(later.items[0].results.map((r) => r.year)).toEqual([2022]);
    expect(later.findings.find((f) => f.rule === "item-unimplemented")?.message).toBe(
      "令和4年度の実績が「未実施」です",
    );
  });

  test("findings: policy variants, a shortfall and a not-done result, an unknown department", () => {
    expect(
      sheet.findings
        .filter((f) => f.severity !== "info")
        .map((f) => [f.cell, f.rule, f.value, f.fix ?? null]),
    ).toEqual([
      ["L5", "item-partly-unimplemented", "小学校での教室を予定していたが、3校は中止となった。", null],
      ["D6", "policy-variant", "安全・安心して暮らせるまち", SAFE],
      ["L7", "item-unimplemented", "未実施", null],
      ["D10", "policy-variant", `\u3000${LIFE}`, LIFE],
      ["D13", "policy-variant", "地域特性を生かした農林業の振興", FARM],
      ["K14", "department-unknown", "企画部未来創造課", null],
    ]);
  });

  test("per policy: planned work in words is 実施予定 on a plan basis", () => {
    const figures = sheet.policies.map((p) => [p.name, p.items, p.doing, p.noPlan, p.basis, p.rate]);
    expect(figures).toEqual([
      [SAFE, 3, 3, 0, "plan", null],
      ["安全・安心して暮らせるまち", 1, 1, 0, "plan", null],
      [LIFE, 4, 3, 1, "plan", null],
      [FARM, 3, 3, 0, "plan", null],
      ["地域特性を生かした農林業の振興", 1, 1, 0, "plan", null],
    ]);
  });
});
