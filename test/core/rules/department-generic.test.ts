import type { CellInput } from "../../helpers/workbook";
import { ruleTester } from "./ruleTester";

const MASTER = { name: "課一覧", rows: [["課名"], ["協働推進課"], ["広報課"]] };

function plan(...departments: CellInput[]): CellInput[][] {
  return [["取組", "担当課", "H24", "H25"], ...departments.map((d, i) => [`取組${i + 1}`, d, "実施", "⇒"])];
}

ruleTester("department-generic", {
  valid: [
    {
      name: "with a real department (master)",
      rows: plan("関係課・広報課", "協働推進課、全所属", "各課 広報課"),
      sheets: [MASTER],
    },
    { name: "with a real department (no master)", rows: plan("関係課・広報課", "全所属、協働推進課") },
    { name: "real departments only", rows: plan("広報課") },
  ],
  invalid: [
    ...["関係課", "全所属", "各課"].map((g) => ({
      name: `${g} alone`,
      rows: plan(g),
      findings: [{ cell: "B2", value: g }],
    })),
    {
      name: "generic words together",
      rows: plan("関係課・各課"),
      sheets: [MASTER],
      findings: [{ cell: "B2", value: "関係課・各課" }],
    },
    {
      name: "with a master",
      rows: plan("全所属"),
      sheets: [MASTER],
      findings: [{ cell: "B2", value: "全所属" }],
    },
  ],
});
