// Column widths of the summary sheets: a header is never broken inside a word.

import { columnWidth, headerPieces, textWidth } from "../../../src/core/summary/width";

const col = (ja: string, en: string, width?: number) => ({
  key: "k",
  title: { ja, en },
  kind: "integer" as const,
  ...(width ? { width } : {}),
});

test("a short header fits on one line whatever the column's own width", () => {
  for (const title of [
    "期限超過",
    "一部未実施",
    "完了予定",
    "実施率",
    "準備段階（予定）",
    "平成25年度の計画",
  ]) {
    expect(columnWidth(col(title, "x", 6), "ja")).toBeGreaterThanOrEqual(textWidth(title) + 1);
  }
});

test("a long header may break only between its pieces, each piece on one line", () => {
  expect(headerPieces("平成25年度の計画")).toEqual(["平成25年度の", "計画"]);
  expect(headerPieces("準備段階（予定）")).toEqual(["準備段階", "（予定）"]);
  expect(headerPieces("Preparation planned")).toEqual(["Preparation", "planned"]);
  expect(headerPieces("実施中（予定）")).toEqual(["実施中", "（予定）"]);
  const w = columnWidth(col("x", "Items (counted per department, each once)", 8), "en");
  expect(w).toBeGreaterThanOrEqual(textWidth("department,") + 1);
  expect(w).toBeLessThan(textWidth("Items (counted per department, each once)"));
});

test("a column wider than its header keeps its width", () => {
  expect(columnWidth(col("取組", "Item", 24), "ja")).toBe(24);
});
