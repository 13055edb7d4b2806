// A legend on the sheet makes its marks statuses of that sheet, whatever way it is written.

import type { StatusCategory } from "../../../src/core/types";
import { analyzeBuilt } from "../../helpers/workbook";
import { planActual } from "../rules/ruleTester";

/** A legend row above a per-year plan | actual table whose first item's actuals are the given marks. */
async function actualCategories(legend: string, marks: string[]): Promise<StatusCategory[][]> {
  const t = planActual(
    ["H24", "H25", "H26", "H27"],
    { plan: ["実施", "実施", "実施", "完了予定"], actual: marks },
    { plan: ["実施", "実施", "実施", "実施"], actual: marks },
  );
  const model = await analyzeBuilt({
    name: "進捗",
    rows: [[legend], ...t.rows],
    merges: ["A2:A3", "B2:B3", "C2:D2", "E2:F2", "G2:H2", "I2:J2"],
  });
  expect(model.items).toHaveLength(2);
  expect(model.items[0].path).toEqual([]);
  return model.items[0].actuals.map((a) => a.cell.categories);
}

const MARK_CATEGORIES = [["done"], ["doing"], ["late"], ["notDone"]];

describe("legends", () => {
  test.each([
    ["◎ 達成 ○ 順調 △ 遅れ × 未着手", ["◎", "○", "△", "×"]],
    ["進捗：◎ 達成 ○ 順調 △ 遅れ × 未着手", ["◎", "○", "△", "×"]],
    ["◎達成　○順調　△遅れ　×未着手", ["◎", "○", "△", "×"]],
    ["◎：達成、○：順調、△：遅れ、×：未着手", ["◎", "○", "△", "×"]],
    ["【凡例】◎達成 ○順調 △遅れ ×未着手", ["◎", "○", "△", "×"]],
    ["◎ 完了 ○ 実施中 △ 遅延 × 中止", ["◎", "○", "△", "×"]],
    ["Ａ 達成 Ｂ 概ね計画どおり Ｃ 遅れ Ｄ 未着手", ["A", "Ｂ", "C", "Ｄ"]],
    ["凡例 Ａ：達成 Ｂ：概ね計画どおり Ｃ：遅れ Ｄ：未着手", ["Ａ", "B", "Ｃ", "D"]],
    ["A=達成、B=順調、C=遅れ、D=未実施", ["A", "B", "C", "D"]],
    ["(凡例) A:完了 B:順調 C:遅れている D:未着手", ["A", "B", "C", "D"]],
  ])("%s", async (legend, marks) => {
    expect(await actualCategories(legend, marks)).toEqual(MARK_CATEGORIES);
  });

  test("計画どおり is read as planned (the category of that year's plan)", async () => {
    const cats = await actualCategories("Ａ 計画どおり Ｂ 概ね計画どおり Ｃ 遅れ Ｄ 未着手", [
      "A",
      "B",
      "C",
      "Ａ",
    ]);
    expect(cats).toEqual([["asPlanned"], ["doing"], ["late"], ["asPlanned"]]);
  });

  test("a legend naming actors changes nothing: its marks stay unknown as statuses", async () => {
    const cats = await actualCategories("★市民が主体 ●市が主体", ["実施", "★", "●", "完了"]);
    expect(cats).toEqual([["doing"], [], [], ["done"]]);
  });

  test("a legend restating the vocabulary changes nothing", async () => {
    const cats = await actualCategories("準備＝準備作業　→＝前年度から継続", ["準備", "→", "実施", "完了"]);
    expect(cats).toEqual([["plan"], [], ["doing"], ["done"]]);
  });

  test("a heading starting with a mark is no legend", async () => {
    const model = await analyzeBuilt({
      name: "s",
      rows: [
        ["■多様な機会を通して協働の啓発"],
        ["項目", "内容", "実施結果"],
        ["講座", "講座を開く", "◎"],
        ["広報", "広報紙", "○"],
      ],
    });
    expect(model.vocabulary.marks.size).toBe(0);
    expect(model.items[0].path[0]).toBe("■多様な機会を通して協働の啓発");
  });
});
