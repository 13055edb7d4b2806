// Generated plan sheets of any size, for benchmarks and large-input tests.

import type { CellRange, CellValue, SheetSnapshot } from "../../src/core/types";

const STATUSES = ["検討", "実施", "継続", "⇒", "⇒", "完了", "", "準備", "実施"];
const DEPARTMENTS = ["市民協働課", "広報課", "総務課", "企画課", "人事課"];
const POLICIES = ["情報共有", "参画", "協働", "総括"];

/** A table sheet: title, two-row header (計画 over H24..H27), policy column merged per 50 rows. */
export function generateTableSheet(items: number, name = "計画"): SheetSnapshot {
  const values: CellValue[][] = [
    ["取組計画（平成24年度～平成27年度）", null, null, null, null, null, null, null, null],
    ["分野", "取組内容", "担当課", "具体的な動き", "計画", null, null, null, "実施結果"],
    [null, null, null, null, "H24", "H25", "H26", "H27", null],
  ];
  const merges: CellRange[] = [
    { top: 1, left: 1, bottom: 1, right: 9 },
    { top: 2, left: 5, bottom: 2, right: 8 },
    { top: 2, left: 1, bottom: 3, right: 1 },
    { top: 2, left: 2, bottom: 3, right: 2 },
    { top: 2, left: 3, bottom: 3, right: 3 },
    { top: 2, left: 4, bottom: 3, right: 4 },
    { top: 2, left: 9, bottom: 3, right: 9 },
  ];
  for (let i = 0; i < items; i++) {
    const row = values.length + 1;
    const group = Math.floor(i / 50);
    const first = i % 50 === 0;
    values.push([
      first ? POLICIES[group % POLICIES.length] + (group >= POLICIES.length ? ` ${group}` : "") : null,
      i % 5 === 0 ? `${i + 1} ・取組${i + 1}` : null,
      DEPARTMENTS[i % DEPARTMENTS.length],
      `・具体的な動き${i + 1}`,
      STATUSES[i % STATUSES.length] === "⇒" ? "継続" : STATUSES[i % STATUSES.length] || "検討",
      STATUSES[(i + 1) % STATUSES.length],
      STATUSES[(i + 2) % STATUSES.length],
      STATUSES[(i + 3) % STATUSES.length],
      i % 7 === 0 ? "予定どおり実施した。" : null,
    ]);
    if (first) merges.push({ top: row, left: 1, bottom: Math.min(row + 49, 3 + items), right: 1 });
  }
  return { name, origin: { row: 1, col: 1 }, values, merges };
}

/** A card sheet: one block of labelled rows per item (整理番号 … 年次計画 with statuses below). */
export function generateCardSheet(items: number, name = "年度別実行計画"): SheetSnapshot {
  const values: CellValue[][] = [["年度別実行計画", null, null, null, null, null]];
  const merges: CellRange[] = [{ top: 1, left: 1, bottom: 1, right: 6 }];
  const row = () => values.length + 1;
  for (let i = 0; i < items; i++) {
    if (i % 40 === 0) {
      merges.push({ top: row(), left: 1, bottom: row(), right: 6 });
      values.push([
        `推進方針 ${Math.floor(i / 40) + 1} 方針${Math.floor(i / 40) + 1}`,
        null,
        null,
        null,
        null,
        null,
      ]);
    }
    values.push(["整理番号", `I - (1) - ${i + 1}`, null, null, null, null]);
    merges.push(
      { top: row(), left: 2, bottom: row(), right: 3 },
      { top: row(), left: 5, bottom: row(), right: 6 },
    );
    values.push(["推進項目", `推進項目${i + 1}`, null, "担当課", DEPARTMENTS[i % DEPARTMENTS.length], null]);
    merges.push({ top: row(), left: 2, bottom: row(), right: 6 });
    values.push(["推進内容", `推進内容${i + 1}`, null, null, null, null]);
    merges.push({ top: row(), left: 1, bottom: row() + 1, right: 1 });
    values.push(["年次計画", "H20", "H21", "H22", "H23", "H24"]);
    values.push([
      null,
      "検討",
      STATUSES[i % STATUSES.length] || "実施",
      STATUSES[(i + 1) % STATUSES.length],
      "→",
      i % 3 === 0 ? "完了" : "→",
    ]);
    values.push([null, null, null, null, null, null]);
  }
  return { name, origin: { row: 1, col: 1 }, values, merges };
}

/** Rough size of a snapshot's values in bytes (UTF-16 strings, 8-byte numbers). */
export function snapshotBytes(s: SheetSnapshot): number {
  let bytes = 0;
  for (const row of s.values) {
    bytes += 8 * row.length;
    for (const v of row) if (typeof v === "string") bytes += 2 * v.length;
  }
  return bytes;
}
