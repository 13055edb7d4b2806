// A 200,000-row sheet: its first rows with the geometry, the rest in row chunks under the payload limit;
// syncs set by the chunk count, and no answer Excel would refuse.

import ExcelJS from "exceljs";
import { validate } from "../../src/excel/validate";
import { FakeExcel, PAYLOAD_LIMIT } from "../fake-excel";
import { jsonSize } from "../fake-excel/context";
import { ctxOf } from "./workbooks";

const ROWS = 200_000;

/** A sheet's values as Office.js returns them ("" for an empty cell). */
function valuesOf(fake: FakeExcel, name: string): unknown[][] {
  const s = fake.sheet(name);
  const box = s.usedBox(true)!;
  const out: unknown[][] = [];
  for (let r = box.top; r <= box.bottom; r++) {
    const row: unknown[] = [];
    for (let c = box.left; c <= box.right; c++) row.push(s.value(r, c));
    out.push(row);
  }
  return out;
}

function planWorkbook(rows: number, note = ""): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("実施計画");
  ws.addRow(["推進方針", "取組内容", "担当課", "H24", "H25", "H26", ...(note ? ["備考"] : [])]);
  for (let i = 0; i < rows; i++) {
    // One typo every 20,000 rows gives a handful of findings.
    const status = i % 20000 === 5 ? "実地" : "実施";
    ws.addRow([
      `方針${1 + Math.floor(i / 50000)}`,
      `取組その${i + 1}：市民との協働による事業の推進`,
      "市民協働課",
      "検討",
      status,
      "継続",
      ...(note ? [`${note}${i}`] : []),
    ]);
  }
  return wb;
}

test("validate on a generated 200,000-row sheet: syncs = geometry with the first rows + chunks + finding fills + write", async () => {
  const fake = FakeExcel.fromWorkbook(planWorkbook(ROWS));
  const result = await validate(ctxOf(fake), { scope: "active", asOf: "2014-03-31" });
  const chunks = result.chunks["実施計画"];
  const unknown = result.report.sheets[0].findings.filter((f) => f.rule === "status-unknown");
  expect(unknown.map((f) => f.cell)).toEqual(Array.from({ length: 10 }, (_, i) => `E${i * 20000 + 7}`));
  // The geometry with the first 20,000 rows, then each chunk (values only), then the fills of the few
  // finding cells, then one write: nothing is asked that Excel would refuse.
  expect(fake.syncCount).toBe(1 + chunks + 1 + 1);
  expect(fake.syncs.every((s) => s.requestBytes <= PAYLOAD_LIMIT && s.responseBytes <= PAYLOAD_LIMIT)).toBe(
    true,
  );
  // Every cell's value is read once: what came back is the values' size and a little more.
  const values = jsonSize(valuesOf(fake, "実施計画"));
  const read = fake.syncs.slice(0, 1 + chunks).reduce((n, s) => n + s.responseBytes, 0);
  expect(read).toBeGreaterThanOrEqual(values);
  expect(read).toBeLessThan(values * 1.01);
  // Chunks follow the bytes read (≈ 4 MB each), not the rows.
  const bytes = fake.syncs.slice(1, 1 + chunks).reduce((n, s) => n + s.responseBytes, 0);
  expect(chunks).toBeGreaterThanOrEqual(Math.ceil(bytes / PAYLOAD_LIMIT));
  expect(chunks).toBeLessThanOrEqual(Math.ceil(bytes / 2_000_000) + 1);
}, 180_000);

test("validate all sheets when their first rows are refused: geometry-only fallback, protection still checked", async () => {
  // 20,000 rows of ≈ 330 bytes: the first rows alone are over 5 MB.
  const wb = planWorkbook(30_000, "市民との協働による事業の推進について".repeat(5));
  wb.addWorksheet("メモ").getCell("A1").value = "memo";
  const fake = FakeExcel.fromWorkbook(wb);
  fake.sheet("実施計画").protected = true;
  const e = await validate(ctxOf(fake), { scope: "all", asOf: "2014-03-31" }).catch((x) => x);
  expect(e).toMatchObject({ code: "sheet-protected" });
  expect(fake.syncs[1].responseBytes).toBeGreaterThan(PAYLOAD_LIMIT);
  fake.sheet("実施計画").protected = false;
  const { report, chunks } = await validate(ctxOf(fake), { scope: "all", asOf: "2014-03-31" });
  expect(chunks["実施計画"]).toBeGreaterThan(1);
  expect(report.sheets.map((s) => s.name)).toEqual(["実施計画", "メモ"]);
  expect(report.sheets[0].findings.filter((f) => f.rule === "status-unknown")).toHaveLength(2);
}, 120_000);
