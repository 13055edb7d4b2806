import type { CellInput } from "../../helpers/workbook";
import { planActual, ruleTester, schedule } from "./ruleTester";

const YEARS = ["H24", "H25", "H26"];
const one = (plan: CellInput[], actual: CellInput[]) => planActual(YEARS, { plan, actual });

/** Plan | actual marks | result text for FY2013 (H25), the text column named by its title only. */
function statusAndText(mark: CellInput, text: CellInput) {
  return [
    ["取組", "担当課", "H25計画", "H25実績", "実施結果"],
    ["取組1", "広報課", "実施", mark, text],
    ["取組2", "広報課", "実施", "実施", "広報紙に掲載した。"],
  ];
}

const LEGEND = "◎ 達成 ○ 順調 △ 遅れ × 未着手";
const legendMerges = ["A2:A3", "B2:B3", "C2:D2", "E2:F2", "G2:H2"];

ruleTester("item-overdue", {
  valid: [
    { name: "actuals for every planned closed year", ...one(["実施", "⇒", "⇒"], ["実施", "実施", null]) },
    { name: "plan-only sheets never give it", rows: schedule("実施", "⇒", "完了", null) },
    {
      name: "an open review year's empty actual (as of 2014-03-30)",
      asOf: "2014-03-30",
      ...one(["実施", "⇒", "⇒"], ["実施", null, null]),
    },
    {
      name: "a not-done actual is item-unimplemented, not overdue",
      ...one(["実施", "⇒", "⇒"], ["未実施", "中止", null]),
    },
    { name: "no activity planned in the year", ...one(["実施", null, "実施"], ["実施", null, null]) },
    { name: "an unknown plan word plans nothing", ...one(["実地", null, null], [null, null, null]) },
    { name: "an orphan mark plans nothing", ...one(["⇒", "⇒", null], [null, null, null]) },
    { name: "a completion reached in its year", ...one(["実施", "完了", null], ["実施", "完了", null]) },
    {
      name: "a completion reached in a later year up to F",
      ...one(["完了予定", null, null], ["実施", "完了", null]),
    },
    {
      name: "a completion planned after the review year",
      ...one(["実施", "⇒", "完了"], ["実施", "実施", null]),
    },
    { name: "either the mark or the text records the year", rows: statusAndText(null, "広報紙に掲載した。") },
    {
      name: "free text never says done: a completion judged on text only is not reported",
      rows: [
        ["取組", "担当課", "H24", "H25", "実施結果"],
        ["取組1", "広報課", "実施", "完了", "講座を3回開催した。"],
      ],
    },
    {
      name: "a legend mark meaning 計画どおり is the plan's status",
      rows: [
        ["Ａ 計画どおり Ｂ 概ね計画どおり Ｃ 遅れ Ｄ 未着手"],
        ...one(["実施", "完了予定", null], ["A", "Ａ", null]).rows,
      ],
      merges: legendMerges,
    },
  ],
  invalid: [
    {
      name: "a closed year's planned activity with an empty actual",
      ...one(["実施", "⇒", "⇒"], ["実施", null, null]),
      findings: [{ cell: "F3", value: null, messageId: "noActual" }],
    },
    {
      name: "the review year closes on March 31 (as of 2014-03-31)",
      asOf: "2014-03-31",
      ...one(["検討", "実施", null], ["検討", null, null]),
      findings: [{ cell: "F3", value: null }],
    },
    {
      name: "a year before F is closed whatever the day",
      asOf: "2014-03-30",
      ...one(["検討", "実施", null], [null, "実施", null]),
      findings: [{ cell: "D3", value: null }],
    },
    {
      name: "one finding per item: the earliest year",
      ...one(["実施", "⇒", "⇒"], [null, null, null]),
      findings: [{ cell: "D3", value: null }],
    },
    {
      name: "a completion not reached is reported on the actual of its planned year",
      ...one(["実施", "完了予定", null], ["実施", "実施", null]),
      findings: [{ cell: "F3", value: "実施", messageId: "notCompleted" }],
    },
    {
      name: "a completion in a combination (実施・完了予定) not reached",
      ...one(["実施・完了予定", null, null], ["実施", "実施", null]),
      findings: [{ cell: "D3", value: "実施", messageId: "notCompleted" }],
    },
    {
      name: "a late mark in an open year (staff reported it)",
      asOf: "2013-10-01",
      rows: [[LEGEND], ...one(["実施", "⇒", "⇒"], ["○", "△", null]).rows],
      merges: legendMerges,
      findings: [{ cell: "F4", value: "△", messageId: "late" }],
    },
    {
      name: "a late letter read through the legend (Ｃ 遅れ)",
      rows: [
        ["Ａ 計画どおり Ｂ 概ね計画どおり Ｃ 遅れ Ｄ 未着手"],
        ...one(["実施", "⇒", "⇒"], ["Ｃ", "B", null]).rows,
      ],
      merges: legendMerges,
      findings: [{ cell: "D4", value: "Ｃ", messageId: "late" }],
    },
    {
      name: "both the mark and the text empty: the status cell is reported",
      rows: statusAndText(null, null),
      findings: [{ cell: "D2", value: null }],
    },
    {
      name: "平成31年度 and 令和元年度 are the same fiscal year (2019)",
      asOf: "2020-03-31",
      ...planActual(["H30", "令和元年度", "R2"], { plan: ["実施", "⇒", "⇒"], actual: ["実施", null, null] }),
      findings: [{ cell: "F3", value: null }],
    },
    {
      name: "平成31年度 closes on 2020-03-31 like 令和元年度",
      asOf: "2020-03-31",
      ...planActual(["平成30年度", "平成31年度", "令和2年度"], {
        plan: ["実施", "⇒", "⇒"],
        actual: ["実施", null, null],
      }),
      findings: [{ cell: "F3", value: null }],
    },
  ],
});
