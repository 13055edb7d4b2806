// A results sheet: several tables, each under its own section rows and header row.

import { checkOne } from "../../helpers/workbook";

const sheet = {
  name: "H25実施結果",
  rows: [
    ["平成25年度 アクションプラン実施結果"],
    ["◎ 市民が主体　● 市が主体　★ 協働"],
    ["施策1 協働（共働）の意識を高める！！"],
    ["■多様な機会を通して協働（共働）の啓発"],
    [null, "項 目", "アクションプランの内容", "実施結果"],
    ["◎", "啓発講座", "講座を開く", "講座を3回開催し、延べ120人が参加した。"],
    ["●", "広報", "広報紙に載せる", "広報紙に年4回掲載した。"],
    ["■情報の共有"],
    [null, "項 目", "アクションプランの内容", "関係部署"],
    ["★", "情報発信", "情報を出す", "ホームページを更新したが、一部の取組発表は未実施。"],
    ["●", "情報収集", "情報を集める", "団体アンケートを行い、結果を公表した。"],
    ["施策2 協働の場をつくる"],
    ["■拠点の運営"],
    [null, "項 目", "アクションプランの内容", "実施結果"],
    ["◎", "拠点運営", "拠点を運営する", "未実施"],
  ],
  merges: ["A1:D1", "A3:D3", "A4:D4", "A8:D8", "A12:D12", "A13:D13"],
};

describe("a results sheet with three tables", () => {
  test("layout results, one item per data row of every table", async () => {
    const report = await checkOne(sheet, { asOf: "2014-03-31" });
    expect(report.layout).toBe("results");
    expect(report.items.map((i) => [i.row, i.title, i.detail])).toEqual([
      [6, "啓発講座", "講座を開く"],
      [7, "広報", "広報紙に載せる"],
      [10, "情報発信", "情報を出す"],
      [11, "情報収集", "情報を集める"],
      [15, "拠点運営", "拠点を運営する"],
    ]);
  });

  test("policy = the outermost section row, second level = the ■ row below it", async () => {
    const report = await checkOne(sheet, { asOf: "2014-03-31" });
    expect(report.items.map((i) => i.path.slice(0, 2))).toEqual([
      ["施策1 協働（共働）の意識を高める！！", "■多様な機会を通して協働（共働）の啓発"],
      ["施策1 協働（共働）の意識を高める！！", "■多様な機会を通して協働（共働）の啓発"],
      ["施策1 協働（共働）の意識を高める！！", "■情報の共有"],
      ["施策1 協働（共働）の意識を高める！！", "■情報の共有"],
      ["施策2 協働の場をつくる", "■拠点の運営"],
    ]);
    expect(report.policies.map((p) => [p.name, p.items])).toEqual([
      ["施策1 協働（共働）の意識を高める！！", 4],
      ["施策2 協働の場をつくる", 1],
    ]);
  });

  test("the column titled 関係部署 holding sentences is the result column, no department", async () => {
    const report = await checkOne(sheet, { asOf: "2014-03-31" });
    const info = report.items[2];
    expect(info.department).toBeNull();
    expect(info.results.map((r) => [r.year, r.cell.address])).toEqual([[2013, "D10"]]);
    expect(report.findings.filter((f) => f.rule.startsWith("department-"))).toEqual([]);
  });

  test("results belong to the year the title gives (the sheet has no year columns)", async () => {
    const report = await checkOne(sheet, { asOf: "2014-03-31" });
    expect(report.actualYears).toEqual([2013]);
    expect(report.findings.map((f) => [f.cell, f.rule])).toEqual([
      ["D10", "item-partly-unimplemented"],
      ["D15", "item-unimplemented"],
    ]);
  });

  test("the marker column ◎●★ is an actor column", async () => {
    const report = await checkOne(sheet, { asOf: "2014-03-31" });
    expect(report.columns[0]).toMatchObject({ letter: "A", role: "actor" });
  });
});

describe("the year of a result column on a sheet without year columns", () => {
  const rows = (title: string | null) => [
    ...(title ? [[title]] : []),
    ["項目", "内容", "実施結果"],
    ["講座", "講座を開く", "未実施"],
  ];
  const yearOf = async (name: string, title: string | null, asOf: string) => {
    const report = await checkOne({ name, rows: rows(title) }, { asOf });
    return {
      years: report.actualYears,
      message: report.findings.find((f) => f.rule === "item-unimplemented")?.message,
    };
  };

  test("the title's year, whatever the review day (messages name it)", async () => {
    expect(await yearOf("実施結果", "平成25年度 アクションプラン実施結果", "2026-12-04")).toEqual({
      years: [2013],
      message: "平成25年度の実績が「未実施」です",
    });
  });

  test("else the sheet name's year (H25実施結果)", async () => {
    expect((await yearOf("H25実施結果", null, "2026-12-04")).years).toEqual([2013]);
    expect((await yearOf("R5結果", "アクションプラン実施結果", "2026-12-04")).years).toEqual([2023]);
  });

  test("a plan period names no single year; then the review year", async () => {
    expect((await yearOf("結果", "実施結果（平成22年度～平成27年度）", "2014-03-31")).years).toEqual([2013]);
    expect((await yearOf("結果", null, "2016-06-01")).years).toEqual([2016]);
  });

  test("a date above the header is no title: 令和6年3月末時点 does not date the results", async () => {
    const report = await checkOne(
      { name: "結果", rows: [["アクションプラン実施結果"], ["令和6年3月末時点"], ...rows(null)] },
      { asOf: "2016-06-01" },
    );
    expect(report.actualYears).toEqual([2016]);
  });
});
