// Office's errors in the user's words: every code the layer can meet gives a Japanese and an English message
// that says what happened, what to do, and what the run left behind — "undone" only when the rollback worked.

import { fromOffice, ExcelLayerError, UNCHANGED } from "../../src/excel/errors";
import { summaryTables } from "../../src/core/summary/build";
import type { SummaryTable } from "../../src/core/summary/tables";
import { writeSummarySheets } from "../../src/excel/summary";
import { validate } from "../../src/excel/validate";
import { FakeOfficeError, type FakeExcel } from "../fake-excel";
import { picture } from "./picture";
import { ctxOf, openFixture } from "./workbooks";

// Excel.ErrorCodes, OfficeExtension.ErrorCodes and the error table of the Office Add-ins docs.
const CODES = [
  "AccessDenied",
  "ActivityLimitReached",
  "ApiNotAvailable",
  "ApiNotFound",
  "Conflict",
  "ConnectionFailure",
  "EmptyChartSeries",
  "FilteredRangeConflict",
  "FormulaLengthExceedsLimit",
  "GeneralException",
  "InactiveWorkbook",
  "InsertDeleteConflict",
  "InvalidArgument",
  "InvalidBinding",
  "InvalidObjectPath",
  "InvalidOperation",
  "InvalidOperationInCellEditMode",
  "InvalidReference",
  "InvalidRequest",
  "InvalidRequestContext",
  "InvalidSelection",
  "ItemAlreadyExists",
  "ItemNotFound",
  "MemoryLimitReached",
  "MergedRangeConflict",
  "NonBlankCellOffSheet",
  "NotImplemented",
  "OperationCellsExceedLimit",
  "PivotTableRangeConflict",
  "PropertyNotLoaded",
  "RangeExceedsLimit",
  "RequestAborted",
  "RequestPayloadSizeLimitExceeded",
  "ResponsePayloadSizeLimitExceeded",
  "ServiceNotAvailable",
  "UndoNotSupported",
  "UnsupportedFeature",
  "UnsupportedOperation",
  "UnsupportedSheet",
  "ValueNotLoaded",
];

const ACTION = { ja: "ハイライトの書き込み", en: "Writing the highlights" };

test.each(CODES)(
  "%s: what happened, what to do, nothing changed — never the code or Excel's text",
  (code) => {
    const excelText = `Excel says: the operation failed (${code}).`;
    const e = fromOffice(new FakeOfficeError(code, excelText), ACTION, UNCHANGED);
    expect(e).toBeInstanceOf(ExcelLayerError);
    expect(e.officeCode).toBe(code);
    const { ja, en } = e.messages;
    for (const m of [ja, en]) {
      expect(m).not.toContain(code);
      expect(m).not.toContain(excelText);
    }
    expect(ja).toMatch(/^ハイライトの書き込みに失敗しました。/);
    // What to do: every message ends its advice with an instruction before the outcome.
    expect(ja).toMatch(/(ください|してください)。何も変更していません。$/);
    expect(en).toMatch(/^Writing the highlights failed\. .+\. Nothing was changed\.$/);
  },
);

test("an error that is not Office's is put into words the same way", () => {
  const e = fromOffice(new TypeError("x is undefined"), ACTION);
  expect(e.messages.ja).not.toContain("undefined");
  expect(e.messages.ja).toContain("何も変更していません");
});

describe("honest rollback", () => {
  const SHEETS = ["取組計画", "H25進捗"];

  async function twoSheets(): Promise<FakeExcel> {
    // Two plan sheets in one workbook: validate-all colours both in one batch, 取組計画 first.
    const fake = await openFixture("kumamoto-plan.xlsx");
    const other = await openFixture("kumamoto-progress.xlsx");
    fake.data.addSheet("H25進捗").restore(other.sheet("H25進捗").copy());
    return fake;
  }

  /** The number of syncs a run takes, counted on a twin (the write is the last of validate's). */
  async function syncsOf(make: () => Promise<FakeExcel>, run: (f: FakeExcel) => Promise<unknown>) {
    const twin = await make();
    twin.resetCounters();
    await run(twin);
    return twin.syncCount;
  }

  const validateAll = (f: FakeExcel) => validate(ctxOf(f), { scope: "all", asOf: "2014-03-31" });

  test("the rollback itself works: the message says the partial changes were undone", async () => {
    const write = await syncsOf(twoSheets, validateAll);
    const fake = await twoSheets();
    const before = picture(fake);
    fake.resetCounters();
    // The write batch has coloured 取組計画 when it is refused at H25進捗.
    fake.beforeSync = (n) => n === write && (fake.sheet(SHEETS[1]).protected = true);
    const e = (await validateAll(fake).catch((x) => x)) as ExcelLayerError;
    fake.beforeSync = null;
    expect(e.code).toBe("sheet-protected");
    expect(e.messages.ja).toContain("シート「H25進捗」は保護されています");
    expect(e.messages.ja).toContain("書きかけの変更は元に戻しました");
    fake.sheet(SHEETS[1]).protected = false;
    expect(picture(fake)).toBe(before);
  });

  test("the rollback fails too: the message says what could not be undone, never that it was", async () => {
    const write = await syncsOf(twoSheets, validateAll);
    const fake = await twoSheets();
    fake.delaySupported = false;
    fake.resetCounters();
    fake.beforeSync = (n) => {
      if (n === write) fake.sheet(SHEETS[1]).protected = true;
      // Right after, a person starts typing in a cell: Excel refuses the rollback's batches.
      if (n === write + 1) fake.startCellEdit();
    };
    const e = (await validateAll(fake).catch((x) => x)) as ExcelLayerError;
    fake.beforeSync = null;
    fake.endCellEdit();
    expect(e.messages.ja).not.toContain("元に戻しました");
    // What the failed batch reached and could not be put back is named (a step Excel refused for the
    // typing counts as not done, whatever the batch reached).
    expect(e.messages.ja).toContain(
      "書きかけの変更の一部を元に戻せませんでした（記録用シート、シート「取組計画」のセル",
    );
    expect(e.messages.en).toContain('could not be undone (the record sheet, cells of sheet "取組計画"');
  });

  test("summary sheets that were replaced are back, complete, when the new ones cannot take their place", async () => {
    const setUp = async () => {
      const fake = await openFixture("kumamoto-plan.xlsx");
      const { report } = await validateAll(fake);
      const tables = summaryTables([{ report }], { lang: "ja" });
      await writeSummarySheets(ctxOf(fake), tables);
      return { fake, tables };
    };
    const extra = (tables: SummaryTable[]): SummaryTable[] => [
      ...tables,
      { ...tables[0], sheetName: "集計_追加", title: { ja: "追加", en: "Extra" } },
    ];
    const twin = await setUp();
    twin.fake.resetCounters();
    await writeSummarySheets(ctxOf(twin.fake), extra(twin.tables));
    // The last sync deletes the replaced sheets; the one before puts the new sheets in their place.
    const swap = twin.fake.syncCount - 1;

    const { fake, tables } = await setUp();
    const before = picture(fake);
    fake.resetCounters();
    // Meanwhile a person adds a sheet with the new table's name: the new sheet cannot take it.
    fake.beforeSync = (n) => n === swap && fake.data.addSheet("集計_追加");
    const e = (await writeSummarySheets(ctxOf(fake), extra(tables)).catch((x) => x)) as ExcelLayerError;
    fake.beforeSync = null;
    expect(e).toBeInstanceOf(ExcelLayerError);
    expect(e.messages.ja).toContain("集計シートの作成に失敗しました");
    expect(e.messages.ja).toContain("書きかけの変更は元に戻しました");
    // The earlier summary sheets, with their names and contents; nothing of the failed run.
    fake.data.deleteSheet(fake.sheet("集計_追加").id);
    expect(picture(fake)).toBe(before);
  });
});
