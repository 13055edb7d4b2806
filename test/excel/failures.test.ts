// Failure cases: a protected sheet, a sheet deleted or renamed during a run, a cell edited between check
// and write. Each gives a clear message (Japanese and English) and leaves no half-done writes behind.

import { STATE_SHEET_NAME } from "../../src/core/state";
import { ExcelLayerError } from "../../src/excel/errors";
import { applyFixes, fixesOf } from "../../src/excel/fix";
import { clearHighlights } from "../../src/excel/highlight";
import { saveSettings } from "../../src/excel/settings";
import { defaultSettings } from "../../src/core/settings";
import { validate } from "../../src/excel/validate";
import type { FakeExcel } from "../fake-excel";
import { picture } from "./picture";
import { ctxOf, openWithActive } from "./workbooks";

const SHEET = "取組計画";
const ASOF = "2014-03-31";

const opened = (): Promise<FakeExcel> => openWithActive("kumamoto-plan.xlsx", SHEET);

function expectClear(e: unknown, code: string, mention: string): void {
  expect(e).toBeInstanceOf(ExcelLayerError);
  const err = e as ExcelLayerError;
  expect(err.code).toBe(code);
  expect(err.messages.ja).toContain(mention);
  expect(err.messages.en).toContain(mention);
  expect(err.messages.ja).toMatch(/[ぁ-んァ-ン]/);
}

describe("a protected sheet", () => {
  test("validate refuses before writing anything", async () => {
    const fake = await opened();
    fake.sheet(SHEET).protected = true;
    const before = picture(fake);
    const e = await validate(ctxOf(fake), { scope: "active", asOf: ASOF }).catch((x) => x);
    expectClear(e, "sheet-protected", SHEET);
    expect(picture(fake)).toBe(before);
  });

  test("protected between the read and the write: the state sheet is put back, no cell coloured", async () => {
    const fake = await opened();
    await saveSettings(ctxOf(fake), { ...defaultSettings(), live: true });
    const before = picture(fake);
    fake.resetCounters();
    fake.beforeSync = (n) => {
      if (n === 3) fake.sheet(SHEET).protected = true;
    };
    const e = await validate(ctxOf(fake), { scope: "active", asOf: ASOF }).catch((x) => x);
    fake.beforeSync = null;
    expectClear(e, "sheet-protected", SHEET);
    fake.sheet(SHEET).protected = false;
    expect(picture(fake)).toBe(before);
  });

  test("fixes and clearing highlights refuse a protected sheet", async () => {
    const fake = await opened();
    const { report } = await validate(ctxOf(fake), { scope: "active", asOf: ASOF });
    fake.sheet(SHEET).protected = true;
    const before = picture(fake);
    expectClear(
      await applyFixes(ctxOf(fake), fixesOf(report.sheets[0].findings)).catch((x) => x),
      "sheet-protected",
      SHEET,
    );
    expectClear(await clearHighlights(ctxOf(fake)).catch((x) => x), "sheet-protected", SHEET);
    expect(picture(fake)).toBe(before);
  });
});

describe("a sheet deleted or renamed during a run", () => {
  test("deleted before the write: the state sheet the run created is removed again", async () => {
    const fake = await opened();
    const before = picture(fake);
    fake.beforeSync = (n) => {
      if (n === 3) fake.data.deleteSheet(fake.sheet(SHEET).id);
    };
    const e = await validate(ctxOf(fake), { scope: "active", asOf: ASOF }).catch((x) => x);
    fake.beforeSync = null;
    expectClear(e, "sheet-missing", SHEET);
    expect(fake.data.byName(STATE_SHEET_NAME)).toBeUndefined();
    // Only the deletion (the person's act) differs.
    const after = JSON.parse(picture(fake)) as unknown[];
    expect(after).toEqual((JSON.parse(before) as unknown[][]).filter((s) => s[0] !== SHEET));
  });

  test("renamed before the write: highlights and records are put back, the message names both names", async () => {
    const fake = await opened();
    await validate(ctxOf(fake), { scope: "active", asOf: ASOF });
    fake.userEdit(SHEET, "H11", "実施");
    const before = picture(fake);
    fake.resetCounters();
    fake.beforeSync = (n) => {
      if (n === 3) fake.sheet(SHEET).name = "取組計画（改）";
    };
    const e = await validate(ctxOf(fake), { scope: "active", asOf: ASOF }).catch((x) => x);
    fake.beforeSync = null;
    expectClear(e, "sheet-renamed", "取組計画（改）");
    fake.sheet("取組計画（改）").name = SHEET;
    expect(picture(fake)).toBe(before);
  });

  test("a fix whose sheet was deleted after the check is refused", async () => {
    const fake = await opened();
    const { report } = await validate(ctxOf(fake), { scope: "active", asOf: ASOF });
    fake.data.deleteSheet(fake.sheet(SHEET).id);
    const before = picture(fake);
    const e = await applyFixes(ctxOf(fake), fixesOf(report.sheets[0].findings)).catch((x) => x);
    expectClear(e, "sheet-missing", SHEET);
    expect(picture(fake)).toBe(before);
  });
});

describe("a cell edited between read and write", () => {
  test("after the check and before the fix: refused, nothing written", async () => {
    const fake = await opened();
    const { report } = await validate(ctxOf(fake), { scope: "active", asOf: ASOF });
    const fixes = fixesOf(report.sheets[0].findings);
    fake.userEdit(SHEET, fixes[0].cell, "手で直した");
    const before = picture(fake);
    expectClear(await applyFixes(ctxOf(fake), fixes).catch((x) => x), "cell-changed", fixes[0].cell);
    expect(picture(fake)).toBe(before);
  });

  test("while the fix reads the cells: refused, nothing written", async () => {
    const fake = await opened();
    const { report } = await validate(ctxOf(fake), { scope: "active", asOf: ASOF });
    const fixes = fixesOf(report.sheets[0].findings);
    fake.resetCounters();
    let before = "";
    fake.beforeSync = (n) => {
      // The fix's syncs: 1 sheet list, 2 state sheet, 3 the cells' values.
      if (n === 3) {
        fake.userEdit(SHEET, fixes[0].cell, "手で直した");
        before = picture(fake);
      }
    };
    const e = await applyFixes(ctxOf(fake), fixes).catch((x) => x);
    fake.beforeSync = null;
    expectClear(e, "cell-changed", fixes[0].cell);
    expect(picture(fake)).toBe(before);
  });

  test("protected between the fix's read and write: the state and the cells are put back", async () => {
    const fake = await opened();
    const { report } = await validate(ctxOf(fake), { scope: "active", asOf: ASOF });
    const fixes = fixesOf(report.sheets[0].findings);
    const before = picture(fake);
    fake.resetCounters();
    fake.beforeSync = (n) => {
      if (n === 4) fake.sheet(SHEET).protected = true;
    };
    const e = await applyFixes(ctxOf(fake), fixes).catch((x) => x);
    fake.beforeSync = null;
    expectClear(e, "sheet-protected", SHEET);
    fake.sheet(SHEET).protected = false;
    expect(picture(fake)).toBe(before);
  });
});
