// Words of the summary sheets, Japanese first (plan-sheets.md, "Summary per policy").

import type { Message } from "../rules/rule";
import type { LeftOut } from "./entries";
import type { ItemState } from "./state";

/** Sheet names of the summary tables; both doors write them under these names. */
export const SUMMARY_SHEETS = {
  byFile: "集計_ファイル別",
  byPolicy: "集計_方針別",
  byDepartment: "集計_担当課別",
  flagged: "未実施・期限超過一覧",
  yearEnd: "年度末実施結果",
  indicators: "指標の達成状況",
} as const;

/** The annotated copy's own sheet: the colours' legend, the rules and every finding, printable. */
export const LEGEND_SHEET = "凡例と指摘一覧";
export const LEGEND_TITLE: Message = { ja: "凡例と指摘一覧", en: "Legend and findings" };

/** Collecting's sheets: the items of every file (a plan sheet, checked as one), and the list of files. */
export const COLLECTED_SHEET = "取りまとめ";
export const COLLECTED_TITLE: Message = {
  ja: "取りまとめ（全ファイルの取組）",
  en: "Collected items (every file)",
};
export const COLLECTED_FILES_SHEET = "取りまとめ_ファイル一覧";
export const COLLECTED_FILES_TITLE: Message = { ja: "取りまとめたファイル", en: "Files collected" };
/** The department master the collected files share, as a 課一覧 sheet the check reads. */
export const COLLECTED_MASTER_SHEET = "課一覧";
export const COLLECTED_MASTER_TITLE: Message = {
  ja: "課一覧（取りまとめたファイルの課一覧）",
  en: "Department master (of the files collected)",
};

export const SUMMARY_SHEET_NAMES: readonly string[] = [
  ...Object.values(SUMMARY_SHEETS),
  LEGEND_SHEET,
  COLLECTED_FILES_SHEET,
  COLLECTED_MASTER_SHEET,
];

/** What an empty list says. */
export const EMPTY_LIST: Message = { ja: "該当なし", en: "None" };

/** Layout names in reports (plan-sheets.md's table, results, cards, …), Japanese first. */
export const LAYOUT_NAME: Record<string, Message> = {
  table: { ja: "表形式", en: "Table" },
  results: { ja: "実施結果表", en: "Results table" },
  cards: { ja: "カード形式", en: "Cards" },
  matrix: { ja: "一覧表", en: "Overview matrix" },
  indicators: { ja: "指標表", en: "Indicators" },
  none: { ja: "計画表なし", en: "No plan table" },
};

export type Basis = "actual" | "plan" | "mixed";

/** State titles on an actual basis; a plan-only sheet says what was planned, not what was done. */
const STATE_TITLES: Record<ItemState, Message> = {
  notDone: { ja: "未実施", en: "Not done" },
  overdue: { ja: "期限超過", en: "Overdue" },
  partly: { ja: "一部未実施", en: "Partly done" },
  unclear: { ja: "要確認", en: "Unclear" },
  done: { ja: "完了", en: "Done" },
  doing: { ja: "実施中", en: "In progress" },
  planning: { ja: "準備段階", en: "Preparing" },
  noPlan: { ja: "計画なし", en: "Nothing planned" },
};

const PLAN_TITLES: Partial<Record<ItemState, Message>> = {
  done: { ja: "完了予定", en: "Completion planned" },
  doing: { ja: "実施予定", en: "Planned" },
  planning: { ja: "準備予定", en: "Preparation planned" },
};

const MIXED_TITLES: Partial<Record<ItemState, Message>> = {
  done: { ja: "完了（予定）", en: "Done (or planned)" },
  doing: { ja: "実施中（予定）", en: "In progress (or planned)" },
  planning: { ja: "準備段階（予定）", en: "Preparing (or planned)" },
};

export function stateTitle(state: ItemState, basis: Basis): Message {
  const special = basis === "plan" ? PLAN_TITLES[state] : basis === "mixed" ? MIXED_TITLES[state] : undefined;
  return special ?? STATE_TITLES[state];
}

export const BASIS_LABEL: Record<Basis, Message> = {
  actual: { ja: "実績ベース", en: "Actuals" },
  plan: { ja: "計画ベース", en: "Plan" },
  mixed: { ja: "混在", en: "Mixed" },
};

export const COLUMN: Record<string, Message> = {
  file: { ja: "ファイル", en: "File" },
  sheet: { ja: "シート", en: "Sheet" },
  layout: { ja: "様式", en: "Layout" },
  asOf: { ja: "基準日", en: "As of" },
  policy: { ja: "方針", en: "Policy" },
  second: { ja: "区分", en: "Group" },
  department: { ja: "担当課", en: "Department" },
  items: { ja: "件数", en: "Items" },
  rate: { ja: "実施率", en: "Rate" },
  basis: { ja: "集計基準", en: "Basis" },
  title: { ja: "取組", en: "Item" },
  detail: { ja: "内容", en: "Detail" },
  state: { ja: "状態", en: "State" },
  actual: { ja: "実績", en: "Actual" },
  result: { ja: "実施結果", en: "Result" },
  finding: { ja: "指摘", en: "Finding" },
  cell: { ja: "セル", en: "Cell" },
  error: { ja: "エラー", en: "Errors" },
  note: { ja: "備考", en: "Note" },
  warning: { ja: "警告", en: "Warnings" },
  info: { ja: "情報", en: "Info" },
};

/** What kind of sheet was left out of the summaries (entries.ts, leftOut), in a word. */
export const LEFT_OUT_KIND: Record<LeftOut, Message> = {
  list: { ja: "一覧", en: "list" },
  matrix: { ja: "概要表", en: "overview matrix" },
  indicators: { ja: "指標の表", en: "indicator table" },
};

/** Why it was left out, said on the summary per file. */
export const LEFT_OUT_REASON: Record<LeftOut, Message> = {
  list: {
    ja: "年度・計画・実績・結果の列がない一覧",
    en: "a list with no year, plan, actual or result column",
  },
  matrix: {
    ja: "取組ごとの状況がない概要表（マトリクス）",
    en: "an overview matrix, with no state per item",
  },
  indicators: { ja: "状況のない指標の表", en: "an indicator table, with no states" },
};

export const ROW = {
  total: { ja: "合計", en: "Total" },
  subtotal: { ja: "小計", en: "Subtotal" },
  policyTotal: { ja: "計", en: "total" },
  countedPerDepartment: { ja: "合計（延べ）", en: "Total (counted per department)" },
  distinctItems: { ja: "取組数（実数）", en: "Items (each once)" },
  noDepartment: { ja: "（担当課の記載なし）", en: "(no department)" },
  noPolicy: { ja: "（方針なし）", en: "(no policy)" },
} satisfies Record<string, Message>;

export const TITLE = {
  byFile: { ja: "ファイル別の集計", en: "Summary per file" },
  byPolicy: { ja: "方針別の集計", en: "Summary per policy" },
  byDepartment: { ja: "担当課別の集計", en: "Summary per department" },
  flagged: {
    ja: "未実施・期限超過・一部未実施・要確認の取組",
    en: "Items not done, overdue, partly done or unclear",
  },
  yearEnd: { ja: "年度末実施結果", en: "Year-end results" },
  indicators: { ja: "指標の達成状況", en: "Indicators: achievement and grades" },
} satisfies Record<string, Message>;

export const NOTE = {
  perDepartment: {
    ja: "複数の課が担当する取組は、それぞれの課に1件として数えています。課別の件数の合計（延べ）は取組数（実数）より多くなることがあります。",
    en: "An item with several departments counts once for each of them, so the total counted per department can exceed the number of items.",
  },
  rate: {
    ja: "実施率 = 1 −（未実施 + 期限超過 + 要確認）÷（件数 − 計画なし）。実績ベースの取組だけで計算し、計画ベース（実績欄のない様式）では空欄です。",
    en: "Rate = 1 − (not done + overdue + unclear) ÷ (items − nothing planned), over items read from actuals only; blank on a plan basis.",
  },
  leftOut: {
    ja: "一覧・概要表・指標の表は検査して指摘を数えますが、取組の件数と状態は集計しません（同じ取組を二重に数えないため）。",
    en: "Lists, overview matrices and indicator tables are checked and their findings counted, but their items are not counted (so that no item is counted twice).",
  },
  planBasis: {
    ja: "計画ベースの集計は計画欄から読んだ予定であり、実施の結果ではありません。",
    en: "Figures on a plan basis are read from the plan cells: what was planned, not what was done.",
  },
  planOnlyLeftOut: (sheets: string[]): Message => ({
    ja: `実績欄のないシート（${sheets.map((s) => `「${s}」`).join("")}）の取組は、実施結果がないため載せていません（集計_方針別に計画ベースで数えています）。`,
    en: `Items of sheets without actuals (${sheets.map((s) => `"${s}"`).join(", ")}) are not listed: they record no results (the summary per policy counts them on a plan basis).`,
  }),
};

/**
 * A summary sheet either door wrote: a summary sheet's name (a copy's " (2)" suffix allowed) with a
 * summary title in its first cell. Checking an annotated copy again must not read them as plans; a
 * plan sheet that only happens to share a name keeps its own title and is checked.
 */
export function isSummarySheet(name: string, firstText: string): boolean {
  const base = name.replace(/\s*\(\d+\)$/, "");
  if (!SUMMARY_SHEET_NAMES.includes(base)) return false;
  return [...Object.values(TITLE), LEGEND_TITLE, COLLECTED_FILES_TITLE, COLLECTED_MASTER_TITLE].some(
    (t) => t.ja === firstText || t.en === firstText,
  );
}

/**
 * A 取りまとめ sheet either door wrote ("取りまとめ", "取りまとめ_2", a copy's " (2)" allowed, its title
 * in the first cell). It is a plan sheet and is checked as one; only a command that collects or
 * summarises leaves it out, so that a collection is never counted twice.
 */
export function isCollectedSheet(name: string, firstText: string): boolean {
  if (!isCollectedSheetName(name)) return false;
  return COLLECTED_TITLE.ja === firstText || COLLECTED_TITLE.en === firstText;
}

/** "取りまとめ", "取りまとめ_2" … (a copy's " (2)" allowed): the names collecting gives its item sheets. */
export function isCollectedSheetName(name: string): boolean {
  return new RegExp(`^${COLLECTED_SHEET}(?:_\\d+)?(?:\\s*\\(\\d+\\))?$`).test(name);
}
