// A table's header is found by its words wherever it stands: titles, legends and notes above it are no items.

import { analyzeBuilt } from "../../helpers/workbook";

describe("a header not in the first rows", () => {
  const sheet = {
    name: "アクションプラン",
    rows: [
      ["協働推進アクションプラン（平成24年度～平成27年度）"],
      [],
      ["凡例：★市民が主体　●市が主体"],
      ["※ 空欄の年度は計画なし"],
      [null, "分野", "取組内容", "担当課", "H24", "H25", "H26", "H27"],
      [null, "Ⅰ 人づくり", "講座の開催", "協働推進課", "検討", "実施", "⇒", "⇒"],
      [null, null, "人材の登録", "協働推進課", "準備", "実施", "⇒", "完了"],
      ["注：H27は見込み"],
    ],
    merges: ["A1:H1"],
  };

  test("the header row is found below the title, legend and note", async () => {
    const model = await analyzeBuilt(sheet);
    expect(model.layout).toBe("table");
    expect(model.columns.map((c) => [c.letter, c.role, c.year ?? null])).toEqual([
      ["B", "policy", null],
      ["C", "item", null],
      ["D", "department", null],
      ["E", "plan", 2012],
      ["F", "plan", 2013],
      ["G", "plan", 2014],
      ["H", "plan", 2015],
    ]);
  });

  test("only the data rows are items; the note below is none", async () => {
    const model = await analyzeBuilt(sheet);
    expect(model.items.map((i) => [i.row, i.title, i.path, i.department?.address])).toEqual([
      [6, "講座の開催", ["Ⅰ 人づくり"], "D6"],
      [7, "人材の登録", ["Ⅰ 人づくり"], "D7"],
    ]);
    expect(model.items[1].schedule.map((s) => [s.year, s.cell.address, s.cell.normalized])).toEqual([
      [2012, "E7", "準備"],
      [2013, "F7", "実施"],
      [2014, "G7", "⇒"],
      [2015, "H7", "完了"],
    ]);
  });

  test("a data row holding role words is no header (取組1 | 関係課 | 実施・完了予定)", async () => {
    const model = await analyzeBuilt({
      name: "s",
      rows: [
        ["取組", "担当課", "H24", "H25"],
        ["取組1", "関係課", "実施・完了予定", null],
        ["補助事業の見直し", "関係課", null, null],
      ],
    });
    expect(model.items.map((i) => i.title)).toEqual(["取組1", "補助事業の見直し"]);
  });
});
