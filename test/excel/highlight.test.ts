// Highlights: exactly the finding cells, originals recorded first, cleared exactly — also after save and reopen.

import ExcelJS from "exceljs";
import { join } from "node:path";
import { highlightPlan, SEVERITY_FILL } from "../../src/core/highlight";
import { STATE_SHEET_NAME, stateFromRows } from "../../src/core/state";
import { clearHighlights } from "../../src/excel/highlight";
import { validate } from "../../src/excel/validate";
import { FakeExcel } from "../fake-excel";
import { key } from "../fake-excel/model";
import { expectedFixtures, FIXTURES } from "../helpers/fixtures";
import { cellsOf, ctxOf, excelJSOf, FIXTURE_FILES, openFixture } from "./workbooks";
import { parseAddress } from "../../src/core/address";

const asOfOf = (file: string) => expectedFixtures().find((e) => e.workbook === file)!.asOf;

function fillAt(fake: FakeExcel, sheet: string, cell: string) {
  const p = parseAddress(cell)!;
  return fake.sheet(sheet).fills.get(key(p.row, p.col));
}

describe.each(FIXTURE_FILES)("%s", (file) => {
  test("highlight → save → reopen → clear leaves every cell's value and fill as in the original", async () => {
    const fake = await openFixture(file);
    const { report, highlighted } = await validate(ctxOf(fake), { scope: "all", asOf: asOfOf(file) });
    const plan = highlightPlan(report.sheets.flatMap((s) => s.findings));
    expect(highlighted).toBe(plan.length);
    for (const p of plan) expect(fillAt(fake, p.sheet, p.cell)).toEqual({ pattern: "Solid", color: p.color });

    const original = cellsOf(await excelJSOf(join(FIXTURES, file)));
    const reopened = await fake.reopen();
    // The state sheet exists once something was highlighted, very hidden.
    expect(reopened.data.byName(STATE_SHEET_NAME)?.visibility).toBe(plan.length ? "VeryHidden" : undefined);
    const highlightedCells = cellsOf(await excelJSOf(await reopened.save()));
    const changed = [...original.keys()].filter((k) => original.get(k) !== highlightedCells.get(k));
    // Exactly the finding cells changed (those whose fill was not already the highlight colour).
    const planCells = new Set(plan.map((p) => `${p.sheet}!${p.cell}`));
    expect(changed.every((k) => planCells.has(k))).toBe(true);

    const { restored } = await clearHighlights(ctxOf(reopened));
    expect(restored).toBe(plan.length);
    const after = cellsOf(await excelJSOf(await reopened.save()));
    expect(after).toEqual(original);
  });
});

test("validating again replaces the previous highlights; a re-coloured cell is left alone", async () => {
  const file = "kumamoto-plan.xlsx";
  const fake = await openFixture(file);
  const ctx = ctxOf(fake);
  fake.data.activeSheetId = fake.sheet("取組計画").id;
  const first = await validate(ctx, { scope: "active", asOf: asOfOf(file) });
  const cells = first.report.sheets[0].findings.map((f) => f.cell);
  expect(cells).toContain("H11");
  expect(fillAt(fake, "取組計画", "H11")).toEqual({ pattern: "Solid", color: SEVERITY_FILL.error });
  // A person fixes H11 and paints the cell of another finding themselves.
  fake.userEdit("取組計画", "H11", "実施");
  const other = cells.find((c) => c !== "H11")!;
  fake.sheet("取組計画").fills.set(key(parseAddress(other)!.row, parseAddress(other)!.col), {
    pattern: "Solid",
    color: "#00FF00",
  });
  const second = await validate(ctx, { scope: "active", asOf: asOfOf(file) });
  expect(second.report.sheets[0].findings.map((f) => f.cell)).not.toContain("H11");
  expect(fillAt(fake, "取組計画", "H11")).toBeUndefined();
  const state = stateFromRows(
    [...fake.sheet(STATE_SHEET_NAME).rows.values()].map((r) => Array.from(r, (v) => v ?? null)),
  ).state;
  expect(state.highlights.map((h) => h.cell).sort()).toEqual(
    second.report.sheets[0].findings.map((f) => f.cell).sort(),
  );
  // The cell the person painted is coloured again by the new run, and its original is now their colour.
  expect(state.highlights.find((h) => h.cell === other)!.original).toEqual({
    pattern: "Solid",
    color: "#00FF00",
  });
  await clearHighlights(ctx);
  expect(fillAt(fake, "取組計画", other)).toEqual({ pattern: "Solid", color: "#00FF00" });
  // Painted after highlighting, then cleared: the person's colour stays.
  await validate(ctx, { scope: "active", asOf: asOfOf(file) });
  fake.sheet("取組計画").fills.set(key(24, 5), { pattern: "Solid", color: "#0000FF" });
  await clearHighlights(ctx);
  expect(fake.sheet("取組計画").fills.get(key(24, 5))).toEqual({ pattern: "Solid", color: "#0000FF" });
});

test("validate-and-highlight takes at most 3 syncs on each fixture sheet", async () => {
  for (const file of FIXTURE_FILES) {
    const fake = await openFixture(file);
    for (const s of fake.data.sheets.filter((x) => x.name !== STATE_SHEET_NAME)) {
      fake.data.activeSheetId = s.id;
      fake.resetCounters();
      await validate(ctxOf(fake), { scope: "active", asOf: asOfOf(file) });
      expect([file, s.name, fake.syncCount <= 3]).toEqual([file, s.name, true]);
    }
  }
});

test("thousands of finding cells are coloured through address lists under 8,192 characters", async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("計画");
  ws.addRow(["取組内容", "担当課", "H24", "H25"]);
  for (let i = 0; i < 3000; i++) ws.addRow([`取組${i}`, "市民協働課", "実施", "実地"]);
  const fake = FakeExcel.fromWorkbook(wb);
  const { highlighted } = await validate(ctxOf(fake), { scope: "active", asOf: "2014-03-31" });
  expect(highlighted).toBeGreaterThanOrEqual(3000);
  for (let r = 2; r <= 3001; r++)
    expect(fake.sheet("計画").fills.get(key(r, 4))?.color).toBe(SEVERITY_FILL.error);
  await clearHighlights(ctxOf(fake));
  expect(fake.sheet("計画").fills.size).toBe(0);
});
