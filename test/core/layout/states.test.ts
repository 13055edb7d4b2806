// Each item's state in the review year (plan-sheets.md, "Summary per policy"), on actual and plan basis.

import type { CheckOptions } from "../../../src/core/check";
import { STATES, type ItemState } from "../../../src/core/summary/state";
import { checkOne, type CellInput } from "../../helpers/workbook";
import { planActual } from "../rules/ruleTester";

const YEARS = ["H24", "H25", "H26"];
const CLOSED = "2014-03-31"; // FY2013, closed
const OPEN = "2013-10-01"; // FY2013, still open
const FILLER = { plan: ["実施", "実施", "実施"], actual: ["実施", "実施", "実施"] };

/** The state of the first item of a per-year 計画 | 実績 sheet (two filler items keep the columns status columns). */
async function actualState(
  plan: CellInput[],
  actual: CellInput[],
  opts: { asOf?: string; legend?: string } = {},
): Promise<{ state: ItemState; basis: string }> {
  const t = planActual(YEARS, { plan, actual }, FILLER, FILLER);
  const rows = opts.legend ? [[opts.legend], ...t.rows] : t.rows;
  const merges = opts.legend ? ["A2:A3", "B2:B3", "C2:D2", "E2:F2", "G2:H2"] : t.merges;
  const report = await checkOne({ name: "s", rows, merges }, { asOf: opts.asOf ?? CLOSED });
  return { state: report.states[0].state, basis: report.states[0].basis };
}

/** The state of the only item of a plan-only sheet H24..H26. */
async function planState(plan: CellInput[], opts: Partial<CheckOptions> = {}): Promise<ItemState> {
  const report = await checkOne(
    {
      name: "s",
      rows: [
        ["取組", "担当課", ...YEARS],
        ["取組1", "広報課", ...plan],
      ],
    },
    { asOf: CLOSED, ...opts },
  );
  expect(report.states[0].basis).toBe("plan");
  return report.states[0].state;
}

/** Plan columns and a 実施結果 text column for FY2013. */
async function textState(text: CellInput, asOf = CLOSED): Promise<ItemState> {
  const report = await checkOne(
    {
      name: "s",
      rows: [
        ["取組", "担当課", "H24", "H25", "実施結果"],
        ["取組1", "広報課", "実施", "⇒", text],
        ["取組2", "広報課", "実施", "⇒", "広報紙に年4回掲載した。"],
      ],
    },
    { asOf },
  );
  expect(report.states[0].basis).toBe("actual");
  return report.states[0].state;
}

const LEGEND = "◎ 達成 ○ 順調 △ 遅れ × 未着手";
const LETTERS = "Ａ 計画どおり Ｂ 概ね計画どおり Ｃ 遅れ Ｄ 未着手";

describe("states on an actual basis (実績ベース)", () => {
  test.each<[string, CellInput[], CellInput[], { asOf?: string; legend?: string }, ItemState]>([
    ["notDone: F's actual says 未実施", ["実施", "⇒", "⇒"], ["実施", "未実施", null], {}, "notDone"],
    [
      "notDone: × read through the legend",
      ["実施", "⇒", "⇒"],
      ["○", "×", null],
      { legend: LEGEND },
      "notDone",
    ],
    [
      "notDone comes before done (中止・完了)",
      ["実施", "⇒", null],
      ["実施", "完了・中止", null],
      {},
      "notDone",
    ],
    [
      "overdue: a 遅れ mark in an open year",
      ["実施", "⇒", "⇒"],
      ["○", "△", null],
      { asOf: OPEN, legend: LEGEND },
      "overdue",
    ],
    ["overdue: a Ｃ (遅れ) letter", ["実施", "⇒", "⇒"], ["A", "Ｃ", null], { legend: LETTERS }, "overdue"],
    [
      "overdue: F closed, activity planned, actual empty",
      ["実施", "⇒", "⇒"],
      ["実施", null, null],
      {},
      "overdue",
    ],
    [
      "overdue: a completion planned earlier not reached",
      ["完了予定", null, null],
      ["実施", "実施", null],
      {},
      "overdue",
    ],
    ["unclear: F's actual is an unknown word", ["実施", "⇒", null], ["実施", "実地", null], {}, "unclear"],
    ["unclear: F's actual is an orphan mark", ["実施", "⇒", null], [null, "⇒", null], {}, "unclear"],
    ["done: F's actual says 完了", ["実施", "完了", null], ["実施", "完了", null], {}, "done"],
    ["done: done in an earlier year", ["完了", null, null], ["完了", null, null], {}, "done"],
    [
      "done: 実施・完了予定 takes the first state in the table's order",
      ["実施", "⇒", null],
      ["実施", "実施・完了予定", null],
      {},
      "done",
    ],
    [
      "done: 計画どおり with a 完了予定 plan",
      ["実施", "完了予定", null],
      ["A", "Ａ", null],
      { legend: LETTERS },
      "done",
    ],
    ["done: ◎ (達成)", ["実施", "⇒", null], ["○", "◎", null], { legend: LEGEND }, "done"],
    ["doing: F's actual says 実施", ["実施", "⇒", "⇒"], ["実施", "実施", null], {}, "doing"],
    [
      "doing: a continuation mark takes what it continues",
      ["実施", "⇒", "⇒"],
      ["継続実施", "⇒", null],
      {},
      "doing",
    ],
    [
      "doing: 計画どおり with a 実施 plan",
      ["実施", "実施", null],
      ["A", "Ａ", null],
      { legend: LETTERS },
      "doing",
    ],
    ["doing: 概ね計画どおり", ["実施", "検討", null], ["A", "Ｂ", null], { legend: LETTERS }, "doing"],
    ["planning: F's actual says 検討中", ["検討", "⇒", null], ["検討", "検討中", null], {}, "planning"],
    [
      "planning: 計画どおり with a 検討 plan",
      ["検討", "検討", null],
      ["A", "Ａ", null],
      { legend: LETTERS },
      "planning",
    ],
    [
      "planning: F open, planned, not yet reported",
      ["実施", "⇒", "⇒"],
      ["実施", null, null],
      { asOf: OPEN },
      "planning",
    ],
    ["noPlan: nothing planned or reported for F", ["実施", null, "実施"], ["実施", null, null], {}, "noPlan"],
  ])("%s", async (_name, plan, actual, opts, state) => {
    expect(await actualState(plan, actual, opts)).toEqual({ state, basis: "actual" });
  });

  test.each<[string, CellInput, ItemState]>([
    ["notDone: the whole result text is 未実施", "未実施。", "notDone"],
    ["partly: a shortfall in the result text", "講座を開いたが、出前講座は実施できなかった。", "partly"],
    ["partly: a not-done word inside the text", "一部の取組発表は未実施。", "partly"],
    ["doing: a non-empty result text", "広報紙に年4回掲載した。", "doing"],
    ["doing: 延べ is no 延期", "延べ120人が参加した。", "doing"],
    ["overdue: planned, closed, no result", null, "overdue"],
  ])("%s", async (_name, text, state) => {
    expect(await textState(text)).toBe(state);
  });

  test("an open year's missing result is planning, never overdue", async () => {
    expect(await textState(null, OPEN)).toBe("planning");
  });
});

describe("states on a plan basis (計画ベース)", () => {
  test.each<[string, CellInput[], ItemState]>([
    ["notDone: F's plan is 休止", ["実施", "休止", null], "notDone"],
    ["unclear: F's plan is an unknown word", ["実施", "実地", null], "unclear"],
    ["unclear: F's plan is an orphan mark", [null, "⇒", null], "unclear"],
    ["done: 完了 in F", ["実施", "完了", null], "done"],
    ["done: 完了予定 in an earlier year", ["完了予定", null, null], "done"],
    ["done: 実施・完了予定 in F", ["検討", "実施・完了予定", null], "done"],
    ["doing: 実施 in F", ["検討", "実施", "⇒"], "doing"],
    ["doing: a mark continuing 実施", ["実施", "⇒", "⇒"], "doing"],
    ["doing: 見直し・実施", ["実施", "見直し・実施", null], "doing"],
    ["planning: 検討 in F", [null, "検討", "実施"], "planning"],
    ["planning: a mark continuing 準備", ["準備", "→", "実施"], "planning"],
    ["noPlan: F blank", ["実施", null, "実施"], "noPlan"],
  ])("%s", async (_name, plan, state) => {
    expect(await planState(plan)).toBe(state);
  });

  test("a plan-only sheet's figures have no rate", async () => {
    const report = await checkOne(
      {
        name: "s",
        rows: [
          ["取組", "担当課", "H25"],
          ["取組1", "広報課", "実施"],
          ["取組2", "広報課", "完了"],
        ],
      },
      { asOf: CLOSED },
    );
    expect(report.policies).toEqual([
      expect.objectContaining({ items: 2, doing: 1, done: 1, rate: null, basis: "plan" }),
    ]);
  });
});

describe("実施率", () => {
  test("1 − (notDone + overdue + unclear) / (items − noPlan), on an actual basis", async () => {
    const t = planActual(
      YEARS,
      { plan: ["実施", "⇒", null], actual: ["実施", "未実施", null] },
      { plan: ["実施", "⇒", null], actual: ["実施", null, null] },
      { plan: ["実施", "⇒", null], actual: ["実施", "実施", null] },
      { plan: ["実施", "⇒", null], actual: ["実施", "完了", null] },
      { plan: ["実施", null, null], actual: ["実施", null, null] },
    );
    const report = await checkOne({ name: "s", ...t }, { asOf: CLOSED });
    expect(report.states.map((s) => s.state)).toEqual(["notDone", "overdue", "doing", "done", "noPlan"]);
    expect(report.policies[0]).toMatchObject({
      items: 5,
      notDone: 1,
      overdue: 1,
      doing: 1,
      done: 1,
      noPlan: 1,
    });
    expect(report.policies[0].rate).toBeCloseTo(1 - 2 / 4);
  });

  test("every state key is one of the table's", () => {
    expect(STATES).toEqual([
      "notDone",
      "overdue",
      "partly",
      "unclear",
      "done",
      "doing",
      "planning",
      "noPlan",
    ]);
  });
});
