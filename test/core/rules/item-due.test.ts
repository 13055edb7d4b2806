import { planActual, ruleTester, schedule } from "./ruleTester";

ruleTester("item-due", {
  valid: [
    { name: "completion in a later year", rows: schedule("実施", "⇒", "完了", null) },
    { name: "completion in an earlier year", rows: schedule("完了", null, null, null) },
    { name: "a continuation of a completion is not a new one", rows: schedule("完了", "⇒", null, null) },
    {
      name: "sheets with actuals tell late from done themselves",
      ...planActual(["H24", "H25"], { plan: ["実施", "完了"], actual: ["実施", "完了"] }),
    },
  ],
  invalid: [
    {
      name: "完了 in the review year",
      rows: schedule("実施", "完了", null, null),
      findings: [{ cell: "D2", value: "完了" }],
    },
    {
      name: "完了予定 in the review year",
      rows: schedule("実施", "完了予定", null, null),
      findings: [{ cell: "D2", value: "完了予定" }],
    },
    {
      name: "a combination holding a completion (実施・完了予定)",
      rows: schedule(null, "実施・完了予定", null, null),
      findings: [{ cell: "D2", value: "実施・完了予定" }],
    },
    {
      name: "the review year follows the as-of day (as of 2014-04-01: FY2014)",
      asOf: "2014-04-01",
      rows: schedule("実施", "⇒", "完了", null),
      findings: [{ cell: "E2", value: "完了" }],
    },
  ],
});
