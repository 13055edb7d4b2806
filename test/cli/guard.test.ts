// check --out --guard: the copy carries the drop-down lists (rules, names, the state sheet's lists and
// records) read back with ExcelJS, and the add-in clears them to each cell's own validation.

import ExcelJS from "exceljs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEPARTMENT_LIST } from "../../src/core/inputRules";
import { STATE_SHEET_NAME } from "../../src/core/state";
import { clearInputRules, setInputRules } from "../../src/excel/inputRules";
import { FakeExcel } from "../fake-excel";
import { GUARD_SHEET, guardBook, OUTSIDE, OWN_VALIDATION } from "../helpers/guardBook";
import { ctxOf } from "../excel/workbooks";
import { run } from "./run";

let dir: string;
let input: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "plan-review-guard-"));
  input = join(dir, "plan.xlsx");
  await writeFile(input, await guardBook());
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

type Dv = ExcelJS.DataValidation;
const dvs = (ws: ExcelJS.Worksheet) =>
  (ws as unknown as { dataValidations: { model: Record<string, Dv | undefined> } }).dataValidations.model;

test("the copy offers the lists, keeps values outside them as they are, and the add-in clears them", async () => {
  const out = join(dir, "out");
  const r = await run("check", input, "--out", out, "--guard", "--as-of", "2024-03-31", "--format", "json");
  expect(r.code).toBeLessThan(2);
  const file = (JSON.parse(r.stdout) as { files: { guard: { guarded: number; left: { cell: string }[] } }[] })
    .files[0];
  expect(file.guard.guarded).toBe(13);
  expect(file.guard.left.map((l) => l.cell).sort()).toEqual([...Object.keys(OUTSIDE), "C7"].sort());

  const copyPath = join(out, "plan.checked.xlsx");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(copyPath);
  const model = dvs(wb.getWorksheet(GUARD_SHEET)!);
  for (const cell of ["D4", "F4", "F7"]) {
    expect(model[cell]).toMatchObject({ type: "list", allowBlank: true, errorStyle: "warning" });
    expect(model[cell]!.formulae).toEqual(["PlanReview_Status1"]);
    expect(model[cell]!.showInputMessage).toBeFalsy();
    expect(model[cell]!.error).toMatch(/一覧にない値/);
  }
  expect(model.C4!.formulae).toEqual([DEPARTMENT_LIST]);
  for (const cell of Object.keys(OUTSIDE)) expect(model[cell]).toBeUndefined();
  expect(model[OWN_VALIDATION.other]).toMatchObject({ type: "whole", prompt: "正の数" });
  // The names stand for the state sheet's cells that hold the lists.
  const names = (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;
  const status = names.find((n) => n.name === "PlanReview_Status1")!;
  const [, first, last] = /\$C\$(\d+):\$C\$(\d+)$/.exec(status.ranges[0])!;
  const state = wb.getWorksheet(STATE_SHEET_NAME)!;
  expect(state.state).toBe("veryHidden");
  const offered = Array.from({ length: Number(last) - Number(first) + 1 }, (_, i) =>
    String(state.getCell(Number(first) + i, 3).value),
  );
  expect(offered).toEqual(expect.arrayContaining(["検討", "実施", "完了", "⇒", "━━⇒"]));
  expect(names.map((n) => n.name)).toContain(DEPARTMENT_LIST);

  // Opened in Excel: clearing puts every cell's own validation back (F4's own list, none elsewhere).
  const fake = await FakeExcel.fromFile(copyPath);
  const cleared = await clearInputRules(ctxOf(fake));
  expect(cleared).toEqual({ restored: 13, notRestored: [] });
  const original = await (await FakeExcel.fromFile(input)).reopen();
  expect([...fake.sheet(GUARD_SHEET).validations]).toEqual([...original.sheet(GUARD_SHEET).validations]);
  expect(fake.data.names.size).toBe(0);
});

test("the table says how many cells got a list and names those left as they are", async () => {
  const out = join(dir, "out-table");
  const r = await run("check", input, "--out", out, "--guard", "--as-of", "2024-03-31");
  expect(r.stdout).toContain("入力規則: 13セルに設定、一覧にない値の3セルはそのまま");
  expect(r.stdout).toContain(`${GUARD_SHEET}!D5  「実 施」`);
});

test("--guard without --out is refused, saying what to add", async () => {
  const r = await run("check", input, "--guard");
  expect(r.code).toBe(2);
  expect(r.stderr).toContain("--out");
});

test("a workbook the add-in guarded: the copy keeps each cell's first original, so clearing gets it back", async () => {
  const fake = await FakeExcel.fromFile(input);
  fake.data.activeSheetId = fake.sheet(GUARD_SHEET).id;
  await setInputRules(ctxOf(fake), { asOf: "2024-03-31" });
  const guardedInput = join(dir, "guarded.xlsx");
  await writeFile(guardedInput, await fake.save());
  const out = join(dir, "out-again");
  const r = await run("check", guardedInput, "--out", out, "--guard", "--as-of", "2024-03-31");
  expect(r.code).toBeLessThan(2);
  const copy = await FakeExcel.fromFile(join(out, "guarded.checked.xlsx"));
  expect(await clearInputRules(ctxOf(copy))).toEqual({ restored: 13, notRestored: [] });
  const original = await (await FakeExcel.fromFile(input)).reopen();
  expect([...copy.sheet(GUARD_SHEET).validations]).toEqual([...original.sheet(GUARD_SHEET).validations]);
});
