// A stray value far to the right of the data makes the used range 16,384 columns wide: the read is sized from
// the used range's dimensions, the far columns are read only where cells hold something, the snapshot stays
// sparse — whether Excel answers null past 5,000,000 cells or throws.

import ExcelJS from "exceljs";
import { clearHighlights } from "../../src/excel/highlight";
import { readSheetSnapshot } from "../../src/excel/read";
import { validate } from "../../src/excel/validate";
import { FakeExcel, PAYLOAD_LIMIT } from "../fake-excel";
import { jsonSize } from "../fake-excel/context";
import { cellsOf, ctxOf, dense, excelJSOf } from "./workbooks";

const ROWS = 300;

function planWithStray(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("実施計画");
  ws.addRow(["取組内容", "担当課", "H24", "H25", "H26", "備考"]);
  for (let i = 0; i < ROWS - 1; i++)
    ws.addRow([`取組${i + 1}`, "市民協働課", "検討", i % 50 === 3 ? "実地" : "実施", "継続", ""]);
  // Someone once typed in the last column and cleared it with the space bar.
  ws.getCell(7, 16384).value = " ";
  ws.getCell(ROWS, 16000).value = "メモ";
  return wb;
}

describe.each(["null", "throw"] as const)("past 5,000,000 cells Excel answers %s", (mode) => {
  test("the first read is sized from the used range; the far columns are read where they hold values", async () => {
    const fake = FakeExcel.fromWorkbook(planWithStray());
    fake.cellLimit = mode;
    const snap = await readSheetSnapshot(ctxOf(fake), "実施計画");
    const d = dense(snap);
    expect(d.values[0].slice(0, 4)).toEqual(["取組内容", "担当課", "H24", "H25"]);
    expect(d.values[6][16383]).toBe(" ");
    expect(d.values[ROWS - 1][15999]).toBe("メモ");
    expect(d.values[ROWS - 1][1]).toBe("市民協働課");
    // Sparse: a row keeps only the cells that hold something; nothing is allocated for the empty columns.
    expect(Object.keys(snap.values[6]).length).toBe(6);
    expect(Object.keys(snap.values[0]).length).toBe(6);
    // The geometry with the first 64 columns (a plan sheet's width, whatever the stray value makes of the
    // used range), where the far columns hold something, their values: not 16,384 columns of empty cells.
    expect(fake.syncCount).toBe(3);
    const values = jsonSize(d.values.map((r) => r.slice(0, 6)));
    const firstColumns = jsonSize(Array.from({ length: ROWS }, () => new Array(64).fill("")));
    // (and about 10 KB of requests: the merged areas' row blocks, the bands' used ranges).
    expect(fake.bytesMoved).toBeLessThan(values + firstColumns + 10_000);
    expect(fake.syncs.every((s) => s.responseBytes <= PAYLOAD_LIMIT)).toBe(true);
  });

  test("validate, highlight and clear work on it", async () => {
    const wb = planWithStray();
    const original = Buffer.from(await wb.xlsx.writeBuffer());
    const fake = await FakeExcel.fromFile(original);
    fake.cellLimit = mode;
    const { report, highlighted } = await validate(ctxOf(fake), { scope: "active", asOf: "2014-03-31" });
    expect(report.sheets[0].findings.filter((f) => f.rule === "status-unknown").map((f) => f.cell)).toEqual(
      Array.from({ length: 6 }, (_, i) => `D${i * 50 + 5}`),
    );
    expect(fake.syncCount).toBeLessThan(10);
    const { restored } = await clearHighlights(ctxOf(fake));
    expect(restored).toBe(highlighted);
    expect(cellsOf(await excelJSOf(await fake.save()))).toEqual(cellsOf(await excelJSOf(original)));
  });
});
