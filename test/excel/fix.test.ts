// Fixes, revert, navigation and settings, on fixture workbooks in the fake Excel.

import { parseAddress } from "../../src/core/address";
import { defaultSettings } from "../../src/core/settings";
import { STATE_SHEET_NAME } from "../../src/core/state";
import { applyFixes, fixesOf, revertLastFix } from "../../src/excel/fix";
import { selectCell } from "../../src/excel/navigate";
import { loadSettings, saveSettings } from "../../src/excel/settings";
import { validate } from "../../src/excel/validate";
import type { Runner } from "../../src/excel/office";
import { FakeExcel } from "../fake-excel";
import { ctxOf, openFixture } from "./workbooks";

const SHEET = "取組計画";
const value = (fake: FakeExcel, sheet: string, cell: string) => {
  const p = parseAddress(cell)!;
  return fake.sheet(sheet).get(p.row, p.col);
};

async function checked() {
  const fake = await openFixture("kumamoto-plan.xlsx");
  fake.data.activeSheetId = fake.sheet(SHEET).id;
  const { report } = await validate(ctxOf(fake), { scope: "active", asOf: "2014-03-31" });
  return { fake, findings: report.sheets[0].findings };
}

const runnerOf =
  (fake: FakeExcel): Runner =>
  (options, batch) =>
    fake.run(options, batch);

test("apply one fix, then revert it (own revert, no undo group before ExcelApi 1.20)", async () => {
  const { fake, findings } = await checked();
  const [fix] = fixesOf(findings, "status-unknown");
  expect(fix).toEqual({ sheet: SHEET, cell: "H11", oldValue: "実地", newValue: "実施" });
  const res = await applyFixes(ctxOf(fake), [fix], { run: runnerOf(fake), supports: () => false });
  expect(res).toEqual({ applied: 1, undoGroup: false });
  expect(fake.runs).toEqual([]);
  expect(value(fake, SHEET, "H11")).toBe("実施");
  // Saved and reopened: the revert is still there (it lives in the state sheet).
  const reopened = await fake.reopen();
  expect(await revertLastFix(ctxOf(reopened))).toEqual({ applied: 1, undoGroup: false });
  expect(value(reopened, SHEET, "H11")).toBe("実地");
  await expect(revertLastFix(ctxOf(reopened))).rejects.toMatchObject({ code: "no-fix" });
});

test("all fixes of a rule go in as one undo step where mergeUndoGroup exists", async () => {
  const { fake, findings } = await checked();
  const fixes = fixesOf(findings);
  expect(fixes.length).toBeGreaterThan(1);
  const res = await applyFixes(ctxOf(fake), fixes, {
    run: runnerOf(fake),
    supports: (s, v) => s === "ExcelApi" && v === "1.20",
  });
  expect(res).toEqual({ applied: fixes.length, undoGroup: true });
  expect(fake.runs).toEqual([{ mergeUndoGroup: true, delayForCellEdit: true }]);
  for (const f of fixes) expect(value(fake, f.sheet, f.cell)).toBe(f.newValue);
  await revertLastFix(ctxOf(fake), { run: runnerOf(fake), supports: () => true });
  for (const f of fixes) expect(value(fake, f.sheet, f.cell) ?? null).toEqual(f.oldValue);
});

test("a fix value Excel would read as a formula or number is written as text", async () => {
  const { fake } = await checked();
  const fix = { sheet: SHEET, cell: "H11", oldValue: "実地", newValue: "=SUM(A1)" };
  await applyFixes(ctxOf(fake), [fix]);
  expect(value(fake, SHEET, "H11")).toBe("=SUM(A1)");
  expect(fake.sheet(SHEET).formulas.size).toBe(0);
  await revertLastFix(ctxOf(fake));
  expect(value(fake, SHEET, "H11")).toBe("実地");
  expect(fake.sheet(SHEET).numberFormat(11, 8)).toBe("General");
});

test("a cell edited since the check is refused with a clear message; nothing is written", async () => {
  const { fake, findings } = await checked();
  const fixes = fixesOf(findings);
  fake.userEdit(SHEET, fixes[1].cell, "誰かが直した");
  const before = JSON.stringify([...fake.sheet(SHEET).rows]);
  const err = await applyFixes(ctxOf(fake), fixes).catch((e) => e);
  expect(err.code).toBe("cell-changed");
  expect(err.messages.ja).toContain(`${SHEET}!${fixes[1].cell}`);
  expect(err.messages.en).toContain("誰かが直した");
  expect(JSON.stringify([...fake.sheet(SHEET).rows])).toBe(before);
});

test("navigate: activates the sheet and selects the cell; a missing sheet is a clear error", async () => {
  const { fake } = await checked();
  fake.data.activeSheetId = fake.sheet("課一覧").id;
  await selectCell(ctxOf(fake), SHEET, "H11");
  expect(fake.data.activeSheetId).toBe(fake.sheet(SHEET).id);
  expect(fake.data.selection).toEqual({ sheetId: fake.sheet(SHEET).id, address: "H11" });
  await expect(selectCell(ctxOf(fake), "なし", "A1")).rejects.toMatchObject({ code: "sheet-missing" });
});

test("settings are saved in the very hidden state sheet, survive save and reopen, and keep highlights", async () => {
  const { fake } = await checked();
  const settings = {
    ...defaultSettings(),
    asOf: "2014-03-31",
    words: [{ word: "実地", category: "doing" as const }],
    live: true,
  };
  await saveSettings(ctxOf(fake), settings);
  const reopened = await fake.reopen();
  expect(reopened.sheet(STATE_SHEET_NAME).visibility).toBe("VeryHidden");
  expect(await loadSettings(ctxOf(reopened))).toEqual({ settings, problems: [] });
  // The vocabulary addition takes effect on the next check.
  reopened.data.activeSheetId = reopened.sheet(SHEET).id;
  const { report } = await validate(ctxOf(reopened), { scope: "active" });
  expect(report.asOf).toBe("2014-03-31");
  expect(report.sheets[0].findings.map((f) => f.cell)).not.toContain("H11");
});

test("an empty workbook state loads as defaults", async () => {
  const fake = await openFixture("goto-results.xlsx");
  expect(await loadSettings(ctxOf(fake))).toEqual({ settings: defaultSettings(), problems: [] });
});
