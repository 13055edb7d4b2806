// Plan and actual side by side: per-year 計画 | 実績, a 実施結果 column beside the plan, or H25実績.

import { analyzeBuilt, checkOne } from "../../helpers/workbook";

describe("plan and actual side by side", () => {
  test("per-year 計画 | 実績 columns under one year header", async () => {
    const model = await analyzeBuilt({
      name: "s",
      rows: [
        ["取組", "担当課", "H24", null, "H25", null],
        [null, null, "計画", "実績", "計画", "実績"],
        ["取組1", "広報課", "実施", "実施", "⇒", "⇒"],
        ["取組2", "広報課", "検討", "検討", "実施", "未実施"],
      ],
      merges: ["A1:A2", "B1:B2", "C1:D1", "E1:F1"],
    });
    expect(model.items[1].schedule.map((s) => [s.year, s.cell.address])).toEqual([
      [2012, "C4"],
      [2013, "E4"],
    ]);
    expect(model.items[1].actuals.map((s) => [s.year, s.cell.address])).toEqual([
      [2012, "D4"],
      [2013, "F4"],
    ]);
  });

  test("a 実施結果 column next to the plan holds the latest year at or before the review year", async () => {
    const sheet = {
      name: "s",
      rows: [
        ["取組", "担当課", "H24", "H25", "H26", "実施結果"],
        ["取組1", "広報課", "実施", "⇒", "⇒", "広報紙に年4回掲載した。"],
        ["取組2", "広報課", "実施", "⇒", "⇒", null],
      ],
    };
    const model = await analyzeBuilt(sheet, "2014-03-31");
    expect(model.layout).toBe("table");
    expect(model.columns[5]).toMatchObject({ role: "result", kind: "text" });
    expect(model.items[0].results.map((r) => [r.year, r.cell.address])).toEqual([[2013, "F2"]]);
    // After the last plan year the column is the last plan year's.
    const later = await analyzeBuilt(sheet, "2020-03-31");
    expect(later.items[0].results.map((r) => r.year)).toEqual([2014]);
    // The empty result of a closed year with planned activity is overdue.
    const report = await checkOne(sheet, { asOf: "2014-03-31" });
    expect(report.findings.map((f) => [f.cell, f.rule])).toEqual([["F3", "item-overdue"]]);
  });

  test("an H25実績 column is the actual of FY2013", async () => {
    const model = await analyzeBuilt({
      name: "s",
      rows: [
        ["取組", "担当課", "H24", "H25", "H26", "H25実績"],
        ["取組1", "広報課", "実施", "⇒", "完了", "実施"],
        ["取組2", "広報課", "実施", "⇒", "⇒", "未実施"],
      ],
    });
    expect(model.columns.map((c) => [c.header, c.role, c.year ?? null])).toEqual([
      ["取組", "item", null],
      ["担当課", "department", null],
      ["H24", "plan", 2012],
      ["H25", "plan", 2013],
      ["H26", "plan", 2014],
      ["H25実績", "actual", 2013],
    ]);
    expect(model.items[1].actuals.map((s) => [s.year, s.cell.address, s.cell.categories])).toEqual([
      [2013, "F3", ["notDone"]],
    ]);
  });

  test("a year with a status column and a text column: both are its actual", async () => {
    const report = await checkOne(
      {
        name: "s",
        rows: [
          ["取組", "担当課", "H25", null, null],
          [null, null, "計画", "進捗状況", "実績"],
          ["取組1", "広報課", "実施", "実施", "広報紙に掲載した。"],
          ["取組2", "広報課", "実施", null, "講座を開いた。"],
          ["取組3", "広報課", "実施", null, null],
        ],
        merges: ["A1:A2", "B1:B2", "C1:E1"],
      },
      { asOf: "2014-03-31" },
    );
    const item = report.items[1];
    expect(item.actuals.map((s) => s.cell.address)).toEqual(["D4"]);
    expect(item.results.map((s) => s.cell.address)).toEqual(["E4"]);
    expect(report.findings.map((f) => [f.cell, f.rule])).toEqual([["D5", "item-overdue"]]);
  });

  test("plan-only sheets have no actual years", async () => {
    const model = await analyzeBuilt({
      name: "s",
      rows: [
        ["取組", "担当課", "H24", "H25"],
        ["取組1", "広報課", "実施", "⇒"],
      ],
    });
    expect(model.actualYears).toEqual([]);
  });
});
