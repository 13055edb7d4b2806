import { planActual, ruleTester, schedule } from "./ruleTester";

ruleTester("status-after-done", {
  valid: [
    { name: "completion in the last year", rows: schedule("検討", "実施", "⇒", "完了") },
    { name: "blank years after completion", rows: schedule("実施", "完了", null, null) },
    {
      name: "continuation marks after completion are not reported",
      rows: schedule("実施", "完了", "⇒", null),
    },
    { name: "a done status after a done status", rows: schedule("実施", "完了予定", "終了", null) },
    { name: "a not-done status after completion", rows: schedule("完了", "休止", null, null) },
    {
      name: "中止予定 is not done, so nothing completes before 実施",
      rows: schedule("中止予定", "実施", null, null),
    },
    {
      name: "actual cells play no part",
      ...planActual(["H24", "H25"], { plan: ["実施", "完了"], actual: ["完了", "実施"] }),
    },
  ],
  invalid: [
    {
      name: "実施 after 完了",
      rows: schedule("完了", "実施", null, null),
      findings: [{ cell: "D2", value: "実施" }],
    },
    {
      name: "検討 after 完了予定",
      rows: schedule("実施", "完了予定", null, "検討"),
      findings: [{ cell: "F2", value: "検討" }],
    },
    {
      name: "after 達成",
      rows: schedule("達成", null, "継続", null),
      findings: [{ cell: "E2", value: "継続" }],
    },
    {
      name: "after 検討済 (a trailing 済 makes it done)",
      rows: schedule("検討済", "実施", null, null),
      findings: [{ cell: "D2", value: "実施" }],
    },
    {
      name: "after 実施済み",
      rows: schedule("実施済み", "実施", null, null),
      findings: [{ cell: "D2", value: "実施" }],
    },
    {
      name: "a combination holding a done word completes the plan (実施・完了予定)",
      rows: schedule("実施・完了予定", "見直し・実施", null, null),
      findings: [{ cell: "D2", value: "見直し・実施" }],
    },
    {
      name: "only the first such cell",
      rows: schedule("完了", "実施", "継続", "実施"),
      findings: [{ cell: "D2", value: "実施" }],
    },
    {
      name: "a suffixed plan word (検討中)",
      rows: schedule("終了", null, null, "検討中"),
      findings: [{ cell: "F2", value: "検討中" }],
    },
  ],
});
