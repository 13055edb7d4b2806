// A protected workbook structure, a protected sheet and a read-only workbook are told apart: each gets its
// own message saying what to do, and nothing is half-written. Highlights still work under a protected
// structure where only cells are written (the state sheet exists already).

import { defaultSettings } from "../../src/core/settings";
import { STATE_SHEET_NAME } from "../../src/core/state";
import { summaryTables } from "../../src/core/summary/build";
import { ExcelLayerError } from "../../src/excel/errors";
import { applyFixes, fixesOf } from "../../src/excel/fix";
import { clearHighlights } from "../../src/excel/highlight";
import { saveSettings } from "../../src/excel/settings";
import { writeSummarySheets } from "../../src/excel/summary";
import { validate } from "../../src/excel/validate";
import type { FakeExcel } from "../fake-excel";
import { picture } from "./picture";
import { ctxOf, openWithActive } from "./workbooks";

const SHEET = "取組計画";
const ASOF = "2014-03-31";

const opened = (): Promise<FakeExcel> => openWithActive("kumamoto-plan.xlsx", SHEET);

function expectRefusal(e: unknown, code: string, words: RegExp, outcome = "何も変更していません"): void {
  expect(e).toBeInstanceOf(ExcelLayerError);
  const err = e as ExcelLayerError;
  expect([err.code, err.messages.ja]).toEqual([code, expect.stringMatching(words)]);
  expect(err.messages.ja).toContain(outcome);
  expect(err.messages.en).not.toMatch(/AccessDenied|protected sheet\. To make/);
}

const STRUCTURE = /ブックの構成が保護されています.*［校閲］→［ブックの保護］で保護を解除/;
const READ_ONLY = /読み取り専用で開かれています.*編集できる状態で開き直す/;
const SHEET_PROTECTED = /シート「取組計画」は保護されています.*シート保護の解除/;

describe("a protected workbook structure (no sheet may be added or deleted)", () => {
  test("validate refuses before anything changes when the state sheet would have to be created", async () => {
    const fake = await opened();
    fake.data.structureProtected = true;
    const before = picture(fake);
    const e = await validate(ctxOf(fake), { scope: "active", asOf: ASOF }).catch((x) => x);
    expectRefusal(e, "structure-protected", STRUCTURE);
    expect(picture(fake)).toBe(before);
  });

  test("where the state sheet exists, highlights are written and cleared: only cells change", async () => {
    const fake = await opened();
    await saveSettings(ctxOf(fake), defaultSettings());
    const before = picture(fake);
    fake.data.structureProtected = true;
    const { highlighted } = await validate(ctxOf(fake), { scope: "active", asOf: ASOF });
    expect(highlighted).toBeGreaterThan(0);
    expect(picture(fake)).not.toBe(before);
    const { restored } = await clearHighlights(ctxOf(fake));
    expect(restored).toBe(highlighted);
    expect(picture(fake)).toBe(before);
  });

  test("summary sheets, settings and fixes that need a new sheet are refused before anything changes", async () => {
    const fake = await opened();
    const { report } = await validate(ctxOf(fake), { scope: "active", asOf: ASOF });
    // A workbook without the state sheet (the highlights cleared and the sheet gone): settings and fixes need one.
    fake.data.deleteSheet(fake.sheet(STATE_SHEET_NAME).id);
    fake.data.structureProtected = true;
    const before = picture(fake);
    const tables = summaryTables([{ report }], { lang: "ja" });
    expectRefusal(
      await writeSummarySheets(ctxOf(fake), tables).catch((x) => x),
      "structure-protected",
      STRUCTURE,
    );
    expectRefusal(
      await saveSettings(ctxOf(fake), { ...defaultSettings(), live: true }).catch((x) => x),
      "structure-protected",
      STRUCTURE,
    );
    expectRefusal(
      await applyFixes(ctxOf(fake), fixesOf(report.sheets[0].findings)).catch((x) => x),
      "structure-protected",
      STRUCTURE,
    );
    expect(picture(fake)).toBe(before);
  });

  test("protected between the read and the write: the message names the structure, not a sheet", async () => {
    const fake = await opened();
    const before = picture(fake);
    fake.resetCounters();
    fake.beforeSync = (n) => n === 3 && (fake.data.structureProtected = true);
    const e = await validate(ctxOf(fake), { scope: "active", asOf: ASOF }).catch((x) => x);
    fake.beforeSync = null;
    expectRefusal(e, "structure-protected", STRUCTURE, "書きかけの変更は元に戻しました");
    fake.data.structureProtected = false;
    expect(picture(fake)).toBe(before);
  });
});

describe("a read-only workbook", () => {
  test("every write is refused before anything changes, with its own message", async () => {
    const fake = await opened();
    const { report } = await validate(ctxOf(fake), { scope: "active", asOf: ASOF });
    // A typo fixed by hand: validating again would take its highlight away.
    fake.userEdit(SHEET, "H11", "実施");
    fake.data.readOnly = true;
    const before = picture(fake);
    const tables = summaryTables([{ report }], { lang: "ja" });
    const fixes = fixesOf(report.sheets[0].findings).filter((f) => f.cell !== "H11");
    for (const attempt of [
      () => validate(ctxOf(fake), { scope: "all", asOf: ASOF }),
      () => clearHighlights(ctxOf(fake)),
      () => applyFixes(ctxOf(fake), fixes),
      () => saveSettings(ctxOf(fake), defaultSettings()),
      () => writeSummarySheets(ctxOf(fake), tables),
    ])
      expectRefusal(await attempt().catch((x: unknown) => x), "read-only", READ_ONLY);
    expect(picture(fake)).toBe(before);
  });

  test("switched to read-only during a run: said so, not reported as a protected sheet", async () => {
    const fake = await opened();
    const before = picture(fake);
    fake.resetCounters();
    fake.beforeSync = (n) => n === 3 && (fake.data.readOnly = true);
    const e = await validate(ctxOf(fake), { scope: "active", asOf: ASOF }).catch((x) => x);
    fake.beforeSync = null;
    expect((e as ExcelLayerError).code).toBe("read-only");
    fake.data.readOnly = false;
    expect(picture(fake)).toBe(before);
  });
});

test("a protected sheet is still named as such, and refused before anything changes", async () => {
  const fake = await opened();
  fake.sheet(SHEET).protected = true;
  fake.data.structureProtected = true;
  const before = picture(fake);
  // Both protections: the sheet to colour is the one to unprotect first.
  await saveSettings(ctxOf(fake), defaultSettings()).catch(() => undefined);
  expectRefusal(
    await validate(ctxOf(fake), { scope: "active", asOf: ASOF }).catch((x) => x),
    "sheet-protected",
    SHEET_PROTECTED,
  );
  expect(picture(fake)).toBe(before);
});
