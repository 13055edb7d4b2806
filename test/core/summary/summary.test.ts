// The summary tables of the fixture workbooks against figures counted by hand from the sheets.

import { masterFromSheets } from "../../../src/core/check";
import { summaryTables } from "../../../src/core/summary/build";
import { departmentTable } from "../../../src/core/summary/byDepartment";
import { fileTable } from "../../../src/core/summary/byFile";
import { policyTable } from "../../../src/core/summary/byPolicy";
import type { SummarySource } from "../../../src/core/summary/entries";
import { flaggedTable } from "../../../src/core/summary/flagged";
import type { SummaryTable } from "../../../src/core/summary/tables";
import { yearEndTable } from "../../../src/core/summary/yearEnd";
import { checkFixture, snapshotsOf } from "../../helpers/fixtures";

const KEYS = [
  "items",
  "notDone",
  "overdue",
  "partly",
  "unclear",
  "done",
  "doing",
  "planning",
  "noPlan",
  "rate",
  "basis",
];

/** A row's figures by column key, found by the text in one of its leading cells. */
function figures(t: SummaryTable, label: string): Record<string, unknown> {
  const row = t.rows.find((r) => r.cells.slice(0, 4).includes(label));
  if (!row) throw new Error(`no row "${label}" in ${t.sheetName}`);
  const out: Record<string, unknown> = {};
  t.columns.forEach((c, i) => KEYS.includes(c.key) && (out[c.key] = row.cells[i]));
  return out;
}

function fig(items: number, counts: Partial<Record<string, number>>, rate: number | null, basis: string) {
  const out: Record<string, unknown> = { items };
  for (const k of KEYS.slice(1, 9)) out[k] = counts[k] ?? 0;
  return { ...out, rate, basis };
}

const column = (t: SummaryTable, key: string) => t.columns.findIndex((c) => c.key === key);

let progress: SummarySource;
let goto: SummarySource;

beforeAll(async () => {
  progress = { report: await checkFixture("kumamoto-progress.xlsx", { asOf: "2014-03-31" }) };
  goto = { report: await checkFixture("goto-results.xlsx", { asOf: "2014-03-31" }) };
});

describe("集計_方針別", () => {
  // kumamoto-progress H25進捗, rows 5–28 (24 items), H25 actual column H and 実施結果 I:
  //   情報共有 rows 5–11: done 6 (◎ with 実施・完了予定), 11 (◎ with 実施予定); doing the other 5.
  //   参画 rows 12–16: done 12 (H24 完了 ◎); overdue 14 (plan 実施, H14 and I14 empty, year closed);
  //        partly 16 (「…3区にとどまった。」); doing 13, 15.
  //   協働 rows 17–21: notDone 19 (I19 「未実施」); overdue 21 (△ 遅れ); doing 17, 18, 20.
  //   総括 rows 22–28: overdue 22 (H24 完了予定, H24 actual ○, no ◎ up to H25); doing the other 6.
  it("counts each policy of kumamoto-progress by state, on an actual basis", () => {
    const t = policyTable([progress], "ja");
    expect(t.sheetName).toBe("集計_方針別");
    expect(figures(t, "情報共有")).toEqual(fig(7, { done: 2, doing: 5 }, 1, "実績ベース"));
    expect(figures(t, "参画")).toEqual(
      fig(5, { overdue: 1, partly: 1, done: 1, doing: 2 }, 0.8, "実績ベース"),
    );
    // 1 − (1 + 1) / 5
    expect(figures(t, "協働")).toEqual(fig(5, { notDone: 1, overdue: 1, doing: 3 }, 0.6, "実績ベース"));
    // 1 − 1 / 7 = 0.857142…
    expect(figures(t, "総括")).toEqual(fig(7, { overdue: 1, doing: 6 }, 0.8571, "実績ベース"));
    // 24 items: notDone 1, overdue 3, partly 1, done 3, doing 16 → 1 − 4 / 24
    expect(figures(t, "合計")).toEqual(
      fig(24, { notDone: 1, overdue: 3, partly: 1, done: 3, doing: 16 }, 0.8333, "実績ベース"),
    );
    expect(t.rows.at(-1)!.style).toBe("total");
    expect(t.subtitle!.ja).toBe("平成25年度（基準日 2014-03-31）・実績ベース");
  });

  it("gives subtotals by the second level (the 取組内容 of kumamoto-progress)", () => {
    const t = policyTable([progress], "ja");
    // rows 18 (⇒ 継続, ○) and 19 (未実施) share 「14 ・まちづくり支援メニューの充実」: 1 − 1 / 2
    expect(figures(t, "14 ・まちづくり支援メニューの充実")).toEqual(
      fig(2, { notDone: 1, doing: 1 }, 0.5, "実績ベース"),
    );
    // rows 5–7 share 「1 ・情報の内容に応じた方法による提供の推進」
    expect(figures(t, "1 ・情報の内容に応じた方法による提供の推進")).toEqual(
      fig(3, { done: 1, doing: 2 }, 1, "実績ベース"),
    );
    const policyRow = t.rows.findIndex((r) => r.cells[0] === "協働");
    expect(t.rows[policyRow].style).toBe("group");
    // 協働 has four second-level groups (12, 14, 16, 17) right below it.
    expect(t.rows.slice(policyRow + 1, policyRow + 5).map((r) => r.cells[1])).toEqual([
      "12 ・市民活動支援センターでのコーディネート",
      "14 ・まちづくり支援メニューの充実",
      "16 ・協働ハンドブックの活用",
      "17 ・協働提案制度の研究、構築",
    ]);
  });

  // goto-results H25実施結果: 19 items under 5 施策, one result column (実施結果 / 関係部署).
  //   施策1: D19 「…取組発表は未実施。」 partly; others doing (6 items).
  //   施策2: D27 「…3割程度に止まった。」 partly, D32 「未実施」 notDone; 3 doing (5 items).
  //   施策3: D43 「未実施」 notDone; 3 doing (4 items). 施策4, 施策5: 2 doing each.
  it("counts goto-results per 施策, with the ■ headings as the second level", () => {
    const t = policyTable([goto], "ja");
    expect(figures(t, "施策1 協働（共働）の意識を高める！！")).toEqual(
      fig(6, { partly: 1, doing: 5 }, 1, "実績ベース"),
    );
    expect(figures(t, "施策2 情報を共有する！！")).toEqual(
      fig(5, { notDone: 1, partly: 1, doing: 3 }, 0.8, "実績ベース"),
    );
    expect(figures(t, "施策3 市民活動を活性化する！！")).toEqual(
      fig(4, { notDone: 1, doing: 3 }, 0.75, "実績ベース"),
    );
    expect(figures(t, "■ 市民団体の自主的な連絡調整の設置")).toEqual(fig(1, { notDone: 1 }, 0, "実績ベース"));
    // 19 items: notDone 2, partly 2, doing 15 → 1 − 2 / 19 = 0.894736…
    expect(figures(t, "合計")).toEqual(fig(19, { notDone: 2, partly: 2, doing: 15 }, 0.8947, "実績ベース"));
  });

  it("titles the states 完了予定 / 実施予定 / 準備予定 on a plan basis, and leaves the rate empty", async () => {
    const plan: SummarySource = { report: await checkFixture("kumamoto-plan.xlsx", { asOf: "2014-03-31" }) };
    const t = policyTable([plan], "ja");
    expect(t.columns.map((c) => c.title.ja)).toEqual(
      expect.arrayContaining(["完了予定", "実施予定", "準備予定", "未実施", "計画なし"]),
    );
    expect(t.columns.map((c) => c.title.ja)).not.toContain("完了");
    expect(t.subtitle!.ja).toContain("計画ベース");
    for (const r of t.rows) expect(r.cells[column(t, "rate")]).toBeNull();
    expect(figures(t, "合計").items).toBe(37);
  });

  it("keeps the file of each row over several workbooks, with a subtotal per sheet", () => {
    const a = { ...progress, file: "in/kumamoto-progress.xlsx" };
    const b = { ...goto, file: "in/goto-results.xlsx" };
    const t = policyTable([a, b], "ja");
    expect(t.columns[0].key).toBe("file");
    expect(t.rows.find((r) => r.cells[2] === "協働")!.cells[0]).toBe("in/kumamoto-progress.xlsx");
    expect(t.rows.find((r) => r.cells[2] === "施策2 情報を共有する！！")!.cells[0]).toBe(
      "in/goto-results.xlsx",
    );
    const subtotals = t.rows.filter((r) => r.style === "subtotal");
    expect(subtotals.map((r) => [r.cells[0], r.cells[column(t, "items")]])).toEqual([
      ["in/kumamoto-progress.xlsx", 24],
      ["in/goto-results.xlsx", 19],
    ]);
    // 43 items: notDone 1 + 2, overdue 3, partly 1 + 2 → 1 − 6 / 43 = 0.860465…
    const total = t.rows.at(-1)!;
    expect(total.cells.slice(column(t, "items"))).toEqual([
      43,
      3,
      3,
      3,
      0,
      3,
      31,
      0,
      0,
      0.8605,
      "実績ベース",
    ]);
  });

  it("mixes plan and actual sheets: combined titles, rate from the actual items only", async () => {
    const plan: SummarySource = {
      file: "kumamoto-plan.xlsx",
      report: await checkFixture("kumamoto-plan.xlsx", { asOf: "2014-03-31" }),
    };
    const t = policyTable([{ ...progress, file: "kumamoto-progress.xlsx" }, plan], "en");
    expect(t.columns.find((c) => c.key === "done")!.title).toEqual({
      ja: "完了（予定）",
      en: "Done (or planned)",
    });
    const total = t.rows.at(-1)!;
    expect(total.cells[column(t, "items")]).toBe(24 + 37);
    expect(total.cells[column(t, "rate")]).toBe(0.8333);
    expect(total.cells[column(t, "basis")]).toBe("Mixed");
    expect(total.cells[column(t, "policy")]).toBe("Total");
  });
});

describe("集計_担当課別", () => {
  it("counts an item with two departments for each, and says so in the totals", () => {
    const t = departmentTable([progress], "ja");
    // 市民協働課: rows 7, 11, 13, 14, 17, 19, 20, 21, 22, 24, 25 (C24:C25 merged) = 11 items:
    // done 11; overdue 14, 21, 22; notDone 19; doing the other 6 → 1 − 4 / 11 = 0.636363…
    expect(figures(t, "市民協働課")).toEqual(
      fig(11, { notDone: 1, overdue: 3, done: 1, doing: 6 }, 0.6364, "実績ベース"),
    );
    // 区政推進課 is one of two departments on rows 15, 18, 26, 27.
    expect(figures(t, "区政推進課")).toEqual(fig(4, { doing: 4 }, 1, "実績ベース"));
    // 各区役所: rows 16 (partly), 26, 27.
    expect(figures(t, "各区役所")).toEqual(fig(3, { partly: 1, doing: 2 }, 1, "実績ベース"));
    // 「人事課 (コンプライアンス推進室)」 is one name, shown without the space.
    expect(figures(t, "人事課(コンプライアンス推進室)").items).toBe(1);
    // Five cells name two departments (rows 8, 15, 18, 26, 27): 24 items, 29 counted per department.
    expect(figures(t, "合計（延べ）").items).toBe(29);
    expect(figures(t, "取組数（実数）")).toEqual(
      fig(24, { notDone: 1, overdue: 3, partly: 1, done: 3, doing: 16 }, 0.8333, "実績ベース"),
    );
    expect(t.notes!.map((n) => n.ja).join()).toContain("それぞれの課に1件として数えています");
  });

  it("counts a former name under the master's new name", async () => {
    const master = masterFromSheets(await snapshotsOf("kumamoto-progress.xlsx"));
    const t = departmentTable([{ ...progress, master }], "ja");
    // row 5 「広報広聴課」 (renamed to 広報課) joins rows 6 and 8.
    expect(figures(t, "広報課").items).toBe(3);
    expect(t.rows.some((r) => r.cells[0] === "広報広聴課")).toBe(false);
  });

  it("puts items without a department on their own row", () => {
    const t = departmentTable([goto], "en");
    expect(figures(t, "(no department)")).toEqual(
      fig(19, { notDone: 2, partly: 2, doing: 15 }, 0.8947, "Actuals"),
    );
  });
});

describe("未実施・期限超過一覧", () => {
  it("lists every item not done, overdue, partly done or unclear, with a link to its cell", () => {
    const t = flaggedTable([progress], "ja");
    const col = (k: string) => t.rows.map((r) => r.cells[column(t, k)]);
    expect(col("cell")).toEqual(["H25進捗!H14", "H25進捗!I16", "H25進捗!I19", "H25進捗!H21", "H25進捗!F22"]);
    expect(col("state")).toEqual(["期限超過", "一部未実施", "未実施", "期限超過", "期限超過"]);
    expect(col("policy")).toEqual(["参画", "参画", "協働", "協働", "総括"]);
    expect(col("department")).toEqual(["市民協働課", "各区役所", "市民協働課", "市民協働課", "市民協働課"]);
    // The plan for H25 as written; a continuation mark says what it continues (G21 ⇒ after F21 検討).
    expect(col("plan")).toEqual(["実施", "継続", "実施", "⇒（継続: 検討）", null]);
    expect(col("result")[3]).toBe(
      "△\u3000提案制度の骨子案を作成したが、庁内の調整に時間を要しており、制度の開始は平成26年度以降となる見込み。",
    );
    expect(col("title")[2]).toBe("14 ・まちづくり支援メニューの充実");
    expect(col("detail")[2]).toBe("あいぽーとでの活用・コーディネート");
    expect(col("finding")[2]).toBe("平成25年度の実績が「未実施」です");
    const links = t.rows.map((r) => r.links![column(t, "cell")]);
    expect(links[2]).toEqual({ sheet: "H25進捗", cell: "I19" });
    expect(t.columns[column(t, "cell")].kind).toBe("link");
    expect(t.filter).toBe(true);
  });

  it("names the file of each row when it covers several workbooks", () => {
    const t = flaggedTable(
      [
        { ...progress, file: "a.xlsx" },
        { ...goto, file: "b.xlsx" },
      ],
      "ja",
    );
    expect(t.rows).toHaveLength(5 + 4);
    const goto4 = t.rows
      .slice(5)
      .map((r) => [r.cells[0], r.cells[column(t, "cell")], r.cells[column(t, "state")]]);
    expect(goto4).toEqual([
      ["b.xlsx", "H25実施結果!D19", "一部未実施"],
      ["b.xlsx", "H25実施結果!D27", "一部未実施"],
      ["b.xlsx", "H25実施結果!D32", "未実施"],
      ["b.xlsx", "H25実施結果!D43", "未実施"],
    ]);
    expect(t.rows[5].links!.at(-1)).toEqual({ sheet: "H25実施結果", cell: "D19", file: "b.xlsx" });
  });
});

describe("年度末実施結果", () => {
  it("lists each item under its policy with its plan for the year and its result", () => {
    const t = yearEndTable([progress], "ja");
    const groups = t.rows.filter((r) => r.style === "group").map((r) => r.cells[0]);
    expect(groups).toEqual(["情報共有", "参画", "協働", "総括"]);
    expect(t.rows.filter((r) => !r.style)).toHaveLength(24);
    const row6 = t.rows.find((r) => r.cells[column(t, "cell")] === "H25進捗!H6")!;
    expect(row6.cells[column(t, "plan")]).toBe("実施・完了予定");
    expect(row6.cells[column(t, "actual")]).toBe("◎");
    expect(row6.cells[column(t, "state")]).toBe("完了");
    expect(row6.cells[column(t, "result")]).toMatch(/^新CMSを導入し/);
    expect(t.columns[column(t, "plan")].title.ja).toBe("平成25年度の計画");
    expect(t.notes).toBeUndefined();
  });

  it("leaves out a plan-only sheet's items (no results to print) and names the sheet in a note", async () => {
    // kumamoto-plan's 取組計画 has plan columns only.
    const plan: SummarySource = { report: await checkFixture("kumamoto-plan.xlsx", { asOf: "2014-03-31" }) };
    const t = yearEndTable([progress, plan], "ja");
    const cells = t.rows.filter((r) => !r.style).map((r) => String(r.cells[column(t, "cell")]));
    expect(cells).toHaveLength(24);
    for (const c of cells) expect(c).toMatch(/H25進捗!/);
    expect(t.notes?.map((n) => n.ja)).toEqual([expect.stringContaining("「取組計画」")]);
    // Alone, it leaves an empty list (written as 該当なし) with the same note.
    const alone = yearEndTable([plan], "ja");
    expect(alone.rows).toEqual([]);
    expect(alone.notes).toHaveLength(1);
  });
});

describe("column titles in the sheets' own words", () => {
  it("titles the policy column with the sheets' header word when they agree", () => {
    // kumamoto-progress calls its policy column 分野.
    expect(policyTable([progress], "ja").columns.find((c) => c.key === "policy")!.title.ja).toBe("分野");
    // goto-results groups under section rows: no header word, the default stays.
    expect(policyTable([goto], "ja").columns.find((c) => c.key === "policy")!.title.ja).toBe("方針");
    // Two sheets that do not agree get the default too.
    const both = policyTable([progress, goto], "ja").columns.find((c) => c.key === "policy")!.title.ja;
    expect(["方針", "分野"]).toContain(both);
  });
});

describe("集計_ファイル別 and the whole set", () => {
  it("gives one row per plan sheet with findings by severity", () => {
    const t = fileTable(
      [
        { ...progress, file: "p.xlsx" },
        { ...goto, file: "g.xlsx" },
      ],
      "ja",
    );
    const p = t.rows[0].cells;
    expect(p.slice(0, 5)).toEqual(["p.xlsx", "H25進捗", "表形式", "2014-03-31", 24]);
    // kumamoto-progress H25進捗: errors G12 (実施 after H24 完了), H14, G17 (継続実地), I19, H21, F22,
    // F25 (H24 ×); warnings C5 (広報広聴課), G10 (継続, a space, 実施), I16, C23 (関係課 alone).
    expect(p.slice(5, 7)).toEqual([7, 4]);
    expect(p.slice(8)).toEqual([1, 3, 1, 0, 0.8333, "実績ベース", null]);
    expect(t.rows.at(-1)!.cells[4]).toBe(24 + 19);
  });

  it("builds four sheets for one workbook and five for several", () => {
    expect(summaryTables([progress], { lang: "ja" }).map((t) => t.sheetName)).toEqual([
      "集計_方針別",
      "集計_担当課別",
      "未実施・期限超過一覧",
      "年度末実施結果",
    ]);
    expect(summaryTables([progress, goto], { lang: "ja" })[0].sheetName).toBe("集計_ファイル別");
    for (const t of summaryTables([progress, goto], { lang: "en" })) {
      for (const r of t.rows) expect(r.cells).toHaveLength(t.columns.length);
      expect(t.title.en).not.toBe("");
    }
  });
});
