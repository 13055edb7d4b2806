import { masterFromNames } from "../../../src/core/departments";
import type { CellInput } from "../../helpers/workbook";
import { ruleTester } from "./ruleTester";

function master(aliasHeader: string) {
  return {
    name: "課一覧",
    rows: [
      ["課名", aliasHeader],
      ["協働推進課", "市民活動推進課"],
      ["広報広聴課", "広報課、広聴課"],
      ["人事課", null],
    ],
  };
}

function plan(...departments: CellInput[]): CellInput[][] {
  return [["取組", "担当課", "H24", "H25"], ...departments.map((d, i) => [`取組${i + 1}`, d, "実施", "⇒"])];
}

ruleTester("department-renamed", {
  valid: [
    { name: "current names", rows: plan("協働推進課", "広報広聴課・人事課"), sheets: [master("旧課名")] },
    {
      name: "a master without an alias column",
      rows: plan("人事課"),
      sheets: [
        {
          name: "課一覧",
          rows: [
            ["課名", "備考"],
            ["人事課", "市民活動推進課"],
          ],
        },
      ],
    },
  ],
  invalid: [
    ...["旧課名", "旧名称", "旧所属名", "別名", "alias"].map((h) => ({
      name: `an alias column titled ${h}`,
      rows: plan("市民活動推進課"),
      sheets: [master(h)],
      findings: [{ cell: "B2", value: "市民活動推進課", fix: "協働推進課" }],
    })),
    {
      name: "several former names in one alias cell",
      rows: plan("人事課・広聴課"),
      sheets: [master("旧課名")],
      findings: [{ cell: "B2", value: "人事課・広聴課", fix: "人事課・広報広聴課" }],
    },
    {
      name: "aliases from settings",
      rows: plan("旧広報課"),
      options: { master: masterFromNames(["広報広聴課"], { 旧広報課: "広報広聴課" }, "settings") },
      findings: [{ cell: "B2", value: "旧広報課", fix: "広報広聴課" }],
    },
  ],
});
