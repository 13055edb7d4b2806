// Which cells get an input rule and what each list offers: decided from the sheet's words, legend and
// master, whatever the layout puts where.

import { CONTINUATION_MARKS, DEPARTMENT_LIST, inputRulesPlan } from "../../src/core/inputRules";
import { checkBuilt, type SheetSpec } from "../helpers/workbook";

const ASOF = "2024-03-31";

// Two tables on one sheet, a legend with a mark that names who acts, a status merged across years, and
// a department cell merged over two items.
const SHEET: SheetSpec = {
  name: "計画",
  rows: [
    ["凡例 ◎ 完了 ○ 順調 △ 遅れ ● 主担当"],
    [],
    ["施策", "取組", "担当課", "令和5年度", "令和6年度", "令和7年度"],
    ["1 子育て", "保育所の整備", "こども課", "○", "○", "◎"],
    ["1 子育て", "病児保育", null, "実施", null, null],
    [],
    ["施策", "取組", "担当課", "令和5年度", "令和6年度", "令和7年度"],
    ["2 防災", "防災訓練", "危機管理課", "△", "検討・実施", "ー"],
  ],
  merges: ["C4:C5", "D5:F5"],
};
const MASTER: SheetSpec = { name: "課一覧", rows: [["課名"], ["こども課"], ["危機管理課"]] };

test("status cells of both tables offer the sheet's words, legend marks and continuation marks", async () => {
  const report = await checkBuilt([SHEET, MASTER], { asOf: ASOF });
  const sheet = report.sheets.find((s) => s.name === "計画")!;
  expect(sheet.items.length).toBe(3);
  const plan = inputRulesPlan(report, new Set(["計画"]));
  const status = plan.lists.get("PlanReview_Status1")!;
  // Legend marks that say how far the work is, not the one naming who acts.
  expect(status).toEqual(
    expect.arrayContaining(["◎", "○", "△", "検討", "完了", ...CONTINUATION_MARKS, "ー"]),
  );
  expect(status).not.toContain("●");
  const cells = plan.cells.filter((c) => c.kind === "status").map((c) => c.cell);
  // Cells covered by the status merged across years carry no rule of their own.
  expect(cells).toEqual(expect.arrayContaining(["D4", "E4", "F4", "D5", "D8", "F8"]));
  expect(cells).not.toContain("E5");
  expect(cells).not.toContain("F5");
  // Two words in one cell are not a value of the list: left as they are.
  expect(plan.left).toEqual([{ sheet: "計画", cell: "E8", value: "検討・実施", kind: "status" }]);
  // The merged department cell is one cell, guarded once.
  const departments = plan.cells.filter((c) => c.kind === "department").map((c) => c.cell);
  expect(departments).toEqual(["C4", "C8"]);
  expect(plan.lists.get(DEPARTMENT_LIST)).toEqual(["こども課", "危機管理課"]);
});

test("no master: no department list; a sheet with no status cells gets no list", async () => {
  const report = await checkBuilt([SHEET, { name: "メモ", rows: [["覚え書き"]] }], { asOf: ASOF });
  const plan = inputRulesPlan(report, new Set(["計画", "メモ"]));
  expect([...plan.lists.keys()]).toEqual(["PlanReview_Status1"]);
  expect(plan.cells.every((c) => c.sheet === "計画" && c.kind === "status")).toBe(true);
});
