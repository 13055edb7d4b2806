// Indicator tables: KPI rows whose year columns hold numbers, so no status or schedule rule applies.

import { checkOne } from "../../helpers/workbook";

const sheet = {
  name: "検証指標",
  rows: [
    ["検証指標一覧"],
    ["節", "検証指標", "単位", "基準値 (H30)", "検証値 (R5)"],
    ["第1節 参画", "市民活動団体数", "団体", 120, 150],
    [null, "講座参加者数", "人", 300, null],
    ["第2節 協働", "協働事業数", "件", 40, "未定"],
  ],
};

describe("an indicator table", () => {
  test("layout indicators, items with the policy column, baseline and target columns are no years", async () => {
    const report = await checkOne(sheet, { asOf: "2024-03-31" });
    expect(report.layout).toBe("indicators");
    expect(report.items.map((i) => [i.title, i.path])).toEqual([
      ["市民活動団体数", ["第1節 参画"]],
      ["講座参加者数", ["第1節 参画"]],
      ["協働事業数", ["第2節 協働"]],
    ]);
    expect(report.columns.map((c) => c.role)).toEqual(["policy", "indicator", "other", "other", "other"]);
    expect(report.items.every((i) => i.schedule.length === 0)).toBe(true);
  });

  test("numbers, blanks and words in the value columns give no finding", async () => {
    const report = await checkOne(sheet, { asOf: "2024-03-31" });
    expect(report.findings).toEqual([]);
    expect(report.policies.map((p) => [p.name, p.items])).toEqual([
      ["第1節 参画", 2],
      ["第2節 協働", 1],
    ]);
  });
});
