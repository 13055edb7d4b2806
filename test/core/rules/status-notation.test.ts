import { defaultVocabulary, withWords } from "../../../src/core/vocabulary";
import { ruleTester, schedule } from "./ruleTester";

const katakana = withWords(defaultVocabulary(), [{ word: "スタート", category: "doing" }]);
const latin = withWords(defaultVocabulary(), [{ word: "OK", category: "done" }]);

ruleTester("status-notation", {
  valid: [
    {
      name: "words as the vocabulary writes them",
      rows: schedule("検討", "実施", "見直し・実施", "完了予定"),
    },
    { name: "a compound written together", rows: schedule("継続実施", "拡充実施", null, null) },
    { name: "surrounding spaces are trimmed, not notation", rows: schedule(" 実施 ", null, null, null) },
    ...["⇒", "＞", "━━→", "〃", "同上", "=>"].map((m) => ({
      name: `continuation marks are never notation (${m})`,
      rows: schedule("実施", m, null, null),
    })),
    {
      name: "legend marks written full-width are marks, not notation",
      rows: [["Ａ 計画どおり Ｂ 概ね計画どおり Ｃ 遅れ Ｄ 未着手"], ...schedule("Ａ", "Ｂ", null, null)],
    },
    {
      name: "the half-width slash and middle dot are separators as written",
      rows: schedule("検討/実施", "検討･実施", null, null),
    },
    { name: "unknown words are not notation", rows: schedule("実 地", null, null, null) },
  ],
  invalid: [
    {
      name: "a half-width space inside",
      rows: schedule("実 施", null, null, null),
      findings: [{ cell: "C2", value: "実 施", fix: "実施" }],
    },
    {
      name: "an ideographic space inside",
      rows: schedule(null, "実　施", null, null),
      findings: [{ cell: "D2", value: "実　施", fix: "実施" }],
    },
    {
      name: "a space between two known words: the fix joins them",
      rows: schedule("継続 実施", null, null, null),
      findings: [{ cell: "C2", value: "継続 実施", fix: "継続実施" }],
    },
    {
      name: "spaces around a separator",
      rows: schedule("見直し ・ 実施", null, null, null),
      findings: [{ cell: "C2", value: "見直し ・ 実施", fix: "見直し・実施" }],
    },
    {
      name: "a line break inside a word",
      rows: schedule("完了\n予定", null, null, null),
      findings: [{ cell: "C2", value: "完了\n予定", fix: "完了予定" }],
    },
    {
      name: "half-width katakana",
      rows: schedule("ｽﾀｰﾄ", null, null, null),
      options: { vocabulary: katakana },
      findings: [{ cell: "C2", value: "ｽﾀｰﾄ", fix: "スタート" }],
    },
    {
      name: "full-width Latin letters",
      rows: schedule("ＯＫ", null, null, null),
      options: { vocabulary: latin },
      findings: [{ cell: "C2", value: "ＯＫ", fix: "OK" }],
    },
    {
      name: "every such cell of the item",
      rows: schedule("検 討", "実 施", null, null),
      findings: [
        { cell: "C2", value: "検 討", fix: "検討" },
        { cell: "D2", value: "実 施", fix: "実施" },
      ],
    },
  ],
});
