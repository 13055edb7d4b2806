import { ruleTester } from "./ruleTester";

const HEADER = ["取組", "担当課", "H24", "H25"];

ruleTester("department-missing", {
  valid: [
    {
      name: "every item names a department",
      rows: [HEADER, ["広報", "広報課", "実施", "⇒"], ["窓口", "市民協働課", "実施", "⇒"]],
    },
    {
      name: "a department cell merged over several rows covers every row",
      rows: [
        HEADER,
        ["広報", "広報課", "実施", "⇒"],
        ["窓口", null, "実施", "⇒"],
        ["講座", null, "検討", "実施"],
      ],
      merges: ["B2:B4"],
    },
    {
      name: "a sheet without a department column",
      rows: [
        ["取組", "内容", "H24", "H25"],
        ["広報", "広報紙", "実施", "⇒"],
      ],
    },
    {
      name: "an actor column (主体) is no department column",
      rows: [
        ["取組", "主体", "H24", "H25"],
        ["広報", "市民", "実施", "⇒"],
        ["窓口", null, "実施", "⇒"],
        ["講座", "行政", "実施", "⇒"],
      ],
    },
  ],
  invalid: [
    {
      name: "a blank unmerged department cell is not 'same as above'",
      rows: [HEADER, ["広報", "広報課", "実施", "⇒"], ["窓口", null, "実施", "⇒"]],
      findings: [{ cell: "B3", value: null }],
    },
    {
      name: "a merged but empty department cell is reported once, on its master",
      rows: [
        HEADER,
        ["広報", null, "実施", "⇒"],
        ["窓口", null, "実施", "⇒"],
        ["講座", "広報課", "実施", "⇒"],
      ],
      merges: ["B2:B3"],
      findings: [{ cell: "B2", value: null }],
    },
    {
      name: "a cell of spaces is empty",
      rows: [HEADER, ["広報", "広報課", "実施", "⇒"], ["窓口", "　", "実施", "⇒"]],
      findings: [{ cell: "B3", value: "　" }],
    },
    {
      name: "a card with an empty 担当課",
      rows: [
        ["整理番号", "1", null, null],
        ["推進項目", "広報", "担当課", null],
        ["年次計画", "H24", "H25", "H26"],
        [null, "実施", "⇒", "⇒"],
      ],
      findings: [{ cell: "D2", value: null }],
    },
  ],
});
