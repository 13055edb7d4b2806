import { defaultVocabulary, withShortfall } from "../../../src/core/vocabulary";
import type { CellInput } from "../../helpers/workbook";
import { ruleTester } from "./ruleTester";

/** A results sheet: 項目 | アクションプランの内容 | 実施結果, one item per result text. */
function results(...texts: CellInput[]): CellInput[][] {
  return [
    ["平成25年度 実施結果"],
    ["項目", "アクションプランの内容", "実施結果"],
    ...texts.map((t, i) => [`項目${i + 1}`, "講座を開く", t]),
  ];
}

const PHRASES = ["に止まった", "にとどまった", "できなかった", "至らなかった", "見送った"];

ruleTester("item-partly-unimplemented", {
  valid: [
    { name: "延べ is not 延期", rows: results("講座を3回開催し、延べ120人が参加した。") },
    { name: "work reported as done", rows: results("広報紙に年4回掲載した。", "予定どおり完了した。") },
    { name: "a whole not-done word is item-unimplemented, not partly", rows: results("未実施", "未着手。") },
    { name: "an empty result", rows: results(null, "広報紙に掲載した。") },
    {
      name: "a not-done word telling the history of work that was done",
      rows: results(
        "延期していた講座を開催した。",
        "中止となった事業に代わり、新たに説明会を開催した。",
        "未実施だった地区で説明会を開いた。",
        "昨年度延期の講座を開催した",
      ),
    },
    { name: "a lone dash is an empty result", rows: results("－", "―") },
    {
      name: "a result for a year after the review year",
      rows: [
        ["取組", "担当課", "H25", "H26", "H26実績"],
        ["取組1", "広報課", "実施", "⇒", "講座は開催できなかった。"],
      ],
    },
  ],
  invalid: [
    {
      name: "a not-done word inside other text",
      rows: results("ホームページを更新したが、一部の取組発表は未実施。"),
      findings: [{ cell: "C3", value: "ホームページを更新したが、一部の取組発表は未実施。" }],
    },
    {
      name: "中止 and 延期 inside sentences",
      rows: results("雨天のため1回は中止となった。", "説明会は次年度に延期した。"),
      findings: [
        { cell: "C3", value: "雨天のため1回は中止となった。" },
        { cell: "C4", value: "説明会は次年度に延期した。" },
      ],
    },
    {
      name: "a not-done word that says what happened, after history in the same text",
      rows: results(
        "説明会は中止となった。",
        "一部は未実施。",
        "中止した事業もあった。",
        "延期していた講座を開催したが、講演会は中止となった。",
        "講座は中止となり、資料配布のみ行った。",
      ),
      findings: [
        { cell: "C3", value: "説明会は中止となった。" },
        { cell: "C4", value: "一部は未実施。" },
        { cell: "C5", value: "中止した事業もあった。" },
        { cell: "C6", value: "延期していた講座を開催したが、講演会は中止となった。" },
        { cell: "C7", value: "講座は中止となり、資料配布のみ行った。" },
      ],
    },
    ...PHRASES.map((p) => ({
      name: `the shortfall phrase ${p}`,
      rows: results(`参加者は目標の半数${p}。`),
      findings: [{ cell: "C3", value: `参加者は目標の半数${p}。` }],
    })),
    {
      name: "a phrase added to the workbook's list",
      rows: results("調整に時間を要した。"),
      options: { vocabulary: withShortfall(defaultVocabulary(), ["時間を要した"]) },
      findings: [{ cell: "C3", value: "調整に時間を要した。" }],
    },
    {
      name: "a result column titled 関係部署 that holds sentences",
      rows: [
        ["項目", "アクションプランの内容", "関係部署"],
        ["項目1", "講座を開く", "講座を開いたが、出前講座は実施できなかった。"],
        ["項目2", "広報", "広報紙に年4回掲載した。"],
      ],
      findings: [{ cell: "C2", value: "講座を開いたが、出前講座は実施できなかった。" }],
    },
  ],
});
