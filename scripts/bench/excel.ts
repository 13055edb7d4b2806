// Excel layer on the fake Excel: syncs and bytes moved by validate (read, check, highlight), clear
// and summary, against the floor of reading the used range's values once, the merged areas, and
// the original fills of the cells coloured.

import ExcelJS from "exceljs";
import { summaryTables } from "../../src/core/summary/build";
import { clearHighlights } from "../../src/excel/highlight";
import { writeSummarySheets } from "../../src/excel/summary";
import { validate } from "../../src/excel/validate";
import { FakeExcel } from "../../test/fake-excel";
import { jsonSize } from "../../test/fake-excel/context";
import { generateTableSheet } from "../../test/helpers/generate";
import { kb, ratio, table } from "./format";

const ctxOf = (f: FakeExcel): Excel.RequestContext => f.context as unknown as Excel.RequestContext;

function planWorkbook(items: number): { wb: ExcelJS.Workbook; floorValues: number; floorMerges: number } {
  const sheet = generateTableSheet(items);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet.name);
  for (const row of sheet.values) ws.addRow(row);
  for (const m of sheet.merges) ws.mergeCells(m.top, m.left, m.bottom, m.right);
  // The values as Office.js returns them: "" for an empty cell.
  const values = sheet.values.map((r) => r.map((v) => v ?? ""));
  const merges = sheet.merges.map((m) => `${m.top},${m.left},${m.bottom},${m.right}`);
  return { wb, floorValues: jsonSize(values), floorMerges: jsonSize(merges) };
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

export async function benchExcel(sizes: number[]): Promise<string> {
  const rows: string[][] = [];
  for (const items of sizes) {
    const { wb, floorValues, floorMerges } = planWorkbook(items);
    const fake = FakeExcel.fromWorkbook(wb);
    const asOf = "2014-03-31";

    fake.resetCounters();
    const v = await validate(ctxOf(fake), { scope: "active", asOf });
    const validateSyncs = [...fake.syncs];
    // The original fill of each coloured cell, as one record: {"pattern":"None","color":"#FFFFFF"}.
    const floorFills = v.highlighted * jsonSize({ pattern: "None", color: "#FFFFFF" });
    const floor = floorValues + floorMerges + floorFills;
    const read = sum(validateSyncs.map((s) => s.responseBytes));
    const written = sum(validateSyncs.map((s) => s.requestBytes));

    fake.resetCounters();
    const tables = summaryTables([{ report: v.report, master: null }], { lang: "ja" });
    let summary: string;
    try {
      await writeSummarySheets(ctxOf(fake), tables, { lang: "ja" });
      summary = `${fake.syncs.length} / ${kb(sum(fake.syncs.map((s) => s.requestBytes + s.responseBytes)))}`;
    } catch (e) {
      // Reported, not hidden: the summary is written in one request, which has a size limit.
      const largest = Math.max(...fake.syncs.map((s) => s.requestBytes));
      summary = `failed: ${(e as { officeCode?: string }).officeCode ?? (e as Error).message} (request ${kb(largest)})`;
    }

    fake.resetCounters();
    const cleared = await clearHighlights(ctxOf(fake));
    const clearSyncs = [...fake.syncs];

    rows.push([
      items.toLocaleString("en-US"),
      v.highlighted.toLocaleString("en-US"),
      `${validateSyncs.length} (${v.chunks[Object.keys(v.chunks)[0]] ?? 0} chunks)`,
      kb(read),
      `${kb(floor)} (${ratio(read, floor)})`,
      kb(written),
      summary,
      `${clearSyncs.length} / ${kb(sum(clearSyncs.map((s) => s.requestBytes + s.responseBytes)))} (${cleared.restored} restored)`,
    ]);
  }
  return table(
    [
      "items",
      "highlighted",
      "validate syncs",
      "read",
      "floor (values+merges+fills)",
      "written",
      "summary syncs/bytes",
      "clear syncs/bytes",
    ],
    rows,
  );
}
