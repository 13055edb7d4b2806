// Hierarchy columns mean "same as above" whether merged or left blank; a department cell only when merged.

import { checkOne } from "../../helpers/workbook";

const sheet = {
  name: "計画",
  rows: [
    ["分野", "方針", "取組内容", "担当課", "具体的な動き", "H24", "H25"],
    // 分野 merged over rows 2-4; 方針 written once and left blank below.
    ["Ⅰ 人づくり", "情報共有", "広報の充実", "広報課", "広報紙に掲載", "実施", "⇒"],
    [null, null, null, "広報課", "ホームページに掲載", "実施", "⇒"],
    [null, "交流", "交流会", "協働推進課", "交流会を開く", "検討", "実施"],
    // 分野 blank below its first row; 担当課 merged over rows 5-7.
    ["Ⅱ 場づくり", "拠点", "センター運営", "協働推進課", "運営", "実施", "⇒"],
    [null, null, "相談窓口", null, "窓口", "実施", "⇒"],
    [null, "支援", "補助金", null, "交付", "実施", "⇒"],
    // A blank department cell that is not merged.
    [null, null, "登録制度", null, "登録", "検討", "実施"],
  ],
  merges: ["A2:A4", "C2:C3", "D5:D7"],
};

describe("hierarchy by blank cells and by merges on the same sheet", () => {
  test("policy paths: outermost level first, names as written", async () => {
    const report = await checkOne(sheet, { asOf: "2014-03-31" });
    expect(report.layout).toBe("table");
    expect(report.items.map((i) => i.path.slice(0, 2))).toEqual([
      ["Ⅰ 人づくり", "情報共有"],
      ["Ⅰ 人づくり", "情報共有"],
      ["Ⅰ 人づくり", "交流"],
      ["Ⅱ 場づくり", "拠点"],
      ["Ⅱ 場づくり", "拠点"],
      ["Ⅱ 場づくり", "支援"],
      ["Ⅱ 場づくり", "支援"],
    ]);
    expect(report.policies.map((p) => [p.name, p.items])).toEqual([
      ["Ⅰ 人づくり", 3],
      ["Ⅱ 場づくり", 4],
    ]);
  });

  test("rows under one merged 取組内容 are separate items with their own details", async () => {
    const report = await checkOne(sheet, { asOf: "2014-03-31" });
    expect(report.items.slice(0, 2).map((i) => [i.title, i.detail])).toEqual([
      ["広報の充実", "広報紙に掲載"],
      ["広報の充実", "ホームページに掲載"],
    ]);
    expect(report.items.map((i) => i.range)).toEqual([
      "A2:G2",
      "A3:G3",
      "A4:G4",
      "A5:G5",
      "A6:G6",
      "A7:G7",
      "A8:G8",
    ]);
  });

  test("a merged department cell covers every row it spans; a blank unmerged one is missing", async () => {
    const report = await checkOne(sheet, { asOf: "2014-03-31" });
    expect(report.items.map((i) => [i.department?.address, i.department?.value])).toEqual([
      ["D2", "広報課"],
      ["D3", "広報課"],
      ["D4", "協働推進課"],
      ["D5", "協働推進課"],
      ["D5", "協働推進課"],
      ["D5", "協働推進課"],
      ["D8", null],
    ]);
    expect(report.findings.filter((f) => f.rule === "department-missing").map((f) => f.cell)).toEqual(["D8"]);
  });

  test("the leftmost hierarchy column is the policy even when a column further right is titled 方針", async () => {
    const report = await checkOne(
      {
        name: "s",
        rows: [
          ["答申", "方針", "取組", "H24"],
          ["Ⅰ 答申の柱", "市の方針A", "取組1", "実施"],
          [null, "市の方針B", "取組2", "実施"],
        ],
      },
      { asOf: "2014-03-31" },
    );
    expect(report.items.map((i) => i.path[0])).toEqual(["Ⅰ 答申の柱", "Ⅰ 答申の柱"]);
  });
});
