// Plan workbooks laid out as other cities lay theirs out — none of them a fixture's layout — each
// with what a correct check finds, worked out by hand from the cells and the spec (not by running
// the engine). The metamorphic suite edits them as it edits the fixtures.

import type { SheetSpec } from "../../helpers/workbook";

export interface UnseenFinding {
  cell: string;
  rule: string;
  value: string | number | null;
  fix?: string;
}

export interface UnseenPolicy {
  items: number;
  notDone: number;
  overdue: number;
  partly: number;
  unclear: number;
  done: number;
  doing: number;
  planning: number;
  noPlan: number;
  rate: number | null;
  basis: "actual" | "plan";
}

export interface Unseen {
  name: string;
  asOf: string;
  sheets: SheetSpec[];
  /** The plan sheet checked. */
  sheet: string;
  layout: string;
  items: number;
  /** Every error and warning finding. */
  findings: UnseenFinding[];
  policies: Record<string, UnseenPolicy>;
}

const none = {
  items: 0,
  notDone: 0,
  overdue: 0,
  partly: 0,
  unclear: 0,
  done: 0,
  doing: 0,
  planning: 0,
  noPlan: 0,
};
const figures = (
  f: Partial<UnseenPolicy> & { basis: "actual" | "plan"; rate: number | null },
): UnseenPolicy => {
  const p = { ...none, ...f };
  p.items = p.notDone + p.overdue + p.partly + p.unclear + p.done + p.doing + p.planning + p.noPlan;
  return p;
};

/**
 * A progress sheet (進行管理表): a title, an as-of date in the last column, the compiling
 * department, a filling-in instruction, a legend whose label stands in its own cell with the marks
 * merged beside it; a two-row header (計画 | 実績 under each year); 基本目標 merged down its items,
 * 施策 written once and blank below.
 */
const progress: Unseen = {
  name: "a progress sheet with a date, an author, an instruction and a legend label in its own cell",
  asOf: "2024-03-31",
  sheets: [
    {
      name: "進行管理",
      rows: [
        ["令和5年度 協働推進計画 進行管理表"],
        [null, null, null, null, null, null, null, null, "令和6年3月末時点"],
        ["所管：市民生活部 協働推進課"],
        ["記入要領：実績欄には凡例の記号を記入してください。"],
        ["凡例", "◎ 達成　○ 順調　△ 遅れ　× 未着手"],
        [],
        ["基本目標", "施策", "取組", "担当課", "令和4年度", null, "令和5年度", null, "備考"],
        [null, null, null, null, "計画", "実績", "計画", "実績", null],
        [
          "1 市民が主役のまちづくり",
          "(1) 参加の機会づくり",
          "市民講座の開催",
          "協働推進課",
          "実施",
          "○",
          "継続",
          "◎",
        ],
        [null, null, "出前講座", "協働推進課", "検討", "○", "実施", "△"],
        [null, "(2) 情報の共有", "広報紙の発行", "広報課", "実施", "◎", "実施", "×"],
        [
          "2 協働の仕組みづくり",
          "(1) 協働事業の推進",
          "協働事業提案制度",
          "企画課",
          "検討",
          "○",
          "実施",
          "○",
        ],
        [null, null, "協働マニュアル作成", "協働推進課", "準備", "○", "完了", null],
        [null, "(2) 拠点の整備", "活動センター整備", "企画課", "検討", "×", "実施", "○"],
      ],
      merges: [
        "A1:I1",
        "A3:D3",
        "A4:I4",
        "B5:I5",
        "E7:F7",
        "G7:H7",
        "A7:A8",
        "B7:B8",
        "C7:C8",
        "D7:D8",
        "I7:I8",
        "A9:A11",
        "A12:A14",
      ],
    },
    { name: "課一覧", rows: [["課名"], ["協働推進課"], ["広報課"], ["企画課"]] },
  ],
  sheet: "進行管理",
  layout: "table",
  items: 6,
  findings: [
    // △ (遅れ) in a year up to the review year is late.
    { cell: "H10", rule: "item-overdue", value: "△" },
    // × (未着手) is not done.
    { cell: "H11", rule: "item-unimplemented", value: "×" },
    // 完了 planned for a closed year, no actual that says done: the actual of that year.
    { cell: "H13", rule: "item-overdue", value: null },
    // The earliest not-done actual up to the review year.
    { cell: "F14", rule: "item-unimplemented", value: "×" },
  ],
  policies: {
    "1 市民が主役のまちづくり": figures({ done: 1, overdue: 1, notDone: 1, basis: "actual", rate: 0.3333 }),
    "2 協働の仕組みづくり": figures({ doing: 2, overdue: 1, basis: "actual", rate: 0.6667 }),
  },
};

/**
 * A plan-only sheet of two tables under 第N節 headings, a creation date with the department, bare
 * two-digit years whose era the title gives, an actor column of marks, a note between the tables
 * and the actor legend below the last table.
 */
const sections: Unseen = {
  name: "a plan under 第N節 headings with a legend below the table",
  asOf: "2017-03-31",
  sheets: [
    {
      name: "実施計画",
      rows: [
        ["第2次 市民協働推進計画 実施計画（平成26年度～平成30年度）"],
        ["平成26年4月 企画課作成"],
        ["第1節 協働の意識づくり"],
        ["取組項目", "内容", "主体", "担当課", "26年度", "27年度", "28年度", "29年度", "30年度"],
        ["広報紙での啓発", "特集記事の掲載", "●", "広報課", "実施", "⇒", "⇒", "⇒", "⇒"],
        ["講演会の開催", "年1回開催", "◎", "協働推進課", "検討", "実施", "⇒", "⇒", "完了"],
        ["※ ◎は市民と市が共に取り組む事業"],
        ["第2節 協働の仕組みづくり"],
        ["取組項目", "内容", "主体", "担当課", "26年度", "27年度", "28年度", "29年度", "30年度"],
        ["提案制度の創設", "制度設計", "●", "企画課", "調査", "準備", "実施", "完了", "実地"],
        ["活動拠点の整備", "拠点の設置", "●", "企画課", "⇒", "検討", "実施", "⇒", "⇒"],
        ["中間支援の充実", "相談窓口", "◎", null, "検討", "準備", "実施", "⇒", "⇒"],
        [],
        ["凡例：●市が主体　◎市民と市が主体"],
      ],
      merges: ["A1:I1", "A3:I3", "A7:I7", "A8:I8", "A14:E14"],
    },
  ],
  sheet: "実施計画",
  layout: "table",
  items: 5,
  findings: [
    { cell: "I10", rule: "status-unknown", value: "実地", fix: "実施" },
    { cell: "E11", rule: "status-orphan-arrow", value: "⇒" },
    { cell: "D12", rule: "department-missing", value: null },
  ],
  policies: {
    "第1節 協働の意識づくり": figures({ doing: 2, basis: "plan", rate: null }),
    "第2節 協働の仕組みづくり": figures({ doing: 3, basis: "plan", rate: null }),
  },
};

/**
 * A results list without year columns whose title names the year: a legend one entry per cell
 * (A | 計画どおり | B | …), a 達成度 column of letters read through it, and result text.
 */
const grades: Unseen = {
  name: "a results list with a 達成度 column of letters and a legend one entry per cell",
  asOf: "2024-03-31",
  sheets: [
    {
      name: "取組状況",
      rows: [
        ["行動計画 取組状況一覧（令和5年度）"],
        ["凡例", "A", "計画どおり", "B", "概ね計画どおり", "C", "遅れ", "D", "未着手"],
        [],
        ["No.", "取組項目", "所管課", "取組の概要", "達成度", "実施結果"],
        [1, "地域活動の支援", "協働推進課", "補助金の交付", "A", "12団体に交付した。"],
        [2, "人材の育成", "協働推進課", "研修の開催", "B", "研修を3回開催した。"],
        [3, "情報発信", "広報課", "SNSの活用", "C", "発信回数は目標の半数にとどまった。"],
        [4, "拠点運営", "企画課", "拠点の運営", "D", null],
        [5, "協働推進", "企画課", "庁内研修", "Ｅ", "研修を実施した。"],
      ],
      merges: ["A1:F1"],
    },
  ],
  sheet: "取組状況",
  layout: "results",
  items: 5,
  findings: [
    { cell: "E7", rule: "item-overdue", value: "C" },
    { cell: "F7", rule: "item-partly-unimplemented", value: "発信回数は目標の半数にとどまった。" },
    { cell: "E8", rule: "item-unimplemented", value: "D" },
    { cell: "E9", rule: "status-unknown", value: "Ｅ" },
  ],
  policies: {
    "": figures({ doing: 2, overdue: 1, notDone: 1, unclear: 1, basis: "actual", rate: 0.4 }),
  },
};

/**
 * Cards under 推進方針 headings written as a label and its value, a 進捗 row of marks under each
 * card's years, and the legend kept on a sheet of its own (凡例), one mark a row.
 */
const cards: Unseen = {
  name: "cards under 推進方針 label rows with the legend on a 凡例 sheet",
  asOf: "2024-03-31",
  sheets: [
    {
      name: "進行管理シート",
      rows: [
        ["進行管理シート（令和5年度）"],
        ["所管：企画調整課"],
        ["推進方針", "Ⅰ 市民参加の推進"],
        ["整理番号", "Ⅰ-1"],
        ["推進項目", "市民会議の開催", "担当課", "企画調整課"],
        ["年次計画", "R4", "R5", "R6"],
        [null, "実施", "実施", "完了予定"],
        ["進捗", "○", "◎", null],
        [],
        ["整理番号", "Ⅰ-2"],
        ["推進項目", "パブリックコメント", "担当課", "企画調整課"],
        ["年次計画", "R4", "R5", "R6"],
        [null, "検討", "実施", "⇒"],
        ["進捗", "○", "×", null],
        [],
        ["推進方針", "Ⅱ 情報の共有"],
        ["整理番号", "Ⅱ-1"],
        ["推進項目", "広報紙の充実", "担当課", "広報課"],
        ["年次計画", "R4", "R5", "R6"],
        [null, "実施", "完了", null],
        ["進捗", "○", "△", null],
      ],
      merges: ["A6:A7", "A12:A13", "A19:A20"],
    },
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
  sheet: "進行管理シート",
  layout: "cards",
  items: 3,
  findings: [
    { cell: "C14", rule: "item-unimplemented", value: "×" },
    { cell: "C21", rule: "item-overdue", value: "△" },
  ],
  policies: {
    "推進方針 Ⅰ 市民参加の推進": figures({ done: 1, notDone: 1, basis: "actual", rate: 0.5 }),
    "推進方針 Ⅱ 情報の共有": figures({ overdue: 1, basis: "actual", rate: 0 }),
  },
};

/**
 * Two tables under 【重点N】 headings, a plain line under the title, a 進捗状況 column of marks and
 * a 実施結果 column of text for the same year (both its actual), result text telling history, a note
 * after the last table and the legend below it in one cell.
 */
const status: Unseen = {
  name: "tables under 【】 headings with marks and text for the same year, the legend below",
  asOf: "2024-03-31",
  sheets: [
    {
      name: "進捗報告",
      rows: [
        ["アクションプラン 進捗状況報告書"],
        ["令和5年度分"],
        ["【重点1】 協働の担い手づくり"],
        ["取組名", "担当課", "令和5年度計画", "進捗状況", "実施結果"],
        ["① 講座の開催", "協働推進課", "実施", "○", "延期していた講座を開催した。"],
        ["② 研修の開催", "協働推進課", "実施", "○", "研修は中止となった。"],
        [],
        ["【重点2】 情報の共有"],
        ["取組名", "担当課", "令和5年度計画", "進捗状況", "実施結果"],
        ["① 広報紙の充実", "広報課", "完了予定", "◎", "全戸配布を開始した。"],
        ["② SNSの活用", "広報課", "実施", null, null],
        ["※ 進捗状況は年度末現在"],
        ["凡例　◎：完了　○：順調　△：遅れ　×：未着手"],
      ],
      merges: ["A1:E1", "A3:E3", "A8:E8", "A12:E12", "A13:E13"],
    },
  ],
  sheet: "進捗報告",
  layout: "table",
  items: 4,
  findings: [
    { cell: "E6", rule: "item-partly-unimplemented", value: "研修は中止となった。" },
    { cell: "D11", rule: "item-overdue", value: null },
  ],
  policies: {
    "【重点1】 協働の担い手づくり": figures({ doing: 1, partly: 1, basis: "actual", rate: 1 }),
    "【重点2】 情報の共有": figures({ done: 1, overdue: 1, basis: "actual", rate: 0.5 }),
  },
};

export const UNSEEN: Unseen[] = [progress, sections, grades, cards, status];
