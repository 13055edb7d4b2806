// A person typing in a cell: Excel refuses batches (InvalidOperationInCellEditMode) unless the run asks it to
// wait (delayForCellEdit). The add-in asks to wait; where Excel does not, it tells the person what to do, and
// live mode tries again quietly once they leave the cell.

import { SEVERITY_FILL } from "../../src/core/highlight";
import { ExcelLayerError } from "../../src/excel/errors";
import { applyFixes, fixesOf } from "../../src/excel/fix";
import { startLiveMode } from "../../src/excel/live";
import { RUN_OPTIONS } from "../../src/excel/office";
import { saveSettings } from "../../src/excel/settings";
import { defaultSettings } from "../../src/core/settings";
import { validate } from "../../src/excel/validate";
import type { FakeExcel } from "../fake-excel";
import { key } from "../fake-excel/model";
import { ctxOf, openWithActive } from "./workbooks";
import { picture } from "./picture";

const SHEET = "取組計画";
const ASOF = "2014-03-31";

const opened = (): Promise<FakeExcel> => openWithActive("kumamoto-plan.xlsx", SHEET);

function expectEditMessage(e: unknown, outcome: string): void {
  expect(e).toBeInstanceOf(ExcelLayerError);
  const err = e as ExcelLayerError;
  expect(err.code).toBe("cell-edit");
  expect(err.messages.ja).toMatch(/セルの編集中/);
  expect(err.messages.ja).toMatch(/Enter キーか Esc キー/);
  expect(err.messages.ja).toContain(outcome);
  expect(err.messages.en).toMatch(/Enter or Esc/);
  // Never Office's code or Excel's English text.
  for (const m of [err.messages.ja, err.messages.en]) {
    expect(m).not.toContain("InvalidOperationInCellEditMode");
    expect(m).not.toContain("Edit cell mode");
  }
}

test("the add-in's runs wait while a person types in a cell, then validate as usual", async () => {
  const fake = await opened();
  const before = picture(fake);
  fake.startCellEdit();
  let done = false;
  const run = fake
    .run(RUN_OPTIONS, (ctx) => validate(ctx, { scope: "active", asOf: ASOF }))
    .then((r) => ((done = true), r));
  await new Promise((r) => setTimeout(r, 30));
  expect(done).toBe(false);
  expect(picture(fake)).toBe(before);
  fake.endCellEdit();
  const { highlighted } = await run;
  expect(highlighted).toBeGreaterThan(0);
  expect(fake.runs.at(-1)).toEqual({ delayForCellEdit: true });
});

test("where Excel does not wait: validate, fixes and settings say to press Enter or Esc; nothing was changed", async () => {
  const fake = await opened();
  const { report } = await validate(ctxOf(fake), { scope: "active", asOf: ASOF });
  const before = picture(fake);
  fake.delaySupported = false;
  fake.startCellEdit();
  const attempts = [
    fake.run(RUN_OPTIONS, (ctx) => validate(ctx, { scope: "active", asOf: ASOF })),
    fake.run(RUN_OPTIONS, (ctx) => applyFixes(ctx, fixesOf(report.sheets[0].findings))),
    fake.run(RUN_OPTIONS, (ctx) => saveSettings(ctx, { ...defaultSettings(), live: true })),
  ];
  for (const a of attempts) expectEditMessage(await a.catch((x) => x), "何も変更していません");
  expect(picture(fake)).toBe(before);
});

test("a person starting to type between the read and the write: the whole batch is refused, nothing changed", async () => {
  const fake = await opened();
  const before = picture(fake);
  fake.delaySupported = false;
  fake.resetCounters();
  // Sync 1 reads, 2 reads the fills; the write is the third.
  fake.beforeSync = (n) => n === 3 && fake.startCellEdit();
  const e = await validate(ctxOf(fake), { scope: "active", asOf: ASOF }).catch((x) => x);
  fake.beforeSync = null;
  expectEditMessage(e, "何も変更していません");
  fake.endCellEdit();
  expect(picture(fake)).toBe(before);
});

test("live mode: a re-check refused while a cell is edited is tried again once the person leaves it", async () => {
  const fake = await opened();
  await validate(ctxOf(fake), { scope: "active", asOf: ASOF });
  fake.delaySupported = false;
  const errors: unknown[] = [];
  const updates: string[] = [];
  const live = await startLiveMode(ctxOf(fake), {
    run: (o, b) => fake.run(o, b),
    asOf: ASOF,
    debounceMs: 10,
    retryMs: 20,
    onUpdate: (u) => updates.push(u.sheet),
    onError: (e) => errors.push(e),
  });
  fake.userEdit(SHEET, "G12", "実地");
  // The person goes on typing in another cell before the re-check runs.
  fake.startCellEdit();
  await fake.settle();
  await new Promise((r) => setTimeout(r, 80));
  expect(updates).toEqual([]);
  expect(fake.sheet(SHEET).fills.get(key(12, 7))).toBeUndefined();
  fake.endCellEdit();
  await fake.settle();
  await live.idle();
  expect(errors).toEqual([]);
  expect(updates).toEqual([SHEET]);
  expect(fake.sheet(SHEET).fills.get(key(12, 7))).toEqual({ pattern: "Solid", color: SEVERITY_FILL.error });
  await live.stop();
});
