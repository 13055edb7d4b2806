// A matrix: every item with ■/□ marks for its targets; items and policies, no schedule.

import { checkOne } from "../../helpers/workbook";

const sheet = {
  name: "推進項目一覧表",
  rows: [
    ["推進項目一覧表"],
    [],
    ["推進方針", "推進施策", "推進項目", "推進項目の対象", null, null],
    [null, null, null, "市民", "事業者", "行政"],
    ["I 環境づくり", "(1) 拠点", "① センターの設置", "■", "□", "■"],
    [null, null, "② 拠点の強化", "□", "□", "■"],
    [null, "(2) 支援", "① 交付金", "■", "■", "□"],
    ["II 情報の共有", "(1) 調査", "① 実態調査", "□", "□", "■"],
  ],
  merges: ["A1:F1", "A3:A4", "B3:B4", "C3:C4", "D3:F3", "A5:A7", "B5:B6"],
};

describe("a matrix", () => {
  test("layout matrix with target columns", async () => {
    const report = await checkOne(sheet, { asOf: "2013-03-31" });
    expect(report.layout).toBe("matrix");
    expect(report.columns.map((c) => [c.header, c.role])).toEqual([
      ["推進方針", "policy"],
      ["推進施策", "policy"],
      ["推進項目", "item"],
      ["推進項目の対象 市民", "target"],
      ["推進項目の対象 事業者", "target"],
      ["推進項目の対象 行政", "target"],
    ]);
  });

  test("items and policy paths, no schedule and no findings", async () => {
    const report = await checkOne(sheet, { asOf: "2013-03-31" });
    expect(report.items.map((i) => [i.title, i.path])).toEqual([
      ["① センターの設置", ["I 環境づくり", "(1) 拠点"]],
      ["② 拠点の強化", ["I 環境づくり", "(1) 拠点"]],
      ["① 交付金", ["I 環境づくり", "(2) 支援"]],
      ["① 実態調査", ["II 情報の共有", "(1) 調査"]],
    ]);
    expect(report.items.every((i) => i.schedule.length === 0)).toBe(true);
    expect(report.findings).toEqual([]);
    expect(report.policies.map((p) => [p.name, p.items])).toEqual([
      ["I 環境づくり", 3],
      ["II 情報の共有", 1],
    ]);
  });

  test("a long matrix (more rows than the columns' sample) still has target columns", async () => {
    // Column contents are judged on an even sample of 2,000 texts: the share of marks must be
    // counted over that sample, not over all 4,000 rows.
    const rows = Array.from({ length: 4000 }, (_, i) => [null, null, `項目${i + 1}`, "■", "□", "■"]);
    rows[0][0] = "I 環境づくり";
    const report = await checkOne(
      {
        name: "推進項目一覧表",
        rows: [...sheet.rows.slice(0, 4), ...rows],
        merges: sheet.merges.slice(0, 5),
      },
      { asOf: "2013-03-31" },
    );
    expect(report.layout).toBe("matrix");
    expect(report.columns.slice(3).map((c) => c.role)).toEqual(["target", "target", "target"]);
    expect(report.items).toHaveLength(4000);
  });
});

describe("a numbered list whose section rows stand in the 番号 column", () => {
  test("the section rows are policies, not items", async () => {
    const report = await checkOne(
      {
        name: "一覧",
        rows: [
          ["推進項目一覧表"],
          ["番号", "推進項目", "推進項目の対象", null, null],
          [null, null, "市民", "団体", "企業"],
          ["Ⅰ 意識づくり"],
          ["1", "情報提供", "■", "□", "■"],
          ["2", "講座", "□", "■", "□"],
          ["Ⅱ 場づくり"],
          ["3", "拠点", "■", "■", "□"],
        ],
        merges: ["C2:E2"],
      },
      { asOf: "2014-03-31" },
    );
    expect(report.layout).toBe("matrix");
    expect(report.items.map((i) => [i.row, i.title, i.path])).toEqual([
      [5, "情報提供", ["Ⅰ 意識づくり"]],
      [6, "講座", ["Ⅰ 意識づくり"]],
      [8, "拠点", ["Ⅱ 場づくり"]],
    ]);
  });
});
