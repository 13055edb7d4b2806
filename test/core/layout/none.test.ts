// Sheets that hold no plan: layout none, no items, no findings.

import { checkBuilt } from "../../helpers/workbook";

describe("sheets with no plan", () => {
  test.each([
    ["a cover page", { name: "表紙", rows: [["協働推進アクションプラン"], [], ["平成24年3月"], ["○○市"]] }],
    [
      "a department list",
      {
        name: "部署",
        rows: [
          ["部", "課"],
          ["総務部", "総務課"],
          ["市民部", "協働推進課"],
        ],
      },
    ],
    ["an empty sheet", { name: "Sheet3", rows: [] }],
    ["a memo", { name: "メモ", rows: [["H25の実績は6月に集計"], ["担当：協働推進課"]] }],
  ])("%s", async (_name, sheet) => {
    const report = await checkBuilt([sheet], { asOf: "2014-03-31" });
    expect(report.sheets[0]).toMatchObject({ layout: "none", items: [], findings: [], policies: [] });
  });

  test("the master sheet 課一覧 is read as the master, never as a plan", async () => {
    const report = await checkBuilt(
      [
        {
          name: "計画",
          rows: [
            ["取組", "担当課", "H24"],
            ["取組1", "広報課", "実施"],
          ],
        },
        { name: "課一覧", rows: [["課名"], ["広報課"], ["協働推進課"]] },
      ],
      { asOf: "2014-03-31" },
    );
    expect(report.departmentsFrom).toBe("sheet:課一覧");
    expect(report.sheets.map((s) => [s.name, s.layout, s.items.length])).toEqual([
      ["計画", "table", 1],
      ["課一覧", "none", 0],
    ]);
  });
});
