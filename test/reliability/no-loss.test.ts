// Nothing is lost: on 100 generated plan sheets (tables and cards, shifted, with typos, fills of their
// own — the highlight colours too — number formats, bold and formulas) highlight → save → reopen → clear
// leaves every cell as it was; and the command line never changes a fixture it reads.

import { createHash } from "node:crypto";
import { copyFile, mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { SEVERITY_FILL } from "../../src/core/highlight";
import type { SheetSnapshot } from "../../src/core/types";
import * as layer from "../../src/excel";
import { run } from "../cli/run";
import { ctxOf, FIXTURE_FILES } from "../excel/workbooks";
import { FakeExcel } from "../fake-excel";
import { key } from "../fake-excel/model";
import { FIXTURES } from "../helpers/fixtures";
import { generateCardSheet, generateTableSheet } from "../helpers/generate";
import { writeFigures } from "./figures";
import { changedCells, pictureOf } from "./picture";

const SHEETS = 100;
const TYPOS = ["実地", "検當", "⇒", "やった", "実 施", "#REF!", "未実施"];
const FILLS = [SEVERITY_FILL.error, SEVERITY_FILL.warning, SEVERITY_FILL.info, "#00B050", "#FFFF00"];

const variation = fc.record({
  cards: fc.boolean(),
  items: fc.integer({ min: 1, max: 60 }),
  down: fc.integer({ min: 0, max: 5 }),
  right: fc.integer({ min: 0, max: 4 }),
  typos: fc.array(fc.tuple(fc.nat(), fc.constantFrom(...TYPOS)), { maxLength: 8 }),
  fills: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom(...FILLS), fc.boolean()), { maxLength: 12 }),
  formats: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom("0.0%", "@", "yyyy/m/d", "#,##0")), {
    maxLength: 4,
  }),
  formula: fc.boolean(),
  second: fc.boolean(),
});

type Variation = typeof variation extends fc.Arbitrary<infer T> ? T : never;

/** A generated sheet written as a real .xlsx with the variation's changes. */
async function workbookOf(v: Variation): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheets: SheetSnapshot[] = [v.cards ? generateCardSheet(v.items) : generateTableSheet(v.items)];
  if (v.second) sheets.push(generateTableSheet(Math.max(1, v.items >> 2), "別表"));
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    const at = (r: number, c: number) => ws.getCell(r + 1 + v.down, c + 1 + v.right);
    const rows = s.values.length;
    const cols = s.values[0].length;
    s.values.forEach((row, r) =>
      row.forEach((x, c) => {
        if (x !== null && typeof x !== "object") at(r, c).value = x;
      }),
    );
    // Typos in status cells (the year columns sit right of the first three or four).
    for (const [n, typo] of v.typos) at(3 + (n % Math.max(1, rows - 3)), cols - 2 - (n % 3)).value = typo;
    for (const [r, c, color, solid] of v.fills)
      at(r % rows, c % cols).fill = solid
        ? { type: "pattern", pattern: "solid", fgColor: { argb: `FF${color.slice(1)}` } }
        : {
            type: "pattern",
            pattern: "lightGrid",
            fgColor: { argb: `FF${color.slice(1)}` },
            bgColor: { argb: "FF000000" },
          };
    for (const [r, c, numFmt] of v.formats) at(r % rows, c % cols).numFmt = numFmt;
    at(1, 0).font = { bold: true };
    if (v.formula) ws.getCell(rows + 2 + v.down, 1 + v.right).value = { formula: "1+1", result: 2 };
    for (const m of s.merges)
      ws.mergeCells(m.top + v.down, m.left + v.right, m.bottom + v.down, m.right + v.right);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const figures = {
  sheets: 0,
  workbooks: 0,
  cellsCompared: 0,
  cellsHighlighted: 0,
  cellsChanged: 0,
  filesHashed: 0,
  filesChanged: 0,
};
afterAll(() => writeFigures("no-loss", figures));

test(`highlight → save → reopen → clear leaves every cell as it was, on ${SHEETS} generated workbooks`, async () => {
  await fc.assert(
    fc.asyncProperty(variation, async (v) => {
      const fake = await FakeExcel.fromFile(await workbookOf(v));
      const before = pictureOf(fake);
      const { highlighted } = await layer.validate(ctxOf(fake), { scope: "all", asOf: "2014-03-31" });
      const reopened = await fake.reopen();
      const { restored } = await layer.clearHighlights(ctxOf(reopened));
      expect(restored).toBe(highlighted);
      const after = pictureOf(reopened);
      const changed = changedCells(before.cells, after.cells);
      figures.workbooks++;
      figures.sheets += v.second ? 2 : 1;
      figures.cellsCompared += before.cells.size;
      figures.cellsHighlighted += highlighted;
      figures.cellsChanged += changed.length;
      expect(changed).toEqual([]);
      expect(after.sheets).toBe(before.sheets);
    }),
    // A fixed seed: the figures in docs/reliability.md are this run's.
    { numRuns: SHEETS, seed: 20261122 },
  );
  expect(figures.workbooks).toBe(SHEETS);
  // Not vacuous: most workbooks had cells highlighted and put back.
  expect(figures.cellsHighlighted).toBeGreaterThan(SHEETS);
}, 120_000);

test("the command line never changes a fixture: check --out and summary written into the inputs' own folder", async () => {
  const dir = await mkdtemp(join(tmpdir(), "plan-review-noloss-"));
  try {
    for (const f of FIXTURE_FILES) await copyFile(join(FIXTURES, f), join(dir, f));
    const hashes = async () =>
      Object.fromEntries(
        await Promise.all(
          FIXTURE_FILES.map(
            async (f) =>
              [
                f,
                createHash("sha256")
                  .update(await readFile(join(dir, f)))
                  .digest("hex"),
              ] as const,
          ),
        ),
      );
    const before = await hashes();
    const check = await run("check", dir, "--as-of", "2014-03-31", "--out", dir);
    expect(check.stderr).toBe("");
    const summary = await run("summary", dir, "--as-of", "2014-03-31", "--out", join(dir, "summary.xlsx"));
    expect(summary.stderr).toBe("");
    const after = await hashes();
    figures.filesHashed = FIXTURE_FILES.length;
    figures.filesChanged = FIXTURE_FILES.filter((f) => before[f] !== after[f]).length;
    expect(after).toEqual(before);
    // The copies and the summary are new files beside the inputs.
    expect((await readdir(dir)).filter((f) => f.endsWith(".checked.xlsx"))).toHaveLength(
      FIXTURE_FILES.length,
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test("a finding on a cell with a patterned fill of its own: highlighted solid, cleared back to its pattern", async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("計画");
  ws.addRows([
    ["取組内容", "担当課", "H24", "H25"],
    ["啓発の推進", "市民協働課", "実施", "実地"],
  ]);
  ws.getCell("D2").fill = {
    type: "pattern",
    pattern: "lightGrid",
    fgColor: { argb: "FF00B050" },
    bgColor: { argb: "FF000000" },
  };
  const fake = FakeExcel.fromWorkbook(wb);
  const before = pictureOf(fake);
  await layer.validate(ctxOf(fake), { scope: "active", asOf: "2014-03-31" });
  expect(fake.sheet("計画").fills.get(key(2, 4))).toEqual({ pattern: "Solid", color: SEVERITY_FILL.error });
  expect(await layer.clearHighlights(ctxOf(fake))).toEqual({ restored: 1, skipped: 0, notRestored: [] });
  expect(changedCells(before.cells, pictureOf(fake).cells)).toEqual([]);
});
