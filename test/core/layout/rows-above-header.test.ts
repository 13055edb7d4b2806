// Rows above a header are titles or notes unless they read as headings (plan-sheets.md): dates,
// authors, notes, instructions and legends are never a policy, whatever their width or number;
// headings are recognised by their numbering and marks.

import type { CellInput, SheetSpec } from "../../helpers/workbook";
import { checkOne } from "../../helpers/workbook";

const TITLE = "令和5年度 協働推進計画 進行管理表";
const HEADER = ["取組", "担当課", "R4", "R5"];
const ITEMS: CellInput[][] = [
  ["講座の開催", "協働推進課", "実施", "⇒"],
  ["広報紙の発行", "広報課", "検討", "実施"],
  ["拠点の整備", "協働推進課", "準備", "完了"],
];

/** A sheet of rows above the header (each a list of cells, the last merged to `mergeTo` when given). */
function sheet(above: { cells: CellInput[]; mergeTo?: string }[], body = ITEMS): SheetSpec {
  const rows: CellInput[][] = [];
  const merges: string[] = [];
  for (const r of above) {
    rows.push(r.cells);
    if (r.mergeTo) {
      const from = String.fromCharCode(64 + r.cells.length);
      merges.push(`${from}${rows.length}:${r.mergeTo}${rows.length}`);
    }
  }
  rows.push(HEADER, ...body);
  return { name: "計画", rows, merges };
}

const ASIDES: [string, { cells: CellInput[]; mergeTo?: string }[]][] = [
  ["an as-of date", [{ cells: ["令和5年3月末時点"] }]],
  ["an update day in the last column", [{ cells: [null, null, null, "更新日 R5.5.12"] }]],
  [
    "a creation date with the department merged across",
    [{ cells: ["作成日：2023年4月1日　企画調整課"], mergeTo: "D" }],
  ],
  ["an author", [{ cells: ["所管：企画調整課"], mergeTo: "B" }]],
  ["an author as label and value", [{ cells: ["作成部署", "企画調整課"] }]],
  ["a note", [{ cells: ["※ 実績欄は年度末に記入する。"], mergeTo: "D" }]],
  [
    "a filling-in instruction",
    [{ cells: ["記載要領：計画欄には検討・準備・実施・完了のいずれかを記入すること"] }],
  ],
  [
    "an instruction asking for something",
    [{ cells: ["入力後、企画調整課へ提出してください"], mergeTo: "C" }],
  ],
  ["a one-cell legend", [{ cells: ["凡例：◎達成 ○順調 △遅れ ×未着手"], mergeTo: "D" }]],
  ["a legend label with its marks merged beside it", [{ cells: ["凡例", "◎ 達成　○ 順調"], mergeTo: "D" }]],
  ["a legend one entry per cell", [{ cells: ["凡例", "◎ 達成", "○ 順調", "△ 遅れ"] }]],
  [
    "several of them and empty rows",
    [
      { cells: ["令和5年4月1日 作成"] },
      { cells: ["所管：企画調整課"] },
      { cells: [] },
      { cells: ["※ 実績欄は年度末に記入"], mergeTo: "D" },
      { cells: [] },
    ],
  ],
];

describe("rows above the header that are never a policy", () => {
  test.each(ASIDES)("%s, under the title", async (_name, above) => {
    const report = await checkOne(sheet([{ cells: [TITLE], mergeTo: "D" }, ...above]), {
      asOf: "2024-03-31",
    });
    expect(report.items.map((i) => i.title)).toEqual(ITEMS.map((r) => r[0]));
    expect(report.items.map((i) => i.path)).toEqual([[], [], []]);
    expect(report.policies.map((p) => p.name)).toEqual([""]);
  });

  test.each(ASIDES)("%s, above the title", async (_name, above) => {
    const report = await checkOne(sheet([...above, { cells: [TITLE], mergeTo: "D" }]), {
      asOf: "2024-03-31",
    });
    expect(report.policies.map((p) => p.name)).toEqual([""]);
    expect(report.items).toHaveLength(3);
  });

  test("a plain subtitle below the title is no policy either", async () => {
    const report = await checkOne(
      sheet([{ cells: [TITLE] }, { cells: ["～市民とともに歩むまちづくり～"] }]),
      {
        asOf: "2024-03-31",
      },
    );
    expect(report.policies.map((p) => p.name)).toEqual([""]);
  });
});

describe("headings above the header are the policy", () => {
  test.each([
    "施策1 協働の意識を高める",
    "基本目標Ⅱ　安心して暮らせるまち",
    "第2節 参画と協働の推進",
    "1 協働のための人づくり",
    "(1) 市民意識の啓発",
    "① 地域交流の推進",
    "Ⅲ 人づくり",
    "■多様な機会を通した啓発",
    "【重点】情報共有の推進",
  ])("%s", async (heading) => {
    const report = await checkOne(
      sheet([
        { cells: [TITLE], mergeTo: "D" },
        { cells: ["令和5年3月末時点"] },
        { cells: [heading], mergeTo: "D" },
      ]),
      { asOf: "2024-03-31" },
    );
    expect(report.policies.map((p) => p.name)).toEqual([heading]);
  });

  test("plain headings count when they recur as sections in the table", async () => {
    const report = await checkOne(
      {
        name: "計画",
        rows: [[TITLE], ["情報共有の推進"], HEADER, ITEMS[0], ITEMS[1], ["参画の推進"], ITEMS[2]],
        merges: ["A1:D1", "A2:D2", "A6:D6"],
      },
      { asOf: "2024-03-31" },
    );
    expect(report.items.map((i) => i.path[0])).toEqual(["情報共有の推進", "情報共有の推進", "参画の推進"]);
  });

  test("with a hierarchy column, the column gives the policy, dates and notes above change nothing", async () => {
    const report = await checkOne(
      {
        name: "計画",
        rows: [
          [TITLE],
          ["令和5年3月末時点　企画調整課"],
          ["凡例", "◎ 達成 ○ 順調"],
          ["分野", ...HEADER],
          ["情報共有", ...ITEMS[0]],
          [null, ...ITEMS[1]],
          ["参画", ...ITEMS[2]],
        ],
        merges: ["A1:E1", "B3:E3", "A5:A6"],
      },
      { asOf: "2024-03-31" },
    );
    expect(report.policies.map((p) => [p.name, p.items])).toEqual([
      ["情報共有", 2],
      ["参画", 1],
    ]);
  });
});

describe("rows between and after tables", () => {
  test("dates, notes and totals after the last item are no items", async () => {
    const report = await checkOne(
      sheet(
        [{ cells: [TITLE] }],
        [
          ...ITEMS,
          [],
          ["※ 本表は令和6年3月31日現在の状況である。"],
          ["注2", "「⇒」は継続を示す"],
          ["合計", "3件"],
          [null, null, null, "令和6年4月1日 企画調整課"],
        ],
      ),
      { asOf: "2024-03-31" },
    );
    expect(report.items.map((i) => i.title)).toEqual(ITEMS.map((r) => r[0]));
  });
});
