// Summary sheets: tables as sheets with links and a chart; regenerating replaces only the add-in's sheets.

import type { SummaryTable } from "../../src/core/summary/tables";
import { STATE_SHEET_NAME, stateFromRows } from "../../src/core/state";
import { GENERATED_KEY, writeSummarySheets } from "../../src/excel/summary";
import { validate } from "../../src/excel/validate";
import { key } from "../fake-excel/model";
import { ctxOf, openFixture } from "./workbooks";

const m = (ja: string, en = ja) => ({ ja, en });

function tables(): SummaryTable[] {
  return [
    {
      sheetName: "集計_方針別",
      title: m("方針別の実施状況", "Status by policy"),
      subtitle: m("平成25年度・実績ベース"),
      columns: [
        { key: "policy", title: m("方針", "Policy"), kind: "text" },
        { key: "items", title: m("項目数", "Items"), kind: "integer" },
        { key: "rate", title: m("実施率", "Rate"), kind: "percent" },
        { key: "done", title: m("完了", "Done"), kind: "integer" },
        { key: "notDone", title: m("未実施", "Not done"), kind: "integer" },
      ],
      rows: [
        { cells: ["=協働の推進", 4, 0.75, 3, 1] },
        { cells: ["-人づくり", 2, 0.5, 1, 1] },
        { cells: ["合計", 6, 0.667, 4, 2], style: "total" },
      ],
      chart: { categoryColumn: "policy", seriesColumns: ["done", "notDone"] },
    },
    {
      sheetName: "集計_要確認",
      title: m("要確認の項目"),
      columns: [
        { key: "item", title: m("項目"), kind: "text" },
        { key: "cell", title: m("セル"), kind: "link" },
      ],
      rows: [{ cells: ["@職員研修", "H11"], links: [null, { sheet: "取組計画", cell: "H11" }] }],
      filter: true,
    },
  ];
}

test("tables become sheets: text stays text, links point at source cells, a stacked bar chart per policy", async () => {
  const fake = await openFixture("kumamoto-plan.xlsx");
  const res = await writeSummarySheets(ctxOf(fake), tables());
  expect(res).toEqual({ sheets: ["集計_方針別", "集計_要確認"], replaced: [] });
  const s = fake.sheet("集計_方針別");
  expect(s.get(1, 1)).toBe("方針別の実施状況");
  expect(s.get(4, 1)).toBe("方針");
  expect([s.get(5, 1), s.get(5, 2), s.get(5, 3)]).toEqual(["=協働の推進", 4, 0.75]);
  expect(s.get(6, 1)).toBe("-人づくり");
  expect(s.formulas.size).toBe(0);
  expect(s.numberFormat(5, 3)).toBe("0.0%");
  expect(s.customProperties.get(GENERATED_KEY)).toBe("summary");
  expect(s.charts).toHaveLength(1);
  expect(s.charts[0]).toMatchObject({ type: "BarStacked", seriesBy: "Columns", title: "方針別の実施状況" });
  // The chart's block: category + the two series, header and the two policy rows (no total).
  expect(s.charts[0].source).toBe("G4:I6");
  const l = fake.sheet("集計_要確認");
  expect(l.links.get(key(4, 2))).toBe("'取組計画'!H11");
  expect(l.get(4, 1)).toBe("@職員研修");
  expect(l.autoFilter).toBe("A3:B4");
  const state = stateFromRows(
    [...fake.sheet(STATE_SHEET_NAME).rows.values()].map((r) => Array.from(r, (v) => v ?? null)),
  ).state;
  expect(state.createdSheets).toEqual(["集計_方針別", "集計_要確認"]);
});

test("regenerating replaces the add-in's sheets; a person's sheet of the same name is kept and the new one gets a suffix", async () => {
  const fake = await openFixture("kumamoto-plan.xlsx");
  const person = fake.data.addSheet("集計_要確認");
  person.set(1, 1, "私のメモ");
  await writeSummarySheets(ctxOf(fake), tables());
  const first = fake.data.sheets.map((s) => s.name);
  expect(first).toContain("集計_要確認 (2)");
  const t = tables();
  (t[0].rows[0].cells as (string | number)[])[1] = 5;
  const res = await writeSummarySheets(ctxOf(fake), t);
  expect(res).toEqual({
    sheets: ["集計_方針別", "集計_要確認 (2)"],
    replaced: ["集計_方針別", "集計_要確認 (2)"],
  });
  expect(fake.data.sheets.map((s) => s.name).sort()).toEqual(first.sort());
  expect(fake.sheet("集計_方針別").get(5, 2)).toBe(5);
  expect(fake.sheet("集計_要確認").get(1, 1)).toBe("私のメモ");
  // Summary sheets are not checked as plans by validate-all.
  const { report } = await validate(ctxOf(fake), { scope: "all", asOf: "2014-03-31" });
  expect(report.sheets.map((s) => s.name)).not.toContain("集計_方針別");
});

test("English titles when the display language is English", async () => {
  const fake = await openFixture("kumamoto-plan.xlsx");
  await writeSummarySheets(ctxOf(fake), tables(), { lang: "en" });
  expect(fake.sheet("集計_方針別").get(1, 1)).toBe("Status by policy");
  expect(fake.sheet("集計_方針別").get(4, 2)).toBe("Items");
});

test("an empty list says 該当なし under its header", async () => {
  const fake = await openFixture("kumamoto-plan.xlsx");
  const [, list] = tables();
  await writeSummarySheets(ctxOf(fake), [{ ...list, rows: [] }]);
  const s = fake.sheet("集計_要確認");
  expect(s.get(3, 1)).toBe("項目");
  expect(s.get(4, 1)).toBe("該当なし");
});
