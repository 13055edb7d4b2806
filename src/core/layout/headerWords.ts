// Header words and the roles they name (plan-sheets.md, "Header words seen for each role").

import { headerKey } from "../text/normalize";

export type HeaderRole =
  | "policy"
  | "item"
  | "detail"
  | "department"
  | "actor"
  | "result"
  | "plan"
  | "id"
  | "indicator"
  | "unit"
  | "baseline"
  | "other";

const WORDS: [HeaderRole, string[]][] = [
  [
    "policy",
    [
      "推進方針",
      "方針",
      "施策",
      "推進施策",
      "推進方策",
      "目標",
      "分野",
      "基本目標",
      "答申",
      "区分",
      "節",
      "基本方針",
      "政策",
    ],
  ],
  [
    "item",
    [
      "取組内容",
      "取り組み項目",
      "取組項目",
      "推進項目",
      "項目",
      "事業名",
      "取組",
      "取り組み",
      "事業",
      "検討項目",
    ],
  ],
  [
    "detail",
    [
      "内容",
      "推進内容",
      "具体的な動き",
      "各課での具体的な動き",
      "アクションプランの内容",
      "取組の内容",
      "事業内容",
      "概要",
    ],
  ],
  [
    "department",
    ["担当課", "関係課", "所管課", "担当部署", "関係部署", "主管課", "担当", "所管", "担当部局", "課名"],
  ],
  ["actor", ["主体", "実施主体"]],
  [
    "result",
    [
      "実施結果",
      "実績",
      "結果",
      "進捗",
      "進捗状況",
      "進捗度",
      "実施状況",
      "取組状況",
      "評価",
      "評価結果",
      "取組結果",
      "達成度",
      "達成状況",
    ],
  ],
  ["plan", ["計画", "年次計画", "年度別計画", "スケジュール", "実施計画", "予定"]],
  ["id", ["整理番号", "番号", "No.", "No", "№", "NO"]],
  ["indicator", ["検証指標", "指標", "成果指標", "目標指標", "KPI", "指標名"]],
  ["unit", ["単位"]],
  [
    "baseline",
    [
      "基準値",
      "目標値",
      "検証値",
      "現状値",
      "実績値",
      "目標",
      "中間目標",
      "中間目標値",
      "最終目標",
      "最終目標値",
    ],
  ],
  ["other", ["課題", "備考", "次年度へ向けた取組", "次年度に向けた取組", "今後の方向性", "特記事項"]],
];

const EXACT = new Map<string, HeaderRole>();
const CONTAINS: { word: string; role: HeaderRole }[] = [];
for (const [role, words] of WORDS) {
  for (const w of words) {
    const k = headerKey(w);
    if (!EXACT.has(k)) EXACT.set(k, role);
    CONTAINS.push({ word: k, role });
  }
}
CONTAINS.sort((a, b) => b.word.length - a.word.length);

// Roles a header names only with its last word: those that shape the hierarchy and the item, and
// the result (評価項目1 and 評価コメント of an evaluation export hold no results).
const STRUCTURAL: HeaderRole[] = ["policy", "item", "result"];

/**
 * The role a header text names. An exact match wins; else the role of the longest word the header
 * ends with (a header's noun comes last: 政策番号 is a number, 事務事業名 an item); else the longest
 * role word it contains — but never an item, policy or result merely contained (事業費 is no 事業,
 * 事業目的 no item, 評価項目 no 評価). A bracketed note after the header (予算額(千円), 取組内容(概要)) says nothing of its role.
 */
export function headerRole(text: string): HeaderRole | null {
  const full = headerKey(text);
  if (full === "") return null;
  const exact = EXACT.get(full);
  if (exact) return exact;
  const k = full.replace(/(?:\([^()]*\))+$/u, "");
  if (k !== full) {
    const bare = EXACT.get(k);
    if (bare) return bare;
  }
  if (k.length > 20) return null; // a sentence, not a header
  for (const { word, role } of CONTAINS) if (k.endsWith(word)) return role;
  // 政策名, 事務事業名: the name of a role's thing names that role.
  const named = namedThing(k);
  if (named) {
    const role = EXACT.get(named) ?? CONTAINS.find((w) => named.endsWith(w.word))?.role;
    if (role) return role;
  }
  for (const { word, role } of CONTAINS) if (!STRUCTURAL.includes(role) && k.includes(word)) return role;
  return null;
}

/** True when the header text ends with a word of the role (熊本市への答申 ends with 答申). */
export function endsWithRoleWord(text: string, role: HeaderRole): boolean {
  const k = headerKey(text);
  const named = namedThing(k);
  return CONTAINS.some((w) => w.role === role && (k.endsWith(w.word) || named?.endsWith(w.word)));
}

/** 政策名 → 政策, 取組の名称 → 取組: the thing a "…名" header names; null for other headers. */
function namedThing(k: string): string | null {
  const m = /^(.{2,}?)(?:の)?(?:名称|名)$/u.exec(k);
  return m ? m[1] : null;
}

/** The role of a label written exactly as a role word (card labels: 推進項目対象 is no 推進項目). */
export function exactHeaderRole(text: string): HeaderRole | null {
  return EXACT.get(headerKey(text)) ?? null;
}

/** Actor words: a 主体 column holding these names actors, not departments. */
export const ACTOR_WORDS = [
  "行政",
  "市民",
  "市民組織",
  "市民活動団体",
  "企業",
  "事業者",
  "市",
  "地域",
  "団体",
  "NPO",
];
