// A 200,000-row sheet: read in row chunks under the payload limit; syncs set by the chunk count.

import ExcelJS from "exceljs";
import { validate } from "../../src/excel/validate";
import { FakeExcel, PAYLOAD_LIMIT } from "../fake-excel";
import { ctxOf } from "./workbooks";

const ROWS = 200_000;

function planWorkbook(rows: number): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("実施計画");
  ws.addRow(["推進方針", "取組内容", "担当課", "H24", "H25", "H26"]);
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
    ]);
  }
  return wb;
}

test("validate on a generated 200,000-row sheet: syncs = first try + geometry + chunks + finding fills + write", async () => {
  const fake = FakeExcel.fromWorkbook(planWorkbook(ROWS));
  const result = await validate(ctxOf(fake), { scope: "active", asOf: "2014-03-31" });
  const chunks = result.chunks["実施計画"];
  const unknown = result.report.sheets[0].findings.filter((f) => f.rule === "status-unknown");
  expect(unknown.map((f) => f.cell)).toEqual(Array.from({ length: 10 }, (_, i) => `E${i * 20000 + 7}`));
  // The whole-range read is refused (response over 5 MB), then the geometry, then each chunk (values only),
  // then the fills of the few finding cells, then one write.
  expect(fake.syncCount).toBe(2 + chunks + 1 + 1);
  expect(
    fake.syncs.slice(1).every((s) => s.requestBytes <= PAYLOAD_LIMIT && s.responseBytes <= PAYLOAD_LIMIT),
  ).toBe(true);
  // Chunks follow the bytes read (≈ 4 MB each), not the rows.
  const bytes = fake.syncs.slice(2, 2 + chunks).reduce((n, s) => n + s.responseBytes, 0);
  expect(chunks).toBeGreaterThanOrEqual(Math.ceil(bytes / PAYLOAD_LIMIT));
  expect(chunks).toBeLessThanOrEqual(Math.ceil(bytes / 2_000_000) + 1);
}, 180_000);

test("validate all sheets when their first read is refused: geometry-only fallback, protection still checked", async () => {
  const wb = planWorkbook(80_000);
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
  expect(report.sheets[0].findings.filter((f) => f.rule === "status-unknown")).toHaveLength(4);
}, 120_000);
