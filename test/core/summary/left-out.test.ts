// What the summaries count: one rule (entries.ts, leftOut) for every summary sheet. A list of the
// items (取組一覧: no year, plan, actual or result column) is read and checked but not summarised,
// so a workbook that lists its items again counts them once; the per-file sheet says why.

import type { WorkbookReport } from "../../../src/core/check";
import { summaryTables } from "../../../src/core/summary/build";
import { counted, leftOut } from "../../../src/core/summary/entries";
import type { SummaryTable } from "../../../src/core/summary/tables";
import { analyzeBuilt, checkBuilt, type SheetSpec } from "../../helpers/workbook";

/** A plan with the review year's results (a plan-only sheet has no year-end results to list). */
const PLAN: SheetSpec = {
  name: "実施計画",
  rows: [
    ["施策", "取組内容", "担当課", "H24", "H25", "H25実績"],
    ["協働の推進", "市民説明会の開催", "市民協働課", "検討", "実施", "説明会を2回開催した。"],
    [null, "協働研修の実施", "人事課", "実施", "実施", "未実施"],
    ["情報の共有", "広報紙の発行", "広報課", "実施", "継続", "広報紙を年4回発行した。"],
  ],
};

/** The same items listed again, with no years, plan, actual or result. */
const LIST: SheetSpec = {
  name: "取組一覧",
  rows: [
    ["No.", "取組内容", "担当課"],
    [1, "市民説明会の開催", "市民協働課"],
    [2, "協働研修の実施", "人事課"],
    [3, "広報紙の発行", "広報課"],
  ],
};

/** An indicator table: no states, left out too. */
const INDICATORS: SheetSpec = {
  name: "指標",
  rows: [
    ["施策", "検証指標", "単位", "基準値 (H24)", "目標値 (H27)"],
    ["協働の推進", "説明会の参加者数", "人", 120, 200],
  ],
};

const AS_OF = "2014-03-31";

function table(tables: SummaryTable[], sheetName: string): SummaryTable {
  return tables.find((t) => t.sheetName === sheetName)!;
}

/** Cells of a table's column by key, over its plain rows (not group, subtotal or total rows). */
function column(t: SummaryTable, key: string, style?: string): (string | number | null)[] {
  const i = t.columns.findIndex((c) => c.key === key);
  return t.rows.filter((r) => r.style === style).map((r) => r.cells[i]);
}

describe("a list of the items (取組一覧)", () => {
  it("is a table read with its items, marked as a list; a plan sheet is not", async () => {
    const list = await analyzeBuilt(LIST);
    expect(list.layout).toBe("table");
    expect(list.items.map((i) => i.title)).toEqual(["市民説明会の開催", "協働研修の実施", "広報紙の発行"]);
    expect(list.list).toBe(true);
    expect((await analyzeBuilt(PLAN)).list).toBe(false);
  });

  it("is checked (its departments too) but left out of every summary", async () => {
    const report = await checkBuilt([PLAN, { ...LIST, rows: [...LIST.rows, [4, "講座の開催", null]] }], {
      asOf: AS_OF,
    });
    const list = report.sheets[1];
    expect(list.findings.map((f) => `${f.cell} ${f.rule}`)).toEqual(["C5 department-missing"]);
    expect(leftOut(list)).toBe("list");
    expect(counted(list)).toBe(false);
    expect(counted(report.sheets[0])).toBe(true);
  });
});

describe("every summary sheet counts the same items", () => {
  let report: WorkbookReport;
  let tables: SummaryTable[];
  beforeAll(async () => {
    report = await checkBuilt([PLAN, LIST, INDICATORS], { asOf: AS_OF });
    tables = summaryTables([{ file: "plan.xlsx", report }], { lang: "ja", perFile: true });
  });

  it("counts the plan's three items once, whatever lists and indicators the workbook holds", () => {
    expect(report.sheets.map((s) => [s.name, s.layout, leftOut(s)])).toEqual([
      ["実施計画", "table", null],
      ["取組一覧", "table", "list"],
      ["指標", "indicators", "indicators"],
    ]);
    const byFile = table(tables, "集計_ファイル別");
    const byPolicy = table(tables, "集計_方針別");
    const byDepartment = table(tables, "集計_担当課別");
    expect(column(byFile, "items", "total")).toEqual([3]);
    expect(column(byPolicy, "items", "total")).toEqual([3]);
    expect(column(byDepartment, "items", "total")).toEqual([3]);
    expect(column(byFile, "notDone", "total")).toEqual([1]);
    expect(column(byPolicy, "notDone", "total")).toEqual([1]);
    expect(table(tables, "未実施・期限超過一覧").rows).toHaveLength(1);
  });

  it("lists each item once in the year-end results, with no empty rows from the list", () => {
    const yearEnd = table(tables, "年度末実施結果");
    const items = yearEnd.rows.filter((r) => r.style === undefined);
    expect(items.map((r) => r.cells[0])).toEqual(["市民説明会の開催", "協働研修の実施", "広報紙の発行"]);
    expect(yearEnd.rows.filter((r) => r.style === "group").map((r) => r.cells[0])).toEqual([
      "協働の推進",
      "情報の共有",
    ]);
  });

  it("says on the per-file sheet which sheets were left out and why, with their findings still counted", () => {
    const byFile = table(tables, "集計_ファイル別");
    const rows = byFile.rows.filter((r) => r.style === undefined);
    const at = (key: string) => byFile.columns.findIndex((c) => c.key === key);
    expect(rows.map((r) => [r.cells[at("sheet")], r.cells[at("items")], r.cells[at("note")]])).toEqual([
      ["実施計画", 3, null],
      ["取組一覧", null, "集計対象外: 年度・計画・実績・結果の列がない一覧（3件）"],
      ["指標", null, "集計対象外: 状況のない指標の表（1件）"],
    ]);
    expect(byFile.notes?.[0].ja).toContain("一覧・概要表・指標の表は検査して指摘を数えますが");
    const en = summaryTables([{ file: "plan.xlsx", report }], { lang: "en", perFile: true })[0];
    expect(en.rows[1].cells[en.columns.findIndex((c) => c.key === "note")]).toBe(
      "Not counted: a list with no year, plan, actual or result column (3 items)",
    );
    expect(en.rows[2].cells[en.columns.findIndex((c) => c.key === "note")]).toBe(
      "Not counted: an indicator table, with no states (1 item)",
    );
  });
});
