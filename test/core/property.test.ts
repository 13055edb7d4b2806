// Random sheets of every kind of value Excel gives: the engine never throws, every finding's cell lies
// inside the sheet, and checking twice gives the same result.

import fc from "fast-check";
import { checkSheet } from "../../src/core/check";
import type { CellRange, CellValue, SheetSnapshot } from "../../src/core/types";

const RUNS = process.env.CI ? 1000 : 150;

const DOMAIN = [
  "分野",
  "取組内容",
  "担当課",
  "関係課",
  "具体的な動き",
  "計画",
  "実績",
  "実施結果",
  "備考",
  "整理番号",
  "推進項目",
  "年次計画",
  "検証指標",
  "単位",
  "基準値",
  "H24",
  "H25",
  "平成26年度",
  "R5",
  "令和元年度",
  "2023年度",
  "24年度",
  "平成40年度",
  "R0",
  "検討",
  "実施",
  "継続",
  "完了",
  "完了予定",
  "⇒",
  "→",
  "〃",
  "未実施",
  "中止",
  "実 施",
  "実地",
  "◎",
  "○",
  "△",
  "×",
  "■",
  "□",
  "施策1 協働",
  "推進方針 I 参加",
  "1 - (1) 啓発",
  "(1) 市民",
  "※ 注記",
  "凡例 ◎ 完了 ○ 順調 △ 遅れ × 未着手",
  "★市民が主体 ●市が主体",
  "市民協働課",
  "広報課・各区役所",
  "全所属",
  '=HYPERLINK("http://example.invalid","x")',
  "+1",
  "-",
  "@sum",
  "#REF!",
  "#N/A",
  "#DIV/0!",
  "人事課 (コンプライアンス推進室)",
  "…の取組発表は未実施。",
  "にとどまった",
  "👨‍👩‍👧",
  "\uD83D",
  "か\u3099",
  "",
];

const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 8, arbitrary: fc.constant(null) },
  { weight: 8, arbitrary: fc.constantFrom(...DOMAIN) },
  { weight: 2, arbitrary: fc.string({ maxLength: 30, unit: "grapheme" }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 8, unit: "binary" }) },
  { weight: 1, arbitrary: fc.constant("長".repeat(32767)) },
  { weight: 2, arbitrary: fc.oneof(fc.integer(), fc.double({ noNaN: false })) },
  { weight: 1, arbitrary: fc.boolean() },
  {
    weight: 1,
    arbitrary: fc
      .date({ min: new Date("1900-01-01"), max: new Date("2100-12-31"), noInvalidDate: true })
      .map((d) => ({ date: d.toISOString().slice(0, 10) })),
  },
);

/** Non-overlapping merges inside the grid. */
function merges(rows: number, cols: number, top: number, left: number): fc.Arbitrary<CellRange[]> {
  const rect = fc
    .record({
      r: fc.integer({ min: 0, max: rows - 1 }),
      c: fc.integer({ min: 0, max: cols - 1 }),
      h: fc.integer({ min: 1, max: 6 }),
      w: fc.integer({ min: 1, max: 6 }),
    })
    .map(({ r, c, h, w }) => ({
      top: top + r,
      left: left + c,
      bottom: top + Math.min(rows - 1, r + h - 1),
      right: left + Math.min(cols - 1, c + w - 1),
    }));
  return fc.array(rect, { maxLength: 30 }).map((list) => {
    const kept: CellRange[] = [];
    for (const m of list) {
      if (m.top === m.bottom && m.left === m.right) continue;
      const overlaps = kept.some(
        (k) => m.top <= k.bottom && m.bottom >= k.top && m.left <= k.right && m.right >= k.left,
      );
      if (!overlaps) kept.push(m);
    }
    return kept;
  });
}

const sheet: fc.Arbitrary<SheetSnapshot> = fc
  .record({
    rows: fc.integer({ min: 1, max: 300 }),
    cols: fc.integer({ min: 1, max: 40 }),
    top: fc.integer({ min: 1, max: 5 }),
    left: fc.integer({ min: 1, max: 5 }),
  })
  .chain(({ rows, cols, top, left }) =>
    fc.record({
      name: fc.constantFrom("計画", "H25進捗", "Sheet1"),
      origin: fc.constant({ row: top, col: left }),
      values: fc.array(fc.array(cellValue, { minLength: cols, maxLength: cols }), {
        minLength: rows,
        maxLength: rows,
      }),
      merges: merges(rows, cols, top, left),
    }),
  );

const asOf = fc.constantFrom("2014-03-30", "2014-03-31", "2019-04-30", "2024-03-31");

test("never throws; every finding's cell lies inside the sheet; checking twice gives the same result", () => {
  fc.assert(
    fc.property(sheet, asOf, (s, day) => {
      const a = checkSheet(s, { asOf: day });
      const bottom = s.origin.row + s.values.length - 1;
      const right = s.origin.col + Math.max(...s.values.map((r) => r.length)) - 1;
      for (const f of a.findings) {
        expect(f.row).toBeGreaterThanOrEqual(s.origin.row);
        expect(f.row).toBeLessThanOrEqual(bottom);
        expect(f.col).toBeGreaterThanOrEqual(s.origin.col);
        expect(f.col).toBeLessThanOrEqual(right);
      }
      const b = checkSheet(s, { asOf: day });
      expect(b.findings).toEqual(a.findings);
      expect(b.policies).toEqual(a.policies);
      expect(b.layout).toBe(a.layout);
    }),
    { numRuns: RUNS },
  );
});

/** A real header row (item, department, 2–6 year headers) planted at a random place in a random grid. */
const planted: fc.Arbitrary<SheetSnapshot> = fc
  .record({
    years: fc.integer({ min: 2, max: 6 }),
    first: fc.constantFrom(2010, 2012, 2019),
    style: fc.constantFrom("H", "平成年度", "R", "西暦"),
    at: fc.record({ r: fc.nat(), c: fc.nat() }),
  })
  .chain(({ years, first, style, at }) =>
    sheet
      .filter((s) => s.values.length >= 3 && s.values[0].length >= years + 2)
      .map((s) => {
        const rows = s.values.length;
        const cols = s.values[0].length;
        const r = at.r % (rows - 1);
        const c = at.c % (cols - years - 1);
        const year = (y: number) =>
          style === "西暦"
            ? `${y}年度`
            : y >= 2019
              ? style === "R"
                ? `R${y - 2018}`
                : `令和${y - 2018}年度`
              : style === "H"
                ? `H${y - 1988}`
                : `平成${y - 1988}年度`;
        const values = s.values.map((row) => [...row]);
        values[r][c] = "取組内容";
        values[r][c + 1] = "担当課";
        for (let i = 0; i < years; i++) values[r][c + 2 + i] = year(first + i);
        // The header's own cells are not merged into anything else.
        const merges = s.merges.filter((m) => m.top > s.origin.row + r || m.bottom < s.origin.row + r);
        return { ...s, values, merges };
      }),
  );

test("a real header at a random position and size: never throws, findings inside, deterministic", () => {
  let tables = 0;
  fc.assert(
    fc.property(planted, asOf, (s, day) => {
      const a = checkSheet(s, { asOf: day });
      if (a.layout !== "none") tables++;
      const bottom = s.origin.row + s.values.length - 1;
      const right = s.origin.col + s.values[0].length - 1;
      for (const f of a.findings) {
        expect(f.row).toBeGreaterThanOrEqual(s.origin.row);
        expect(f.row).toBeLessThanOrEqual(bottom);
        expect(f.col).toBeGreaterThanOrEqual(s.origin.col);
        expect(f.col).toBeLessThanOrEqual(right);
      }
      const b = checkSheet(s, { asOf: day });
      expect(b.findings).toEqual(a.findings);
      expect(b.layout).toBe(a.layout);
    }),
    { numRuns: RUNS },
  );
  // Not vacuous: the planted header is read as a plan in many of the runs.
  expect(tables).toBeGreaterThan(RUNS / 10);
});
