import { planActual, ruleTester, type RuleCase } from "./ruleTester";

const YEARS = ["H24", "H25", "H26"];
const MERGES = ["A2:A3", "B2:B3", "C2:D2", "E2:F2", "G2:H2"];

/** A legend row above a per-year plan | actual table (rows shift down by one). */
function withLegend(legend: string, actuals: (string | null)[][]): Pick<RuleCase, "rows" | "merges"> {
  const t = planActual(YEARS, ...actuals.map((actual) => ({ plan: ["実施", "⇒", "⇒"], actual })));
  return { rows: [[legend], ...t.rows], merges: MERGES };
}

/** A plan with a 実施結果 column of free text (its year: the latest plan year up to the review year). */
function withResults(...results: (string | null)[]) {
  return [
    ["取組", "担当課", "H24", "H25", "実施結果"],
    ...results.map((r, i) => [`取組${i + 1}`, "広報課", "実施", "⇒", r]),
  ];
}

ruleTester("item-unimplemented", {
  valid: [
    {
      name: "actuals that say done or doing",
      ...planActual(YEARS, { plan: ["実施", "⇒", "⇒"], actual: ["実施", "完了", null] }),
    },
    {
      name: "a not-done actual after the review year",
      ...planActual(YEARS, { plan: ["実施", "⇒", "⇒"], actual: ["実施", "実施", "未実施"] }),
    },
    {
      name: "not-done plan cells are plans, not actuals",
      rows: [
        ["取組", "担当課", "H24", "H25"],
        ["取組1", "広報課", "休止", "中止"],
      ],
    },
    { name: "a result text that reports work", rows: withResults("広報紙に年4回掲載した。", null) },
    {
      name: "a not-done word inside a sentence is the partly rule's",
      rows: withResults("一部の講座は未実施。"),
    },
    {
      name: "a legend mark meaning 順調",
      ...withLegend("◎ 達成 ○ 順調 △ 遅れ × 未着手", [["○", "◎", null]]),
    },
  ],
  invalid: [
    {
      name: "未実施 in a closed year's actual",
      ...planActual(YEARS, { plan: ["実施", "⇒", "⇒"], actual: ["未実施", null, null] }),
      findings: [{ cell: "D3", value: "未実施" }],
    },
    ...["未着手", "中止", "延期", "休止", "中止予定"].map((w) => ({
      name: `${w} in the review year's actual`,
      ...planActual(YEARS, { plan: ["実施", "⇒", "⇒"], actual: ["実施", w, null] }),
      findings: [{ cell: "F3", value: w }],
    })),
    {
      name: "the earliest year only, continuation marks included",
      ...planActual(YEARS, { plan: ["実施", "⇒", "⇒"], actual: ["未実施", "⇒", null] }),
      findings: [{ cell: "D3", value: "未実施" }],
    },
    {
      name: "a whole result text, final punctuation aside",
      rows: withResults("未実施。", "広報紙に掲載した。", " 中止 "),
      findings: [
        { cell: "E2", value: "未実施。" },
        { cell: "E4", value: " 中止 " },
      ],
    },
    {
      name: "× where the legend says 未着手",
      ...withLegend("◎ 達成 ○ 順調 △ 遅れ × 未着手", [["○", "×", null]]),
      findings: [{ cell: "F4", value: "×" }],
    },
    {
      name: "Ｄ where the legend says 未着手 (marks compared after NFKC)",
      ...withLegend("Ａ 計画どおり Ｂ 概ね計画どおり Ｃ 遅れ Ｄ 未着手", [["A", "Ｄ", null]]),
      findings: [{ cell: "F4", value: "Ｄ" }],
    },
  ],
});
