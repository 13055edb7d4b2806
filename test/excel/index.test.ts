// The task pane's path through the layer's public API: validate → jump → fix → revert → summary → clear.

import { join } from "node:path";
import { defaultSettings } from "../../src/core/settings";
import * as layer from "../../src/excel";
import { FIXTURES } from "../helpers/fixtures";
import { cellsOf, ctxOf, excelJSOf, openFixture } from "./workbooks";

test("validate, jump, fix, revert, summarise, clear — the workbook ends as it began (plus the add-in's sheets)", async () => {
  const fake = await openFixture("kumamoto-progress.xlsx");
  const ctx = ctxOf(fake);
  await layer.saveSettings(ctx, { ...defaultSettings(), asOf: "2014-03-31" });
  expect((await layer.loadSettings(ctx)).settings.asOf).toBe("2014-03-31");
  const { report, highlighted } = await layer.validate(ctx, { scope: "all" });
  const findings = report.sheets.flatMap((s) => s.findings);
  expect(highlighted).toBeGreaterThan(0);
  const target = findings.find((f) => f.fix !== undefined)!;
  await layer.selectCell(ctx, target.sheet, target.cell);
  expect(fake.data.selection?.address).toBe(target.cell);
  expect((await layer.applyFixes(ctx, layer.fixesOf([target]))).applied).toBe(1);
  expect((await layer.revertLastFix(ctx)).applied).toBe(1);
  const snap = await layer.readSheetSnapshot(ctx, target.sheet);
  expect(snap.name).toBe(target.sheet);
  await layer.writeSummarySheets(ctx, [
    { sheetName: "集計", title: { ja: "集計", en: "Summary" }, columns: [], rows: [] },
  ]);
  expect((await layer.readWorkbookSnapshots(ctx)).map((s) => s.name)).toContain("集計");
  await layer.clearHighlights(ctx);
  const original = cellsOf(await excelJSOf(join(FIXTURES, "kumamoto-progress.xlsx")));
  const after = cellsOf(await excelJSOf(await fake.save()));
  for (const [k, v] of original) expect([k, after.get(k)]).toEqual([k, v]);
});
