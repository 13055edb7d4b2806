// The workbooks laid out as other cities lay them out, and an evaluation export, edited the same
// ways as the fixtures, read the same.

import { loadWorkbook, workbookSheets } from "../../../src/xlsx/read";
import { evaluationExport } from "../../helpers/evaluationExport";
import { snapshotsFrom } from "../../helpers/workbook";
import { UNSEEN } from "../unseen/workbooks";
import { metamorphicSuite } from "./suite";

metamorphicSuite([
  ...UNSEEN.map((u) => ({ name: u.name, asOf: u.asOf, snapshots: () => snapshotsFrom(u.sheets) })),
  {
    name: "an evaluation export",
    asOf: "2024-03-31",
    snapshots: async () =>
      workbookSheets(await loadWorkbook(await evaluationExport({ master: true }))).map((s) => s.snapshot),
  },
]);
