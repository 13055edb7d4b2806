// Live mode takes change events as Excel sends them: rows and columns inserted or deleted (the records of
// the highlighted cells move with them, so clearing still restores exactly the cells that were coloured),
// whole-row and whole-column edits, a co-author's edits, undo; and it stops the documented way.

import { parseAddress } from "../../src/core/address";
import { SEVERITY_FILL } from "../../src/core/highlight";
import { STATE_SHEET_NAME, stateFromRows } from "../../src/core/state";
import { defaultSettings } from "../../src/core/settings";
import { clearHighlights } from "../../src/excel/highlight";
import { saveSettings } from "../../src/excel/settings";
import { startLiveMode, type LiveMode } from "../../src/excel/live";
import { RUN_OPTIONS } from "../../src/excel/office";
import { shiftCell, shiftOf } from "../../src/excel/shifts";
import { validate } from "../../src/excel/validate";
import { FakeExcel } from "../fake-excel";
import { key } from "../fake-excel/model";
import { cellPicture } from "../reliability/picture";
import { ctxOf, openWithActive } from "./workbooks";

const SHEET = "取組計画";
const ASOF = "2014-03-31";

const opened = (): Promise<FakeExcel> => openWithActive("kumamoto-plan.xlsx", SHEET);

async function live(
  fake: FakeExcel,
): Promise<{ mode: LiveMode; settle: () => Promise<void>; errors: unknown[] }> {
  const errors: unknown[] = [];
  const mode = await startLiveMode(ctxOf(fake), {
    run: (o, b) => fake.run(o, b),
    asOf: ASOF,
    debounceMs: 5,
    onError: (e) => errors.push(e),
  });
  const settle = async () => {
    for (let i = 0; i < 3; i++) {
      await fake.settle();
      await mode.idle();
    }
  };
  return { mode, settle, errors };
}

function records(fake: FakeExcel) {
  return stateFromRows(
    [...fake.sheet(STATE_SHEET_NAME).rows.values()].map((r) => Array.from(r, (v) => v ?? null)),
  ).state;
}

/** Highlight, let a person move rows or columns while live mode runs, clear: as if never highlighted. */
async function moveThenClear(move: (f: FakeExcel) => void): Promise<void> {
  const fake = await opened();
  const untouched = await opened();
  const { highlighted } = await validate(ctxOf(fake), { scope: "active", asOf: ASOF });
  expect(highlighted).toBeGreaterThan(0);
  const l = await live(fake);
  move(fake);
  move(untouched);
  await l.settle();
  expect(l.errors).toEqual([]);
  await l.mode.stop();
  await clearHighlights(ctxOf(fake));
  expect(cellPicture(fake.data)).toEqual(cellPicture(untouched.data));
}

describe("rows and columns inserted or deleted: the records follow their cells", () => {
  test("rows inserted above highlighted cells", () => moveThenClear((f) => f.insertRows(SHEET, 5, 2)));
  test("rows deleted, one of them holding a highlighted cell", () =>
    moveThenClear((f) => f.deleteRows(SHEET, 10, 2)));
  test("a column inserted left of the status columns", () => moveThenClear((f) => f.insertColumns(SHEET, 2)));
  test("a column deleted", () => moveThenClear((f) => f.deleteColumns(SHEET, 3)));
  test("a co-author inserting rows (source Remote), then another person deleting one", () =>
    moveThenClear((f) => {
      f.insertRows(SHEET, 3, 1, "Remote");
      f.deleteRows(SHEET, 20, 1);
    }));
  test("rows inserted, then the insertion undone (Ctrl+Z)", () =>
    moveThenClear((f) => {
      f.insertRows(SHEET, 4, 3);
      f.userUndo();
    }));
});

test("the records after a move name the moved cells; column roles follow their columns", async () => {
  const fake = await opened();
  await saveSettings(ctxOf(fake), { ...defaultSettings(), roles: { [SHEET]: { C: "department" } } });
  await validate(ctxOf(fake), { scope: "active", asOf: ASOF });
  const cells = records(fake).highlights.map((h) => h.cell);
  const l = await live(fake);
  fake.insertRows(SHEET, 2, 1);
  fake.insertColumns(SHEET, 2, 1);
  await l.settle();
  await l.mode.stop();
  expect(records(fake).settings.roles).toEqual({ [SHEET]: { D: "department" } });
  const moves = [
    { rows: true, at: 2, count: 1 },
    { rows: false, at: 2, count: 1 },
  ];
  expect(
    records(fake)
      .highlights.map((h) => h.cell)
      .sort(),
  ).toEqual(cells.map((c) => shiftCell(c, moves)).sort());
  for (const h of records(fake).highlights) {
    const p = parseAddress(h.cell)!;
    expect(fake.sheet(SHEET).fills.get(key(p.row, p.col))).toEqual({ pattern: "Solid", color: h.applied });
  }
});

test("events as Excel writes them become shifts: whole rows and columns, cells with their direction", () => {
  expect(shiftOf({ changeType: "RowInserted", address: "5:7" })).toEqual({ rows: true, at: 5, count: 3 });
  expect(shiftOf({ changeType: "RowDeleted", address: "A5:XFD5" })).toEqual({ rows: true, at: 5, count: -1 });
  expect(shiftOf({ changeType: "ColumnDeleted", address: "C:D" })).toEqual({ rows: false, at: 3, count: -2 });
  expect(
    shiftOf({
      changeType: "CellInserted",
      address: "C5:D6",
      changeDirectionState: { insertShiftDirection: "Down" },
    }),
  ).toEqual({ rows: true, at: 5, count: 2, span: { from: 3, to: 4 } });
  // Without the direction (before ExcelApi 1.14) nothing is assumed.
  expect(shiftOf({ changeType: "CellDeleted", address: "C5" })).toBeNull();
  expect(shiftOf({ changeType: "RangeEdited", address: "C5" })).toBeNull();
  const down = shiftOf({
    changeType: "CellInserted",
    address: "C5:D6",
    changeDirectionState: { insertShiftDirection: "Down" },
  })!;
  expect([shiftCell("C5", [down]), shiftCell("E5", [down]), shiftCell("D4", [down])]).toEqual([
    "C7",
    "E5",
    "D4",
  ]);
  expect(shiftCell("H11", [{ rows: true, at: 10, count: -2 }])).toBeNull();
});

test("a whole row cleared (address 12:12) and a co-author's typo re-check their items", async () => {
  const fake = await opened();
  await validate(ctxOf(fake), { scope: "active", asOf: ASOF });
  const l = await live(fake);
  // H11's typo: its row cleared with Delete on the row header.
  expect(fake.sheet(SHEET).fills.get(key(11, 8))?.color).toBe(SEVERITY_FILL.error);
  fake.userClear(SHEET, "11:11");
  await l.settle();
  expect(fake.sheet(SHEET).fills.get(key(11, 8))).toBeUndefined();
  // A co-author types a typo elsewhere.
  fake.userEdit(SHEET, "G12", "実地", "Remote");
  await l.settle();
  expect(fake.sheet(SHEET).fills.get(key(12, 7))).toEqual({ pattern: "Solid", color: SEVERITY_FILL.error });
  expect(l.errors).toEqual([]);
  await l.mode.stop();
});

test("live mode started inside an Excel.run stops through the registration's context", async () => {
  const fake = await opened();
  // As the task pane does: the run that starts live mode ends, and its context's objects are released.
  const mode = await fake.run(RUN_OPTIONS, (ctx) =>
    startLiveMode(ctx, { run: (o, b) => fake.run(o, b), asOf: ASOF, debounceMs: 5 }),
  );
  expect(fake.handlers).toHaveLength(1);
  await mode.stop();
  expect(fake.handlers).toHaveLength(0);
  // A later edit starts nothing.
  fake.userEdit(SHEET, "G12", "実地");
  await fake.settle();
  expect(fake.sheet(SHEET).fills.get(key(12, 7))).toBeUndefined();
});

test("rows moved while nobody listened: clearing leaves every cell that is not the add-in's and names those it cannot restore", async () => {
  const fake = await opened();
  await validate(ctxOf(fake), { scope: "active", asOf: ASOF });
  fake.insertRows(SHEET, 2, 1);
  const fillsBefore = new Map(fake.sheet(SHEET).fills);
  const result = await clearHighlights(ctxOf(fake));
  // No cell lost a fill the add-in did not give it, and none gained one.
  for (const [k, f] of fake.sheet(SHEET).fills) expect(fillsBefore.get(k)).toEqual(f);
  for (const [k, f] of fillsBefore)
    if (!Object.values(SEVERITY_FILL).includes(f.color)) expect(fake.sheet(SHEET).fills.get(k)).toEqual(f);
  expect(result.notRestored.length).toBeGreaterThan(0);
  expect(result.notRestored.every((c) => c.sheet === SHEET && c.reason === "changed")).toBe(true);
});
