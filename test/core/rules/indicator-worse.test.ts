import { ruleTester } from "./ruleTester";

const R3_END = "2022-03-31";
const header = ["検証指標", "単位", "基準値(H30)", "目標値(R5)", "実績値(R2)", "実績値(R3)"];

ruleTester("indicator-worse", {
  valid: [
    // (12 − 10) / (20 − 10) = 0.2 → C
    {
      name: "progress short of the target (C)",
      asOf: R3_END,
      rows: [header, ["参加者数", "人", 10, 20, 9, 12]],
    },
    // lower is better: (150 − 177) / (100 − 177) = 0.35 → C
    {
      name: "a decreasing indicator that decreased",
      asOf: R3_END,
      rows: [header, ["ミス件数", "件", 177, 100, 190, 150]],
    },
    // the latest actual counts, not an earlier worse one
    { name: "worse earlier, better now", asOf: R3_END, rows: [header, ["参加者数", "人", 10, 20, 8, 10]] },
    { name: "no actual yet", asOf: R3_END, rows: [header, ["参加者数", "人", 10, 20, null, null]] },
  ],
  invalid: [
    {
      // (8 − 10) / (20 − 10) = −0.2 → D
      name: "an increasing indicator below its baseline",
      asOf: R3_END,
      rows: [header, ["参加者数", "人", 10, 20, 11, 8]],
      findings: [{ cell: "F2", value: 8 }],
    },
    {
      // (190 − 177) / (100 − 177) = −0.17 → D
      name: "a decreasing indicator above its baseline",
      asOf: R3_END,
      rows: [header, ["ミス件数", "件", 177, 100, 190, null]],
      findings: [{ cell: "E2", value: 190 }],
    },
    {
      name: "a target written as 減少, the actual above the baseline",
      asOf: R3_END,
      rows: [header, ["ミス件数", "件", 177, "減少", null, 200]],
      findings: [{ cell: "F2", value: 200 }],
    },
  ],
});
