// 指標の達成状況: each indicator's figures and bar, and the count of grades per policy.

import { summaryTables } from "../../../src/core/summary/build";
import { drawnBar } from "../../../src/core/summary/indicators";
import { SUMMARY_SHEETS } from "../../../src/core/summary/labels";
import { checkBuilt } from "../../helpers/workbook";

const rows = [
  ["施策", "検証指標", "単位", "基準値(H30)", "目標値(R5)", "実績値(R3)"],
  // (50 − 40) / (60 − 40) = 0.5 → C
  ["1 参画", "参加者の割合", "%", 40, 60, 50],
  // (19 − 10) / (20 − 10) = 0.9 → B
  [null, "協働事業数", "件", 10, 20, 19],
  // lower is better: (190 − 177) / (100 − 177) = −0.1688 → D
  ["2 行政", "事務処理ミス件数", "件", 177, 100, 190],
  // no actual → ungraded
  [null, "窓口満足度", "%", 47.1, 60, null],
];

async function table(lang: "ja" | "en" = "ja") {
  const report = await checkBuilt([{ name: "指標", rows, merges: ["A2:A3", "A4:A5"] }], {
    asOf: "2022-03-31",
  });
  return summaryTables([{ report }], { lang }).find((t) => t.sheetName === SUMMARY_SHEETS.indicators)!;
}

test("one row per indicator, a count of grades per policy, and a total", async () => {
  const t = await table();
  const keys = t.columns.map((c) => c.key);
  const pick = (cells: (string | number | null)[], ...ks: string[]) => ks.map((k) => cells[keys.indexOf(k)]);
  expect(
    t.rows.map((r) =>
      pick(r.cells, "policy", "indicator", "baseline", "target", "actual", "rate", "grade", "bar"),
    ),
  ).toEqual([
    [
      "1 参画",
      "参加者の割合",
      "40（平成30年度）",
      "60（令和5年度）",
      "50（令和3年度）",
      0.5,
      "C",
      "■■■■■□□□□□",
    ],
    [
      "1 参画",
      "協働事業数",
      "10（平成30年度）",
      "20（令和5年度）",
      "19（令和3年度）",
      0.9,
      "B",
      "■■■■■■■■■□",
    ],
    ["1 参画 計", null, null, null, null, null, null, null],
    [
      "2 行政",
      "事務処理ミス件数",
      "177（平成30年度）",
      "100（令和5年度）",
      "190（令和3年度）",
      expect.closeTo(-0.1688, 4),
      "D",
      "▼",
    ],
    ["2 行政", "窓口満足度", "47.1（平成30年度）", "60（令和5年度）", null, null, "未評価", null],
    ["2 行政 計", null, null, null, null, null, null, null],
    ["合計", null, null, null, null, null, null, null],
  ]);
  expect(t.rows.map((r) => pick(r.cells, "A", "B", "C", "D", "none"))).toEqual([
    [null, null, null, null, null],
    [null, null, null, null, null],
    [0, 1, 1, 0, 0],
    [null, null, null, null, null],
    [null, null, null, null, null],
    [0, 0, 0, 1, 1],
    [0, 1, 1, 1, 1],
  ]);
  // Each indicator links back to the actual it was graded with (else its target).
  expect(t.rows.map((r) => r.links?.find((l) => l)?.cell ?? null)).toEqual([
    "F2",
    "F3",
    null,
    "F4",
    "E5",
    null,
    null,
  ]);
  expect(t.bar).toBe("bar");
});

test("English titles; no table when no sheet has graded indicators", async () => {
  expect((await table("en")).title.en).toBe("Indicators: achievement and grades");
  const plan = await checkBuilt(
    [
      {
        name: "計画",
        rows: [
          ["取組", "担当課", "H25"],
          ["講座", "協働推進課", "実施"],
        ],
      },
    ],
    {
      asOf: "2014-03-31",
    },
  );
  expect(summaryTables([{ report: plan }], { lang: "ja" }).map((t) => t.sheetName)).not.toContain(
    SUMMARY_SHEETS.indicators,
  );
});

test.each([
  [null, null],
  [-0.2, "▼"],
  [0, "□□□□□□□□□□"],
  [0.84, "■■■■■■■■□□"],
  [1, "■■■■■■■■■■"],
  [1.3, "■■■■■■■■■■＋"],
])("the bar of %p is %p", (rate, bar) => {
  expect(drawnBar(rate)).toBe(bar);
});
