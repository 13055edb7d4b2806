// Two-row headers: a group title over the years, or a year over 計画 | 実績.

import { analyzeBuilt } from "../../helpers/workbook";

describe("two-row headers", () => {
  test("計画 merged over H24..H27, years in the row below", async () => {
    const model = await analyzeBuilt({
      name: "計画",
      rows: [
        ["(ウ) 取組内容", "(エ) 関係課", "(カ) 計画", null, null, null],
        [null, null, "H24", "H25", "H26", "H27"],
        ["広報の充実", "広報課", "実施", "⇒", "⇒", "完了"],
        ["交流会", "協働推進課", "検討", "実施", null, null],
      ],
      merges: ["A1:A2", "B1:B2", "C1:F1"],
    });
    expect(model.layout).toBe("table");
    expect(model.columns.map((c) => [c.header, c.role, c.year ?? null])).toEqual([
      ["(ウ) 取組内容", "item", null],
      ["(エ) 関係課", "department", null],
      ["(カ) 計画 H24", "plan", 2012],
      ["(カ) 計画 H25", "plan", 2013],
      ["(カ) 計画 H26", "plan", 2014],
      ["(カ) 計画 H27", "plan", 2015],
    ]);
    expect(model.items.map((i) => [i.row, i.title, i.department?.value])).toEqual([
      [3, "広報の充実", "広報課"],
      [4, "交流会", "協働推進課"],
    ]);
    expect(model.planYears).toEqual([2012, 2013, 2014, 2015]);
    expect(model.actualYears).toEqual([]);
  });

  test("H24 merged over 計画 | 実績", async () => {
    const model = await analyzeBuilt({
      name: "進捗",
      rows: [
        ["取組内容", "担当課", "H24", null, "H25", null],
        [null, null, "計画", "実績", "計画", "実績"],
        ["広報の充実", "広報課", "実施", "実施", "⇒", "未実施"],
        ["交流会", "協働推進課", "検討", "検討", "実施", "実施"],
      ],
      merges: ["A1:A2", "B1:B2", "C1:D1", "E1:F1"],
    });
    expect(model.columns.map((c) => [c.letter, c.role, c.year ?? null])).toEqual([
      ["A", "item", null],
      ["B", "department", null],
      ["C", "plan", 2012],
      ["D", "actual", 2012],
      ["E", "plan", 2013],
      ["F", "actual", 2013],
    ]);
    const item = model.items[0];
    expect(item.schedule.map((s) => [s.year, s.cell.address])).toEqual([
      [2012, "C3"],
      [2013, "E3"],
    ]);
    expect(item.actuals.map((s) => [s.year, s.cell.address, s.cell.normalized])).toEqual([
      [2012, "D3", "実施"],
      [2013, "F3", "未実施"],
    ]);
    expect(model.actualStatusYears).toEqual([2012, 2013]);
  });
});
