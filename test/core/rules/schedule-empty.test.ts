import { ruleTester, schedule } from "./ruleTester";

ruleTester("schedule-empty", {
  valid: [
    { name: "one year filled", rows: schedule(null, null, "検討", null) },
    {
      name: "a continuation mark alone is still a mark (orphan-arrow reports it)",
      rows: schedule(null, "⇒", null, null),
    },
    {
      name: "results sheets have no year columns",
      rows: [
        ["項目", "アクションプランの内容", "実施結果"],
        ["項目1", "講座", null],
      ],
    },
    {
      name: "indicator tables hold numbers, no schedule",
      rows: [
        ["検証指標", "単位", "基準値 (H30)", "検証値 (R5)"],
        ["参加者数", "人", null, null],
      ],
    },
    {
      name: "a status merged across the years fills them",
      rows: schedule("実施", null, null, null),
      merges: ["C2:F2"],
    },
  ],
  invalid: [
    {
      name: "no status in any year",
      rows: schedule(null, null, null, null),
      findings: [{ cell: "C2", value: null }],
    },
    {
      name: "each empty item, on its first year cell",
      rows: [
        ["取組", "担当課", "H24", "H25"],
        ["取組1", "広報課", null, null],
        ["取組2", "広報課", "実施", null],
        ["取組3", "広報課", " ", null],
      ],
      findings: [
        { cell: "C2", value: null },
        { cell: "C4", value: " " },
      ],
    },
    {
      name: "an empty card schedule: the first year cell of its status row",
      rows: [
        ["整理番号", "1", null, null],
        ["推進項目", "広報", "担当課", "広報課"],
        ["年次計画", "H24", "H25", "H26"],
        [null, null, null, null],
        ["整理番号", "2", null, null],
        ["推進項目", "講座", "担当課", "広報課"],
        ["年次計画", "H24", "H25", "H26"],
        [null, "実施", "⇒", "⇒"],
      ],
      merges: ["A3:A4", "A7:A8"],
      findings: [{ cell: "B4", value: null }],
    },
  ],
});
