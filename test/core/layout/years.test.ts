// Year headers in every era and form become fiscal years; a bare 24年度 takes the era the sheet names.

import { checkOne, analyzeBuilt } from "../../helpers/workbook";

const table = (years: string[], above: string[][] = []) => ({
  name: "s",
  rows: [...above, ["取組", "担当課", ...years], ["取組1", "広報課", ...years.map(() => "実施")]],
});

describe("year headers", () => {
  test.each([
    ["R5", 2023],
    ["令和5年度", 2023],
    ["令和元年度", 2019],
    ["平成31年度", 2019],
    ["H31", 2019],
    ["R1", 2019],
    ["2023年度", 2023],
    ["2023", 2023],
    ["H24", 2012],
    ["Ｈ２４", 2012],
    ["平成24年度", 2012],
    ["H24年度", 2012],
    ["平成元年度", 1989],
  ])("%s is fiscal year %d", async (header, year) => {
    const model = await analyzeBuilt(table([header]));
    expect(model.planYears).toEqual([year]);
    expect(model.items[0].schedule[0].year).toBe(year);
  });

  test("平成31年度 and 令和元年度 on one sheet are one year", async () => {
    const model = await analyzeBuilt(table(["平成30年度", "平成31年度", "令和2年度"]));
    expect(model.planYears).toEqual([2018, 2019, 2020]);
  });

  test("a bare 24年度 resolved by a title row (平成…): no year-ambiguous", async () => {
    const report = await checkOne(table(["24年度", "25年度"], [["実施計画（平成22年度～平成27年度）"]]), {
      asOf: "2014-03-31",
    });
    expect(report.planYears).toEqual([2012, 2013]);
    expect(report.findings.filter((f) => f.rule === "year-ambiguous")).toEqual([]);
  });

  test("a bare 5年度 resolved by a 令和 title", async () => {
    const model = await analyzeBuilt(table(["5年度", "6年度"], [["第2次計画（令和4年度～令和8年度）"]]));
    expect(model.planYears).toEqual([2023, 2024]);
  });

  test("a bare year the sheet does not settle: read nearest the review year, reported as info", async () => {
    const early = await checkOne(table(["24年度"]), { asOf: "2014-03-31" });
    expect(early.planYears).toEqual([2012]);
    const late = await checkOne(table(["5年度"]), { asOf: "2024-03-31" });
    expect(late.planYears).toEqual([2023]);
    expect(late.findings.map((f) => [f.rule, f.severity, f.cell, f.value])).toEqual([
      ["year-ambiguous", "info", "C1", "5年度"],
    ]);
    expect(late.findings[0].message).toContain("令和5年度");
  });

  test("a plain two-digit number is no year", async () => {
    const model = await analyzeBuilt({
      name: "s",
      rows: [
        ["取組", "担当課", "24"],
        ["取組1", "広報課", "3"],
      ],
    });
    expect(model.planYears).toEqual([]);
  });
});

describe("year headers with a second reading or a role word", () => {
  test("H24 (2012), 2013 (H25), 平成26年度（2014年度）, H27年度計画", async () => {
    const model = await analyzeBuilt({
      name: "s",
      rows: [
        ["取組\n内容", "実施主体", "H24\n(2012)", "2013\n(H25)", "平成26年度\n（2014年度）", "H27年度計画"],
        ["広報", "広報課", "実施", "⇒", "⇒", "⇒"],
        ["講座", "協働推進課・生涯学習課", "実施", "⇒", "⇒", "⇒"],
      ],
    });
    expect(model.planYears).toEqual([2012, 2013, 2014, 2015]);
    // 実施主体 holding department names is the department column.
    expect(model.columns.slice(0, 2).map((c) => c.role)).toEqual(["item", "department"]);
  });
});
