import { defaultVocabulary, withWords } from "../../../src/core/vocabulary";
import { ruleTester, schedule, planActual } from "./ruleTester";

const MARKS = ["⇒", "→", "➡", "⇨", "＞", ">", "=>", "〃", "同上", "―→", "━→", "━━→", "━━━━⇒", "───→", "――→"];

ruleTester("status-unknown", {
  valid: [
    ...MARKS.map((m) => ({ name: `continuation mark ${m}`, rows: schedule("実施", m, m, m) })),
    ...[
      "見直し・実施",
      "実施・完了予定",
      "検討・一部実施",
      "検討/実施",
      "継続実施",
      "拡充実施",
      "検討準備",
    ].map((w) => ({ name: `combination ${w}`, rows: schedule(w, null, null, null) })),
    ...["検討中", "実施予定", "中止予定", "実施済み", "検討済", "継続実施中", "完了予定"].map((w) => ({
      name: `suffixed ${w}`,
      rows: schedule(w, null, null, null),
    })),
    {
      name: "full-width and spaced words read after normalisation",
      rows: schedule("実 施", "実　施", null, null),
    },
    { name: "an empty schedule cell plans nothing", rows: schedule(null, "実施", null, null) },
    ...["－", "―", "‐", "-", "ー", "—", " － "].map((d) => ({
      name: `a lone dash ${JSON.stringify(d)} is an empty cell`,
      rows: schedule("実施", d, "実施", null),
    })),
    ...["済", "済み"].map((w) => ({ name: `${w} alone says done`, rows: schedule("実施", w, null, null) })),
    {
      name: "a legend written as its label in one cell and its marks merged beside it",
      rows: [
        ["凡例", "◎ 達成　○ 順調　△ 遅れ　× 未着手"],
        ...planActual(
          ["H24", "H25"],
          { plan: ["実施", "実施"], actual: ["◎", "○"] },
          { plan: ["実施", "実施"], actual: ["△", "×"] },
        ).rows,
      ],
      merges: ["B1:F1", "A2:A3", "B2:B3", "C2:D2", "E2:F2"],
    },
    {
      name: "a legend one entry per cell across a row",
      rows: [
        ["凡例", "◎：達成", "○：順調", "△：遅れ", "×：未着手"],
        ...planActual(
          ["H24", "H25"],
          { plan: ["実施", "実施"], actual: ["◎", "○"] },
          { plan: ["実施", "実施"], actual: ["△", "×"] },
        ).rows,
      ],
      merges: ["A2:A3", "B2:B3", "C2:D2", "E2:F2"],
    },
    {
      name: "a legend below the table, one entry a row, ◯ for ○",
      rows: [
        ...planActual(
          ["H24", "H25"],
          { plan: ["実施", "実施"], actual: ["◎", "○"] },
          { plan: ["実施", "実施"], actual: ["△", "×"] },
        ).rows,
        [],
        ["凡例"],
        ["◎ 達成"],
        ["◯ 順調"],
        ["△ 遅れ"],
        ["✕ 未着手"],
      ],
      merges: ["A1:A2", "B1:B2", "C1:D1", "E1:F1"],
    },
    {
      name: "a legend on a sheet named 凡例",
      rows: planActual(
        ["H24", "H25"],
        { plan: ["実施", "実施"], actual: ["◎", "○"] },
        { plan: ["実施", "実施"], actual: ["△", "×"] },
      ).rows,
      merges: ["A1:A2", "B1:B2", "C1:D1", "E1:F1"],
      sheets: [
        {
          name: "凡例",
          rows: [
            ["記号", "意味"],
            ["◎", "達成"],
            ["○", "順調"],
            ["△", "遅れ"],
            ["×", "未着手"],
          ],
        },
      ],
    },
    {
      name: "legend marks ◎○△× are statuses of the sheet",
      rows: [
        ["進捗：◎ 達成 ○ 順調 △ 遅れ × 未着手"],
        ...planActual(
          ["H24", "H25"],
          { plan: ["実施", "実施"], actual: ["◎", "○"] },
          { plan: ["実施", "実施"], actual: ["△", "×"] },
        ).rows,
      ],
      merges: ["A2:A3", "B2:B3", "C2:D2", "E2:F2"],
    },
    {
      name: "legend letters Ａ–Ｄ compared after NFKC",
      rows: [
        ["Ａ 計画どおり Ｂ 概ね計画どおり Ｃ 遅れ Ｄ 未着手"],
        ...planActual(
          ["H24", "H25"],
          { plan: ["実施", "実施"], actual: ["A", "Ｂ"] },
          { plan: ["実施", "実施"], actual: ["Ｃ", "Ｄ"] },
        ).rows,
      ],
      merges: ["A2:A3", "B2:B3", "C2:D2", "E2:F2"],
    },
    {
      name: "a word added to the workbook's vocabulary",
      rows: schedule("啓発", null, null, null),
      options: { vocabulary: withWords(defaultVocabulary(), [{ word: "啓発", category: "doing" }]) },
    },
  ],
  invalid: [
    {
      name: "a fix never adds a negation: 着手 → 未着手 is a suggestion only",
      rows: schedule("着手", null, null, null),
      findings: [{ cell: "C2", value: "着手", firstSuggestions: ["未着手"] }],
    },
    {
      name: "a fix never removes a negation: 未完了 → 完了 is a suggestion only",
      rows: schedule("未完了", null, null, null),
      findings: [{ cell: "C2", value: "未完了", firstSuggestions: ["完了"] }],
    },
    {
      name: "marks without a legend on the sheet are unknown words",
      rows: schedule("◎", null, null, null),
      findings: [{ cell: "C2", value: "◎" }],
    },
    {
      name: "a typo one edit from exactly one word gets a fix",
      rows: schedule("実地", null, null, null),
      findings: [{ cell: "C2", value: "実地", fix: "実施", firstSuggestions: ["実施"] }],
    },
    {
      name: "the fix is the whole corrected cell value",
      rows: schedule("継続実地", null, null, null),
      findings: [{ cell: "C2", value: "継続実地", fix: "継続実施" }],
    },
    {
      name: "a typo of 検討",
      rows: schedule(null, "検當", null, null),
      findings: [{ cell: "D2", value: "検當", fix: "検討" }],
    },
    {
      name: "two words at distance 1: no fix, suggestions",
      rows: schedule("準査", null, null, null),
      findings: [{ cell: "C2", value: "準査", firstSuggestions: ["準備", "調査"] }],
    },
    {
      name: "a one-character value gets no fix nor suggestion",
      rows: schedule("済", "終", null, null),
      findings: [{ cell: "D2", value: "終", suggestions: [] }],
    },
    {
      name: "a sentence is unknown, without suggestions",
      rows: schedule("やった", null, null, null),
      findings: [{ cell: "C2", value: "やった", suggestions: [] }],
    },
    {
      name: "a number is reported as a number",
      rows: schedule(3, null, null, null),
      findings: [{ cell: "C2", value: 3 }],
    },
    {
      name: "a date is reported as an ISO day",
      rows: schedule(new Date(Date.UTC(2013, 3, 1)), null, null, null),
      findings: [{ cell: "C2", value: "2013-04-01" }],
    },
    {
      name: "the value is the text as written",
      rows: schedule(" 実　地 ", null, null, null),
      findings: [{ cell: "C2", value: " 実　地 ", fix: "実施" }],
    },
    {
      name: "one unknown part makes the combination unknown",
      rows: schedule("検討・実地", null, null, null),
      findings: [{ cell: "C2", value: "検討・実地", fix: "検討・実施" }],
    },
    {
      name: "every unknown cell of the item is reported",
      rows: schedule("実地", "実施", "やった", null),
      findings: [
        { cell: "C2", value: "実地", fix: "実施" },
        { cell: "E2", value: "やった" },
      ],
    },
    {
      name: "marks without a legend are unknown words",
      rows: schedule("◎", "○", null, null),
      findings: [
        { cell: "C2", value: "◎" },
        { cell: "D2", value: "○" },
      ],
    },
    {
      name: "a legend naming actors makes no status of its marks",
      rows: [["★市民が主体 ●市が主体"], ...schedule("★", "実施", null, null)],
      findings: [{ cell: "C3", value: "★" }],
    },
    {
      name: "marks of actual cells are read through the legend too",
      rows: [
        ["進捗：◎ 達成 ○ 順調 △ 遅れ × 未着手"],
        ...planActual(
          ["H24", "H25"],
          { plan: ["実施", "実施"], actual: ["◎", "Ｚ"] },
          { plan: ["実施", "実施"], actual: ["○", "△"] },
        ).rows,
      ],
      merges: ["A2:A3", "B2:B3", "C2:D2", "E2:F2"],
      findings: [{ cell: "F4", value: "Ｚ" }],
    },
  ],
});
