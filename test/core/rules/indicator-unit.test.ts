import { ruleTester } from "./ruleTester";

const R3_END = "2022-03-31";
const header = ["検証指標", "単位", "基準値(H30)", "目標値(R5)", "実績値(R3)"];

ruleTester("indicator-unit", {
  valid: [
    {
      name: "numbers",
      asOf: R3_END,
      rows: [header, ["参加者数", "人", 10, 20, 13], ["講座数", "回", 5, 8, 6]],
    },
    {
      name: "a baseline with the year it was measured (47.1 (R1))",
      asOf: R3_END,
      rows: [header, ["満足度", "%", "47.1 (R1)", 60, 50], ["参加率", "%", 40, 50, 45]],
    },
    {
      name: "words without a number (減少, 未定)",
      asOf: R3_END,
      rows: [
        header,
        ["ミス件数", "件", 177, "減少", 150],
        ["相談件数", "件", 10, "未定", 12],
        ["講座数", "回", 5, 8, 6],
      ],
    },
    {
      name: "percentages written as whole numbers throughout",
      asOf: R3_END,
      rows: [header, ["参加率", "%", 43.8, 50, 47]],
    },
  ],
  invalid: [
    {
      // Column E holds three numbers and two texts: a column of numbers.
      name: "numbers written as text with units among numbers",
      asOf: R3_END,
      rows: [
        header,
        ["相談件数", "件", 1000, 1500, "1,234件"],
        ["満足度", "%", 40, 60, "約50%"],
        ["認知度", "%", 40, "５５％", 45],
        ["講座数", "回", 5, 8, 6],
        ["登録団体数", "団体", 10, 20, 15],
      ],
      findings: [
        { cell: "E2", value: "1,234件", messageId: "textNumber" },
        { cell: "E3", value: "約50%", messageId: "textNumber" },
        { cell: "D4", value: "５５％", messageId: "textNumber" },
      ],
    },
    {
      name: "a percentage written as a whole number among fractions",
      asOf: R3_END,
      rows: [header, ["参加率", "%", 0.4, 0.6, 55]],
      findings: [{ cell: "E2", value: 55, messageId: "wholePercent" }],
    },
  ],
});
