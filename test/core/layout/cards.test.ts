// Card sheets: one item per 整理番号 block, statuses in the row below the 年次計画 years.

import { checkOne } from "../../helpers/workbook";

const sheet = {
  name: "年度別実行計画",
  rows: [
    ["年度別実行計画"],
    [],
    ["推進方針 I 参加しやすい環境づくり"],
    ["推進施策 (1) 拠点機能の充実"],
    ["整理番号", "I-(1)-①", null, null, null, null],
    ["推進項目", "① 地域交流センターの設置", null, "担当課", "協働推進課・生涯学習課", null],
    ["実施主体", "行政", null, null, null, null],
    ["推進項目対象", "■市民 □事業者", null, null, null, null],
    ["推進内容", "公民館を地域交流センターとする", null, null, null, null],
    ["年次計画", "H20", "H21", "H22", "H23", "H24"],
    [null, "検討", "実施・完了予定", null, null, null],
    [],
    ["整理番号", "I-(1)-②", null, null, null, null],
    ["推進項目", "② 拠点機能の強化", null, "担当課", "協働推進課", null],
    ["年次計画", "H20", "H21", "H22", "H23", "H24"],
    [null, "検討", "→", "一部実施", "実施", "→"],
    ["推進方針 II 情報の共有"],
    ["推進施策 (1) 調査・研究"],
    ["整理番号", "II-(1)-①", null, null, null, null],
    ["推進項目", "① 実態調査", null, "担当課", null, null],
    ["年次計画", "H20", "H21", "H22", "H23", "H24"],
    [null, "調査", "⇒", "完了", null, null],
  ],
  merges: ["A1:F1", "A3:F3", "A4:F4", "B5:F5", "B6:C6", "E6:F6", "A10:A11", "A15:A16", "A17:F17", "A18:F18"],
};

describe("a card sheet", () => {
  test("one item per card, with title, department and the card's cells", async () => {
    const report = await checkOne(sheet, { asOf: "2013-03-31" });
    expect(report.layout).toBe("cards");
    expect(report.items.map((i) => [i.row, i.title, i.detail, i.department?.address, i.range])).toEqual([
      [5, "① 地域交流センターの設置", "公民館を地域交流センターとする", "E6", "A5:F11"],
      [13, "② 拠点機能の強化", "", "E14", "A13:F16"],
      [19, "① 実態調査", "", "E20", "A19:F22"],
    ]);
  });

  test("policy paths from the heading rows above the cards", async () => {
    const report = await checkOne(sheet, { asOf: "2013-03-31" });
    expect(report.items.map((i) => i.path)).toEqual([
      ["推進方針 I 参加しやすい環境づくり", "推進施策 (1) 拠点機能の充実"],
      ["推進方針 I 参加しやすい環境づくり", "推進施策 (1) 拠点機能の充実"],
      ["推進方針 II 情報の共有", "推進施策 (1) 調査・研究"],
    ]);
  });

  test("the status row below the years is the schedule", async () => {
    const report = await checkOne(sheet, { asOf: "2013-03-31" });
    expect(report.items[0].schedule.map((s) => [s.year, s.cell.address, s.cell.kind, s.cell.tokens])).toEqual(
      [
        [2008, "B11", "status", ["検討"]],
        [2009, "C11", "status", ["実施", "完了予定"]],
        [2010, "D11", "empty", []],
        [2011, "E11", "empty", []],
        [2012, "F11", "empty", []],
      ],
    );
    expect(report.planYears).toEqual([2008, 2009, 2010, 2011, 2012]);
  });

  test("rules apply to cards: an empty 担当課 is missing", async () => {
    const report = await checkOne(sheet, { asOf: "2013-03-31" });
    expect(report.findings.filter((f) => f.severity !== "info").map((f) => [f.cell, f.rule])).toEqual([
      ["E20", "department-missing"],
    ]);
  });
});

describe("cards with an actual row", () => {
  const sheet = {
    name: "進捗カード",
    rows: [
      ["整理番号", "1", null, null],
      ["推進項目", "広報", "担当課", "広報課"],
      ["年次計画", "H24", "H25", "H26"],
      [null, "実施", "⇒", "⇒"],
      ["実績", "実施", "未実施", null],
      ["整理番号", "2", null, null],
      ["推進項目", "講座", "担当課", "広報課"],
      ["年次計画", "H24", "H25", "H26"],
      [null, "実施", "⇒", "⇒"],
      ["実績", "実施", null, null],
    ],
    merges: ["A3:A4", "A8:A9"],
  };

  test("the 実績 row under the years holds each year's actual", async () => {
    const report = await checkOne(sheet, { asOf: "2014-03-31" });
    expect(report.items[0].actuals.map((a) => [a.year, a.cell.address])).toEqual([
      [2012, "B5"],
      [2013, "C5"],
      [2014, "D5"],
    ]);
    expect(report.findings.map((f) => [f.cell, f.rule])).toEqual([
      ["C5", "item-unimplemented"],
      ["C10", "item-overdue"],
    ]);
    expect(report.states.map((s) => [s.basis, s.state])).toEqual([
      ["actual", "notDone"],
      ["actual", "overdue"],
    ]);
  });
});

describe("card headings written other ways", () => {
  const card = (n: string, title: string): (string | null)[][] => [
    ["整理番号", n],
    ["推進項目", title, "担当課", "協働推進課"],
    ["年次計画", "R4", "R5"],
    [null, "実施", "⇒"],
  ];

  test("a heading as a policy label and its value (推進方針 | I …), dates and notes above", async () => {
    const report = await checkOne(
      {
        name: "カード",
        rows: [
          ["年度別実行計画"],
          ["令和5年4月1日 作成"],
          ["※ 各課で年度末に記入すること"],
          ["推進方針", "I 参加しやすい環境づくり"],
          ["推進施策", "(1) 拠点機能の充実"],
          ...card("I-(1)-①", "① 地域交流センター"),
          [],
          ["推進方針", "II 情報の共有"],
          ...card("II-(1)-①", "① 実態調査"),
        ],
      },
      { asOf: "2024-03-31" },
    );
    expect(report.layout).toBe("cards");
    expect(report.items.map((i) => [i.title, i.path])).toEqual([
      ["① 地域交流センター", ["推進方針 I 参加しやすい環境づくり", "推進施策 (1) 拠点機能の充実"]],
      ["① 実態調査", ["推進方針 II 情報の共有"]],
    ]);
  });

  test("a card's own policy fields give its path", async () => {
    const report = await checkOne(
      {
        name: "カード",
        rows: [
          ["整理番号", "1"],
          ["基本目標", "1 市民が主役のまち"],
          ["推進項目", "地域交流センター", "担当課", "協働推進課"],
          ["年次計画", "R4", "R5"],
          [null, "実施", "⇒"],
          [],
          ["整理番号", "2"],
          ["基本目標", "2 情報の共有"],
          ["推進項目", "実態調査", "担当課", "協働推進課"],
          ["年次計画", "R4", "R5"],
          [null, "調査", "完了"],
        ],
      },
      { asOf: "2024-03-31" },
    );
    expect(report.items.map((i) => i.path)).toEqual([["1 市民が主役のまち"], ["2 情報の共有"]]);
  });

  test('cards under no heading have the policy "", whatever stands above them', async () => {
    const report = await checkOne(
      {
        name: "カード",
        rows: [
          ["進行管理カード"],
          ["令和6年3月末時点"],
          ["所管：企画課"],
          ...card("1", "講座"),
          [],
          ...card("2", "広報"),
        ],
      },
      { asOf: "2024-03-31" },
    );
    expect(report.policies.map((p) => [p.name, p.items])).toEqual([["", 2]]);
  });
});
