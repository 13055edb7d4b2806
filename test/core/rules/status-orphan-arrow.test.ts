import { planActual, ruleTester, schedule } from "./ruleTester";

const MARKS = ["⇒", "→", "➡", "⇨", "＞", ">", "=>", "〃", "同上", "―→", "━→", "━━→", "━━━⇒", "──→"];

ruleTester("status-orphan-arrow", {
  valid: [
    { name: "a mark after a status", rows: schedule("検討", "⇒", "⇒", "完了") },
    {
      name: "a mark after a blank year continues the status before it",
      rows: schedule("実施", null, "→", null),
    },
    { name: "a mark continuing a combination", rows: schedule("見直し・実施", "同上", "〃", null) },
    {
      name: "a status merged across years holds for every year it spans",
      rows: schedule("実施", null, null, "完了"),
      merges: ["C2:E2"],
    },
    {
      name: "actual marks continue actual cells, not plan cells",
      ...planActual(["H24", "H25"], { plan: ["実施", "⇒"], actual: ["実施", "⇒"] }),
    },
  ],
  invalid: [
    ...MARKS.map((m) => ({
      name: `${m} in the first year`,
      rows: schedule(m, "実施", null, null),
      findings: [{ cell: "C2", value: m }],
    })),
    {
      name: "⇒ ⇒ ⇒ ⇒ is one finding",
      rows: schedule("⇒", "⇒", "⇒", "⇒"),
      findings: [{ cell: "C2", value: "⇒" }],
    },
    {
      name: "a mark after blank years only",
      rows: schedule(null, null, "→", "→"),
      findings: [{ cell: "E2", value: "→" }],
    },
    {
      name: "an actual mark does not continue the plan",
      ...planActual(
        ["H24", "H25"],
        { plan: ["実施", "⇒"], actual: [null, "⇒"] },
        { plan: ["実施", "⇒"], actual: ["実施", "⇒"] },
      ),
      findings: [{ cell: "F3", value: "⇒" }],
    },
    {
      name: "each item is judged on its own row",
      rows: [
        ["取組", "担当課", "H24", "H25"],
        ["取組1", "協働推進課", "実施", "⇒"],
        ["取組2", "協働推進課", null, "⇒"],
      ],
      findings: [{ cell: "D3", value: "⇒" }],
    },
  ],
});
