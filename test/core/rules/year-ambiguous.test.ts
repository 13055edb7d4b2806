import { ruleTester } from "./ruleTester";

const table = (years: string[]) => [
  ["取組", "担当課", ...years],
  ["取組1", "広報課", ...years.map(() => "実施")],
];

ruleTester("year-ambiguous", {
  valid: [
    { name: "era years", rows: table(["H24", "H25"]) },
    { name: "western years", rows: table(["2023年度", "2024"]) },
    {
      name: "a bare year settled by a title row (平成)",
      rows: [["（平成22年度～平成27年度）"], ...table(["24年度", "25年度"])],
    },
    { name: "a bare year settled by another header (H26)", rows: table(["24年度", "25年度", "H26"]) },
    {
      name: "a bare year settled by a title row (令和)",
      rows: [["第2次計画（令和4年度～令和8年度）"], ...table(["5年度", "6年度"])],
    },
  ],
  invalid: [
    {
      name: "bare years the sheet does not settle: one info per header cell",
      rows: table(["24年度", "25年度"]),
      findings: [
        { cell: "C1", value: "24年度", severity: "info" },
        { cell: "D1", value: "25年度", severity: "info" },
      ],
    },
    {
      name: "a sheet naming both eras does not settle them",
      rows: [["平成30年度から令和2年度まで"], ...table(["30年度"])],
      findings: [{ cell: "C2", value: "30年度" }],
    },
    {
      name: "bare years on cards",
      rows: [
        ["整理番号", "1", null],
        ["推進項目", "広報", null],
        ["年次計画", "24年度", "25年度"],
        [null, "実施", "⇒"],
      ],
      merges: ["A3:A4"],
      findings: [
        { cell: "B3", value: "24年度" },
        { cell: "C3", value: "25年度" },
      ],
    },
  ],
});
