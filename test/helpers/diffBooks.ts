// Pairs of plan workbooks, last year's and this year's, written as real .xlsx files: one table of
// 方針 | 取組 | 担当課 | R5 計画・実績・実施結果 | R6 計画・実績 | R7 計画・実績 (header on two rows).

import { columnLetter } from "../../src/core/address";
import type { CellInput, SheetSpec } from "./workbook";

export interface ItemSpec {
  policy: string;
  title: string;
  department: string;
  /** Plan per year R5, R6, R7. */
  plan: CellInput[];
  /** Actual per year R5, R6, R7. */
  actual: CellInput[];
  /** R5's result text. */
  result?: string;
}

export interface Placement {
  /** Lines above the table (a title, a blank line …). */
  above?: number;
  /** Empty columns left of the table. */
  left?: number;
  sheet?: string;
}

/** The columns of the table, in order; each year's cells after the three item columns. */
const HEAD: CellInput[] = ["方針", "取組", "担当課", "R5", null, null, "R6", null, "R7", null];
const SUB: CellInput[] = [null, null, null, "計画", "実績", "実施結果", "計画", "実績", "計画", "実績"];

/** The columns of each cell of an item's row, from column 1 of the table. */
export const COL = {
  policy: 1,
  title: 2,
  department: 3,
  plan: [4, 7, 9],
  actual: [5, 8, 10],
  result: 6,
} as const;

/** A plan sheet holding the items, placed as asked. */
export function planSheet(items: ItemSpec[], at: Placement = {}): SheetSpec {
  const above = at.above ?? 0;
  const left = at.left ?? 0;
  const pad = (cells: CellInput[]): CellInput[] => [...new Array<CellInput>(left).fill(null), ...cells];
  const lines: CellInput[][] = [];
  for (let i = 0; i < above; i++) lines.push(i === 0 ? pad(["令和7年度 実施計画 進行管理表"]) : []);
  const rows = items.map((it) =>
    pad([
      it.policy,
      it.title,
      it.department,
      it.plan[0] ?? null,
      it.actual[0] ?? null,
      it.result ?? null,
      it.plan[1] ?? null,
      it.actual[1] ?? null,
      it.plan[2] ?? null,
      it.actual[2] ?? null,
    ]),
  );
  const top = above + 1;
  const c = (n: number) => columnLetter(n + left);
  const merges = [
    ...[1, 2, 3].map((n) => `${c(n)}${top}:${c(n)}${top + 1}`),
    `${c(4)}${top}:${c(6)}${top}`,
    `${c(7)}${top}:${c(8)}${top}`,
    `${c(9)}${top}:${c(10)}${top}`,
  ];
  return { name: at.sheet ?? "実施計画", rows: [...lines, pad(HEAD), pad(SUB), ...rows], merges };
}

/** The address of an item's cell in a sheet placed as asked: `index` counts the items from 0. */
export function cellOf(index: number, col: number, at: Placement = {}): string {
  return `${columnLetter(col + (at.left ?? 0))}${(at.above ?? 0) + 3 + index}`;
}

// The pair the tests compare: each kind of change once, and changes that are none.

// Last year's workbook reviewed in FY2024 (R6): FY2023 (R5) had ended; this year's in FY2025.
export const LAST_AS_OF = "2024-10-01";
export const THIS_AS_OF = "2025-10-01";

export const SAFE = "1 安全・安心なまち";
export const HEALTH = "2 健康で元気なまち";
export const HEALTH_RENAMED = "2 健康で元気に暮らせるまち";

export const item = (
  policy: string,
  title: string,
  department: string,
  more: Partial<ItemSpec> = {},
): ItemSpec => ({
  policy,
  title,
  department,
  plan: ["実施", "実施", "実施"],
  actual: ["実施", "実施", null],
  ...more,
});

export const LAST: ItemSpec[] = [
  item(SAFE, "防災訓練の実施", "危機管理課", { result: "訓練を2回行った" }),
  item(SAFE, "避難所の整備", "危機管理課", {
    plan: ["検討", "実施", "完了"],
    actual: ["検討", "完了", null],
  }),
  item(SAFE, "防犯灯のLED化", "生活安全課"),
  item(SAFE, "空き家対策の推進", "建築指導課"),
  item(SAFE, "交通安全教室", "生活安全課", { plan: ["実施", "完了", null], actual: ["実施", "完了", null] }),
  item(HEALTH, "健康教室の開催", "健康推進課"),
  item(HEALTH, "第一期データヘルス計画の推進", "保険年金課"),
  item(HEALTH, "地域の見守り活動", "福祉課", { plan: ["検討", "実施", "→"] }),
  item(HEALTH, "子育て講座", "子育て支援課"),
  item(HEALTH, "市民体育祭", "スポーツ振興課", { result: "3,000人が参加した" }),
];

/** This year's: every change below, and items reordered, a policy renamed, a row inserted. */
export function thisYear(): ItemSpec[] {
  const [a, b, c, , , f, g, h, i, j] = LAST;
  const renamed = (x: ItemSpec, more: Partial<ItemSpec> = {}) => ({ ...x, policy: HEALTH_RENAMED, ...more });
  return [
    // The R5 plan, a year over when last year's workbook was reviewed, rewritten.
    { ...a, plan: ["検討", "実施", "実施"] },
    // A row inserted in the middle.
    item(SAFE, "防災アプリの導入", "危機管理課", {
      plan: [null, "検討", "実施"],
      actual: [null, "検討", null],
    }),
    // Reordered, and a title with words added.
    { ...c, title: "防犯灯のＬＥＤ化の推進" },
    // R6's actual went back from done.
    { ...b, actual: ["検討", "実施", null] },
    // 空き家対策 gone without being done; 交通安全教室 gone, done.
    renamed(f, { title: "健康教室の　開催。" }),
    // The same words as 第一期, another period: another item.
    renamed(g, { title: "第二期データヘルス計画の推進" }),
    // Rewritten title, standing where it stood, the same department and plan.
    renamed(h, { title: "高齢者見守りネットワークの構築" }),
    renamed(i, { department: "こども家庭課" }),
    renamed(j, { result: "2,500人が参加した" }),
  ];
}
