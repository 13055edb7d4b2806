import type { CellInput } from "../../helpers/workbook";
import { ruleTester } from "./ruleTester";

/** A plan whose policy column (分野) holds the given names, one item per row. */
function policies(...names: CellInput[]): CellInput[][] {
  return [
    ["分野", "取組", "担当課", "H25"],
    ...names.map((n, i) => [n, `取組${i + 1}`, "協働推進課", "実施"]),
  ];
}

/** A plan with a policy and a second level (施策) column. */
function twoLevels(...rows: [CellInput, CellInput][]): CellInput[][] {
  return [
    ["基本目標", "施策", "取組", "担当課", "H25"],
    ...rows.map(([p, s], i) => [p, s, `取組${i + 1}`, "協働推進課", "実施"]),
  ];
}

const FARM = "地域特性を活かした農林業の振興";
const FARM2 = "地域特性を生かした農林業の振興";
const LIFE = "豊かな市民生活を実現する産業の振興";

ruleTester("policy-variant", {
  valid: [
    {
      name: "names that differ by their number are different policies",
      rows: policies("1 協働のための人づくり", "2 協働のための環境づくり", "2 協働のための環境づくり"),
    },
    {
      name: "short names one character apart are different (参画 / 参加)",
      rows: policies("参画", "参加", "参画"),
    },
    {
      name: "one name merged over its rows, written once, blank below",
      rows: policies("情報共有", null, null, "参画"),
      merges: ["A2:A4"],
    },
    { name: "the same name repeated on every row", rows: policies("情報共有", "情報共有", "情報共有") },
    {
      name: "second-level names are compared under the same policy only",
      rows: twoLevels(["1 人づくり", "(1) 情報の発信"], ["2 場づくり", "(1) 情報発信"]),
    },
    {
      name: "sections numbered with a word after a dash (2-(4)-場・施設, 2-(4)-機会・体験) differ",
      rows: [
        ["2 協働のための環境づくり"],
        ["2 - (4) - 場・施設"],
        ["取組", "担当課", "H25"],
        ["集会施設の整備", "協働推進課", "実施"],
        ["2 - (4) - 機会・体験"],
        ["取組", "担当課", "H25"],
        ["まちづくり教室", "協働推進課", "実施"],
      ],
    },
    {
      name: "numbers in a number column beside the names tell policies apart",
      rows: [
        ["政策番号", "政策名", "事務事業名", "部課名", "今年度計画"],
        [1, "安全なまちづくり", "防災訓練", "危機管理課", "訓練を年2回実施する"],
        [2, "安心なまちづくり", "見守り", "福祉課", "見守り活動を続ける"],
      ],
    },
  ],
  invalid: [
    {
      name: "a leading full-width space: the same name in another cell",
      rows: policies(LIFE, LIFE, LIFE, `\u3000${LIFE}`),
      findings: [{ cell: "A5", value: `\u3000${LIFE}`, fix: LIFE }],
    },
    {
      name: "the same number with other words; the majority form is the fix",
      rows: policies("1 協働のための人づくり", null, "1 協働の人づくり"),
      merges: ["A2:A3"],
      findings: [{ cell: "A4", value: "1 協働の人づくり", fix: "1 協働のための人づくり" }],
    },
    {
      name: "six characters or more, one edit apart; as many items each: a suggestion, no fix",
      rows: policies(FARM, FARM, FARM2, FARM2),
      findings: [
        { cell: "A4", value: FARM2, suggestions: [FARM] },
        { cell: "A5", value: FARM2, suggestions: [FARM] },
      ],
    },
    {
      name: "one finding per merged area that writes the variant",
      rows: policies(FARM, FARM, FARM, FARM, FARM, FARM2, null),
      merges: ["A7:A8"],
      findings: [{ cell: "A7", value: FARM2, fix: FARM }],
    },
    {
      name: "second level: the same number under the same policy",
      rows: twoLevels(
        ["1 人づくり", "(1) 情報の発信"],
        [null, "(1) 情報の発信"],
        [null, "(1) 情報の発信"],
        [null, "（１）情報発信"],
      ),
      merges: ["A2:A5"],
      findings: [{ cell: "B5", value: "（１）情報発信", fix: "(1) 情報の発信" }],
    },
    {
      name: "the same number in the number column, other words (an evaluation export)",
      rows: [
        ["政策番号", "政策名", "事務事業名", "部課名", "今年度計画"],
        [1, "安全なまちづくり", "防災訓練", "危機管理課", "訓練を年2回実施する"],
        [1, "安全なまちづくり", "消防団支援", "危機管理課", "装備を更新する計画である"],
        [1, "安全・安心のまちづくり", "見守り", "福祉課", "見守り活動を続ける計画である"],
      ],
      findings: [{ cell: "B4", value: "安全・安心のまちづくり", fix: "安全なまちづくり" }],
    },
    {
      name: "section headings written two ways",
      rows: [
        ["施策1 協働の意識を高める"],
        ["取組", "担当課", "H25"],
        ["講座", "協働推進課", "実施"],
        ["広報", "協働推進課", "実施"],
        ["施策1 協働の意識をたかめる"],
        ["取組", "担当課", "H25"],
        ["研修", "協働推進課", "実施"],
      ],
      findings: [{ cell: "A5", value: "施策1 協働の意識をたかめる", fix: "施策1 協働の意識を高める" }],
    },
  ],
});
