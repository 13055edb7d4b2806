import { ruleTester } from "./ruleTester";

// FY2021 (R3) closed as of its year-end; FY2022 (R4) still open as of 2022-06-01.
const R3_END = "2022-03-31";
const header = ["検証指標", "単位", "基準値(H30)", "目標値(R5)", "実績値(R1)", "実績値(R2)", "実績値(R3)"];

ruleTester("indicator-actual-missing", {
  valid: [
    {
      name: "every closed year has its actual",
      asOf: R3_END,
      rows: [header, ["参加者数", "人", 10, 20, 11, 12, 13]],
    },
    {
      name: "targets only, no actual column: a plan, nothing is missing",
      asOf: R3_END,
      rows: [
        ["検証指標", "単位", "基準値(H30)", "目標値(R5)"],
        ["参加者数", "人", 10, 20],
      ],
    },
    {
      name: "the review year is not closed yet",
      asOf: "2021-12-01",
      rows: [header, ["参加者数", "人", 10, 20, 11, 12, null]],
    },
    {
      name: "no target: nothing to reach",
      asOf: R3_END,
      rows: [header, ["参加者数", "人", 10, null, 11, null, null]],
    },
  ],
  invalid: [
    {
      name: "an empty actual of a closed year",
      asOf: R3_END,
      rows: [header, ["参加者数", "人", 10, 20, 11, null, 13]],
      findings: [{ cell: "F2", value: null }],
    },
    {
      name: "several missing years: one finding on the earliest",
      asOf: R3_END,
      rows: [header, ["参加者数", "人", 10, 20, 11, null, "－"]],
      findings: [{ cell: "F2", value: null }],
    },
    {
      name: "a closed target year with no actual column: on the target cell",
      asOf: "2024-03-31",
      rows: [header, ["参加者数", "人", 10, 20, 11, 12, 13]],
      findings: [{ cell: "D2", value: 20 }],
    },
  ],
});
