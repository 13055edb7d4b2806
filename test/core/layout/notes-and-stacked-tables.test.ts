// Notes inside a table are no items; a text just above a header heads the next table.

import { checkOne } from "../../helpers/workbook";

describe("notes and stacked tables", () => {
  test("a note row (※, 注) inside the table is no item; a status merged down rows holds for each", async () => {
    const report = await checkOne(
      {
        name: "s",
        rows: [
          ["分野", "取組", "担当課", "H24", "H25", "H26"],
          ["Ⅰ 人づくり", "広報", "広報課", "実施", "⇒", "⇒"],
          [null, "講座", "広報課", null, "⇒", "⇒"],
          ["※ 講座はH24に広報と一体で実施", null, null, null, null, null],
          ["Ⅱ 場づくり", "拠点", "協働推進課", "検討", "実施", "⇒"],
          ["注）拠点はH26に見直し"],
          [null, "支援", "協働推進課", "検討", "実施", "⇒"],
        ],
        merges: ["D2:D3", "A4:F4"],
      },
      { asOf: "2014-03-31" },
    );
    expect(report.items.map((i) => [i.row, i.title, i.path[0]])).toEqual([
      [2, "広報", "Ⅰ 人づくり"],
      [3, "講座", "Ⅰ 人づくり"],
      [5, "拠点", "Ⅱ 場づくり"],
      [7, "支援", "Ⅱ 場づくり"],
    ]);
    expect(report.items[1].schedule[0].cell).toMatchObject({
      address: "D3",
      kind: "status",
      categories: ["doing"],
    });
    expect(report.findings).toEqual([]);
  });

  test("two tables one above the other, each under its own title (第1期, 第2期)", async () => {
    const report = await checkOne(
      {
        name: "s",
        rows: [
          ["第1期"],
          ["取組", "担当課", "H24", "H25"],
          ["広報", "広報課", "実施", "完了"],
          [],
          ["第2期"],
          ["取組", "担当課", "H26", "H27"],
          ["講座", "広報課", "検討", "実施"],
        ],
      },
      { asOf: "2015-03-31" },
    );
    expect(report.items.map((i) => [i.title, i.path, i.schedule.map((s) => s.year)])).toEqual([
      ["広報", ["第1期"], [2012, 2013]],
      ["講座", ["第2期"], [2014, 2015]],
    ]);
    expect(report.findings).toEqual([]);
  });
});
