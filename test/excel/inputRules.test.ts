// Input rules: drop-down lists on the status and department cells, each cell's own validation recorded and
// put back exactly — also after save and reopen; cells whose value is not in their list left as they are.

import { DEPARTMENT_LIST } from "../../src/core/inputRules";
import { STATE_SHEET_NAME, stateFromRows } from "../../src/core/state";
import { ExcelLayerError } from "../../src/excel/errors";
import { clearInputRules, setInputRules } from "../../src/excel/inputRules";
import { startLiveMode } from "../../src/excel/live";
import { FakeExcel } from "../fake-excel";
import { key, type ValidationData } from "../fake-excel/model";
import { listItems } from "../fake-excel/validation";
import { GUARD_SHEET, guardBook, OUTSIDE, OWN_VALIDATION } from "../helpers/guardBook";
import { picture } from "./picture";
import { cellsOf, ctxOf, excelJSOf, FIXTURE_FILES, openFixture } from "./workbooks";
import { expectedFixtures } from "../helpers/fixtures";
import { parseAddress } from "../../src/core/address";

const ASOF = "2024-03-31";

async function opened(): Promise<FakeExcel> {
  const fake = await FakeExcel.fromFile(await guardBook());
  fake.data.activeSheetId = fake.sheet(GUARD_SHEET).id;
  return fake;
}

function validationAt(fake: FakeExcel, cell: string, sheet = GUARD_SHEET): ValidationData | undefined {
  const p = parseAddress(cell)!;
  return fake.sheet(sheet).validations.get(key(p.row, p.col));
}

/** Every cell's validation on the plan sheet, as JSON by address. */
function validations(fake: FakeExcel): Map<number, string> {
  return new Map([...fake.sheet(GUARD_SHEET).validations].map(([k, v]) => [k, JSON.stringify(v)]));
}

const values = (fake: FakeExcel) => JSON.stringify([...fake.sheet(GUARD_SHEET).rows]);

function stateOf(fake: FakeExcel) {
  return stateFromRows(
    [...fake.sheet(STATE_SHEET_NAME).rows.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([, r]) => Array.from(r, (v) => v ?? null)),
  ).state;
}

const STATUS_CELLS = ["D4", "E4", "F4", "E5", "F5", "D6", "F6", "D7", "E7", "F7"];
const DEPARTMENT_CELLS = ["C4", "C5", "C6"];

test("guard → save → reopen → unguard: every cell's validation as before, values never changed", async () => {
  const fake = await opened();
  const before = validations(fake);
  const beforeValues = values(fake);
  const result = await setInputRules(ctxOf(fake), { asOf: ASOF });
  expect(result.guarded).toBe(STATUS_CELLS.length + DEPARTMENT_CELLS.length);
  // Values not in their list: left as they are, and named.
  expect(result.left.map((l) => [l.cell, l.value]).sort()).toEqual(
    [...Object.entries(OUTSIDE), ["C7", "総務課・財政課"]].sort(),
  );
  for (const cell of [...Object.keys(OUTSIDE), "C7", OWN_VALIDATION.other])
    expect(JSON.stringify(validationAt(fake, cell))).toBe(before.get(keyOf(cell)));
  const statusList = stateOf(fake).lists.find((l) => l.name !== DEPARTMENT_LIST)!;
  for (const cell of STATUS_CELLS) {
    const v = validationAt(fake, cell)!;
    expect(v.rule.list.source).toBe(`=${statusList.name}`);
    expect(v.errorAlert).toMatchObject({ showAlert: true, style: "Warning" });
    expect(v.errorAlert.message).toMatch(/[ぁ-ん]/);
    expect(v.prompt.showPrompt).toBe(false);
    expect(v.ignoreBlanks).toBe(true);
  }
  for (const cell of DEPARTMENT_CELLS)
    expect(validationAt(fake, cell)!.rule.list.source).toBe(`=${DEPARTMENT_LIST}`);
  // The names stand for the lists' cells in the state sheet: the sheet's words, marks and its own arrow.
  const offered = listItems(fake.data, `=${statusList.name}`)!;
  expect(offered).toEqual(statusList.values);
  expect(offered).toEqual(expect.arrayContaining(["検討", "実施", "完了", "⇒", "━━⇒"]));
  expect(listItems(fake.data, `=${DEPARTMENT_LIST}`)).toEqual(["こども課", "危機管理課", "総務課", "財政課"]);
  expect(values(fake)).toBe(beforeValues);

  const reopened = await fake.reopen();
  reopened.data.activeSheetId = reopened.sheet(GUARD_SHEET).id;
  expect(validations(reopened)).toEqual(validations(fake));
  expect(listItems(reopened.data, `=${statusList.name}`)).toEqual(statusList.values);

  const cleared = await clearInputRules(ctxOf(reopened));
  expect(cleared).toEqual({ restored: STATUS_CELLS.length + DEPARTMENT_CELLS.length, notRestored: [] });
  // The cell that had its own list has it back, the other cells none; the names and lists are gone.
  const roundTrip = await (await FakeExcel.fromFile(await guardBook())).reopen();
  expect(validations(reopened)).toEqual(validations(roundTrip));
  expect(reopened.data.names.size).toBe(0);
  expect(stateOf(reopened)).toMatchObject({ lists: [], guards: [] });
  expect(values(reopened)).toBe(beforeValues);
});

function keyOf(cell: string): number {
  const p = parseAddress(cell)!;
  return key(p.row, p.col);
}

test("guarding again keeps each cell's first original; a person's own change is left alone", async () => {
  const fake = await opened();
  const own = JSON.stringify(validationAt(fake, OWN_VALIDATION.status));
  await setInputRules(ctxOf(fake), { asOf: ASOF });
  const once = picture(fake);
  await setInputRules(ctxOf(fake), { asOf: ASOF });
  // Nothing changes the second time: the same rules, lists and records.
  expect(picture(fake)).toBe(once);
  expect(stateOf(fake).guards.find((g) => g.cell === OWN_VALIDATION.status)!.original).toBe(own);
  // A person replaces one cell's rule with their own: clearing leaves it and says so.
  const ctx = ctxOf(fake);
  const dv = (
    fake.context.workbook.worksheets.getItem(GUARD_SHEET).getRange("E4") as unknown as {
      dataValidation: Excel.DataValidation;
    }
  ).dataValidation;
  dv.clear();
  dv.rule = { wholeNumber: { formula1: 1, operator: "GreaterThan" } };
  await fake.context.sync();
  const mine = JSON.stringify(validationAt(fake, "E4"));
  const cleared = await clearInputRules(ctx);
  expect(cleared.notRestored).toEqual([{ sheet: GUARD_SHEET, cell: "E4", reason: "changed" }]);
  expect(JSON.stringify(validationAt(fake, "E4"))).toBe(mine);
  // Every other cell is as before the first run.
  fake.sheet(GUARD_SHEET).validations.delete(keyOf("E4"));
  expect(validations(fake)).toEqual(validations(await opened()));
});

test("a value not in the list is never changed, and a later guard leaves it as it is", async () => {
  const fake = await opened();
  await setInputRules(ctxOf(fake), { asOf: ASOF });
  // A person types a value outside the list into a guarded cell (the warning lets them keep it).
  fake.userEdit(GUARD_SHEET, "D4", "検討予定あり");
  const again = await setInputRules(ctxOf(fake), { asOf: ASOF });
  expect(again.left.map((l) => l.cell)).toContain("D4");
  expect(fake.sheet(GUARD_SHEET).value(4, 4)).toBe("検討予定あり");
  // Its rule and record stay, so clearing still puts its original back.
  expect(validationAt(fake, "D4")!.rule.list).toBeDefined();
  await clearInputRules(ctxOf(fake));
  expect(validationAt(fake, "D4")).toBeUndefined();
});

test("without a department master only the status cells get a list", async () => {
  const fake = await FakeExcel.fromFile(await guardBook({ master: false }));
  fake.data.activeSheetId = fake.sheet(GUARD_SHEET).id;
  const result = await setInputRules(ctxOf(fake), { asOf: ASOF });
  expect(result.guarded).toBe(STATUS_CELLS.length);
  expect(result.left.every((l) => l.kind === "status")).toBe(true);
  for (const cell of DEPARTMENT_CELLS) expect(validationAt(fake, cell)).toBeUndefined();
  expect([...fake.data.names.values()].map((n) => n.name)).not.toContain(DEPARTMENT_LIST);
});

test("a batch that fails part-way is undone: state sheet, names and cells as before", async () => {
  const fake = await opened();
  const before = picture(fake);
  // The sheet is protected between the reads and the write: the state sheet and the names went in first.
  const twin = await opened();
  await setInputRules(ctxOf(twin), { asOf: ASOF });
  const writeSync = twin.syncCount;
  fake.resetCounters();
  fake.beforeSync = (n) => {
    if (n === writeSync) fake.sheet(GUARD_SHEET).protected = true;
  };
  const e = await setInputRules(ctxOf(fake), { asOf: ASOF }).catch((x) => x);
  fake.beforeSync = null;
  expect(e).toBeInstanceOf(ExcelLayerError);
  expect((e as ExcelLayerError).code).toBe("sheet-protected");
  expect((e as ExcelLayerError).messages.ja).toContain("元に戻しました");
  fake.sheet(GUARD_SHEET).protected = false;
  expect(picture(fake)).toBe(before);
});

test("a protected sheet or a read-only workbook is refused before anything is written", async () => {
  const fake = await opened();
  fake.sheet(GUARD_SHEET).protected = true;
  const before = picture(fake);
  const e = await setInputRules(ctxOf(fake), { asOf: ASOF }).catch((x) => x);
  expect((e as ExcelLayerError).code).toBe("sheet-protected");
  expect(picture(fake)).toBe(before);
  fake.sheet(GUARD_SHEET).protected = false;
  fake.data.readOnly = true;
  const r = await setInputRules(ctxOf(fake), { asOf: ASOF }).catch((x) => x);
  expect((r as ExcelLayerError).code).toBe("read-only");
  expect(picture(fake)).toBe(before);
});

test("syncs: only the columns holding a validation are read cell by cell", async () => {
  const plain = await FakeExcel.fromFile(await guardBook({ own: false }));
  plain.data.activeSheetId = plain.sheet(GUARD_SHEET).id;
  // The sheet and its facts, the master, the validation types by column, the write.
  await setInputRules(ctxOf(plain), { asOf: ASOF });
  expect(plain.syncCount).toBe(4);
  // F4 holds a person's validation: column F's cells are read one by one, in one sync more.
  const fake = await opened();
  await setInputRules(ctxOf(fake), { asOf: ASOF });
  expect(fake.syncCount).toBe(5);
  const columnF = ["F4", "F5", "F6", "F7"];
  // Two operations a cell (the range, its load): column F's cells only.
  expect(fake.syncs[3].ops).toBe(columnF.length * 2);
});

test("rows inserted while live mode runs: the records follow their cells, clearing restores them all", async () => {
  const fake = await opened();
  const untouched = await opened();
  const { guarded } = await setInputRules(ctxOf(fake), { asOf: ASOF });
  const mode = await startLiveMode(ctxOf(fake), { run: (o, b) => fake.run(o, b), asOf: ASOF, debounceMs: 5 });
  fake.insertRows(GUARD_SHEET, 5, 2);
  untouched.insertRows(GUARD_SHEET, 5, 2);
  for (let i = 0; i < 3; i++) {
    await fake.settle();
    await mode.idle();
  }
  await mode.stop();
  // E5 (below the insertion) is recorded as E7 now.
  expect(stateOf(fake).guards.map((g) => g.cell)).toEqual(expect.arrayContaining(["D4", "E7"]));
  expect(stateOf(fake).guards.map((g) => g.cell)).not.toContain("E5");
  const cleared = await clearInputRules(ctxOf(fake));
  expect(cleared).toEqual({ restored: guarded, notRestored: [] });
  expect(validations(fake)).toEqual(validations(untouched));
});

describe.each(FIXTURE_FILES)("%s", (file) => {
  test("every sheet guarded → save → reopen → cleared: values and validations as in the original", async () => {
    const asOf = expectedFixtures().find((e) => e.workbook === file)!.asOf;
    const fake = await openFixture(file);
    const original = await fake.reopen();
    const allValidations = (f: FakeExcel) =>
      JSON.stringify(f.data.sheets.filter((x) => x.name !== STATE_SHEET_NAME).map((x) => [...x.validations]));
    let guarded = 0;
    for (const sheet of fake.data.sheets.filter((x) => x.visibility === "Visible").map((x) => x.name)) {
      fake.data.activeSheetId = fake.sheet(sheet).id;
      guarded += (await setInputRules(ctxOf(fake), { asOf })).guarded;
    }
    // Every plan sheet with status cells gets its rules; the records hold them all.
    const records = guarded ? stateOf(fake).guards.length : 0;
    expect(records).toBe(guarded);
    const reopened = await fake.reopen();
    const cleared = await clearInputRules(ctxOf(reopened));
    expect(cleared).toEqual({ restored: guarded, notRestored: [] });
    expect(allValidations(reopened)).toBe(allValidations(original));
    expect(cellsOf(await excelJSOf(await reopened.save()))).toEqual(
      cellsOf(await excelJSOf(await original.save())),
    );
    expect(reopened.data.names.size).toBe(original.data.names.size);
  });
});
