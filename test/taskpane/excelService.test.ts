// The Excel service over the fake Excel and a fixture workbook: what the pane's buttons do in Excel.

import { join } from "node:path";
import { defaultSettings } from "../../src/core/settings";
import { findingsOf, previewFixes } from "../../src/taskpane/service";
import { FakeExcel } from "../fake-excel";
import { FIXTURES } from "../helpers/fixtures";
import { cellsOf, excelJSOf } from "../excel/workbooks";
import { fakeService } from "./fakeService";

const open = async () => fakeService(await FakeExcel.fromFile(join(FIXTURES, "kumamoto-progress.xlsx")));

test("validate counts every finding by severity and rule, and colours the cells", async () => {
  const svc = await open();
  const out = await svc.validate("all", "2014-03-31");
  const findings = findingsOf(out.report);
  expect(out.counts.total).toBe(findings.length);
  expect(out.counts.total).toBeGreaterThan(0);
  const sev = out.counts.bySeverity;
  expect(sev.error + sev.warning + sev.info).toBe(findings.length);
  expect(Object.values(out.counts.byRule).reduce((a, b) => a + (b ?? 0), 0)).toBe(findings.length);
  expect(out.counts.byRule["status-unknown"]).toBe(
    findings.filter((f) => f.rule === "status-unknown").length,
  );
  expect(out.highlighted).toBeGreaterThan(0);
});

test("select moves Excel's selection; fix writes the preview's new value; revert puts the old one back", async () => {
  const svc = await open();
  const out = await svc.validate("active", "2014-03-31");
  const target = findingsOf(out.report).find((f) => f.rule === "status-unknown" && f.fix)!;
  await svc.select(target.sheet, target.cell);
  expect(svc.fake.data.selection?.address).toBe(target.cell);
  const [preview] = previewFixes(out.report, [target]);
  expect(preview).toMatchObject({ cell: target.cell, oldValue: "継続実地", newValue: "継続実施" });
  expect(await svc.fix([target])).toBe(1);
  const value = () => svc.fake.sheet(target.sheet).get(target.row, target.col);
  expect(value()).toBe("継続実施");
  expect(await svc.revertLastFix()).toBe(1);
  expect(value()).toBe("継続実地");
});

test("fixAll fixes every finding of one rule from the last validation", async () => {
  const svc = await open();
  const out = await svc.validate("all", "2014-03-31");
  const notation = findingsOf(out.report).filter((f) => f.rule === "status-notation" && f.fix);
  expect(notation.length).toBeGreaterThan(0);
  expect(await svc.fixAll("status-notation")).toBe(notation.length);
  const unfixable = findingsOf(out.report).filter((f) => f.rule === "status-notation" && !f.fix).length;
  const again = await svc.validate("all", "2014-03-31");
  expect(again.counts.byRule["status-notation"] ?? 0).toBe(unfixable);
});

test("summary sheets are written; clear highlights leaves every cell as it was", async () => {
  const svc = await open();
  await svc.validate("all", "2014-03-31");
  const summary = await svc.buildSummary();
  expect(summary.sheets).toContain("集計_方針別");
  expect(summary.tables.map((t) => t.sheetName)).toEqual(summary.sheets);
  expect(svc.fake.data.byName("集計_方針別")).toBeTruthy();
  expect(await svc.clearHighlights()).toBeGreaterThan(0);
  const original = cellsOf(await excelJSOf(join(FIXTURES, "kumamoto-progress.xlsx")));
  const after = cellsOf(await excelJSOf(await svc.fake.save()));
  for (const [k, v] of original) expect([k, after.get(k)]).toEqual([k, v]);
});

test("settings saved are the settings loaded", async () => {
  const svc = await open();
  const settings = {
    ...defaultSettings(),
    asOf: "2014-03-31",
    departments: [{ name: "広報課", aliases: ["広報広聴課"] }],
    live: true,
  };
  await svc.saveSettings(settings);
  expect(await svc.loadSettings()).toEqual(settings);
  expect(svc.calls).toEqual(["saveSettings", "loadSettings"]);
});

test("paneState tells the pane what the workbook holds: the last fix, and whether the active sheet was checked", async () => {
  const svc = await open();
  expect(await svc.paneState()).toEqual({ lastFix: 0, checkedSheet: null });
  const out = await svc.validate("active", "2014-03-31");
  expect(await svc.paneState()).toEqual({ lastFix: 0, checkedSheet: "H25進捗" });
  const fixable = findingsOf(out.report).filter((f) => f.fix !== undefined);
  await svc.fix(fixable.slice(0, 2));
  expect((await svc.paneState()).lastFix).toBe(2);
  await svc.clearHighlights();
  expect((await svc.paneState()).checkedSheet).toBeNull();
});

test("watchSelection follows Excel's selection events (WorksheetCollection.onSelectionChanged) and stops", async () => {
  // A context with the one event the service listens to: Excel calls the handler with the sheet's id.
  let handler: ((e: { worksheetId: string; address: string }) => Promise<void>) | null = null;
  let removed = false;
  const ctx = {
    sync: async () => undefined,
    workbook: {
      worksheets: {
        onSelectionChanged: {
          add: (h: typeof handler) => {
            handler = h;
            return { remove: () => void (removed = true), context: { sync: async () => undefined } };
          },
        },
        getItem: (id: string) => ({ load: () => ({ name: id === "{1}" ? "取組計画" : "?" }) }),
      },
    },
  } as unknown as Excel.RequestContext;
  const { createExcelService } = await import("../../src/taskpane/excelService");
  const svc = createExcelService({ run: (_o, batch) => batch(ctx), lang: "ja" });
  const seen: string[] = [];
  const stop = await svc.watchSelection((sheet, cell) => seen.push(`${sheet}!${cell}`));
  await handler!({ worksheetId: "{1}", address: "G17" });
  expect(seen).toEqual(["取組計画!G17"]);
  await stop();
  expect(removed).toBe(true);
});

test("watchSelection does nothing where Excel has no selection events", async () => {
  const svc = await open();
  const stop = await svc.watchSelection(() => undefined);
  await expect(stop()).resolves.toBeUndefined();
});
