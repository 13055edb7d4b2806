// Excel layer on the fake Excel: syncs and bytes moved by validate (read, check, highlight), clear
// and summary, against the floor of reading the used range's values once, the merged areas, and
// the original fills of the cells coloured.

import ExcelJS from "exceljs";
import { parseAddress } from "../../src/core/address";
import { highlightPlan } from "../../src/core/highlight";
import { STATE_SHEET_NAME } from "../../src/core/state";
import { summaryTables } from "../../src/core/summary/build";
import { fillFromProps } from "../../src/excel/fillReads";
import { clearHighlights } from "../../src/excel/highlight";
import { writeSummarySheets } from "../../src/excel/summary";
import { validate } from "../../src/excel/validate";
import { FakeExcel } from "../../test/fake-excel";
import { jsonSize } from "../../test/fake-excel/context";
import { key, type Scalar, type SheetData } from "../../test/fake-excel/model";
import { generateTableSheet } from "../../test/helpers/generate";
import { kb, ratio, table } from "./format";

const ctxOf = (f: FakeExcel): Excel.RequestContext => f.context as unknown as Excel.RequestContext;
const ASOF = "2014-03-31";

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

/** Fills people gave the sheet: every 10th item's status cells yellow, every 30th item's last one hatched. */
function paintLikePeople(fake: FakeExcel, items: number): void {
  const s = fake.sheet("計画");
  for (let row = 4; row < 4 + items; row += 10)
    for (let col = 5; col <= 9; col++) s.fills.set(key(row, col), { pattern: "Solid", color: "#FFFF00" });
  for (let row = 4; row < 4 + items; row += 30)
    s.fills.set(key(row, 9), { pattern: "Gray25", color: "#FFFFFF", patternColor: "#808080" });
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** A sheet's used range as Office.js returns its values ("" for an empty cell). */
function valuesOf(s: SheetData): Scalar[][] {
  const box = s.usedBox(true);
  if (!box) return [[""]];
  const out: Scalar[][] = [];
  for (let r = box.top; r <= box.bottom; r++) {
    const row: Scalar[] = [];
    for (let c = box.left; c <= box.right; c++) row.push(s.value(r, c));
    out.push(row);
  }
  return out;
}

export async function benchExcel(sizes: number[]): Promise<string> {
  const rows: string[][] = [];
  const again: string[][] = [];
  for (const items of sizes) {
    const { wb, floorValues, floorMerges } = planWorkbook(items);
    const fake = FakeExcel.fromWorkbook(wb);

    const first = await runValidate(fake, floorValues + floorMerges);
    const v = first.v;

    fake.resetCounters();
    const tables = summaryTables([{ report: v.report, master: null }], { lang: "ja" });
    let summary: string;
    try {
      await writeSummarySheets(ctxOf(fake), tables, { lang: "ja" });
      summary = `${fake.syncs.length} / ${kb(sum(fake.syncs.map((s) => s.requestBytes + s.responseBytes)))}`;
    } catch (e) {
      // Reported, not hidden: a request has a size limit.
      const largest = Math.max(...fake.syncs.map((s) => s.requestBytes));
      summary = `failed: ${(e as { officeCode?: string }).officeCode ?? (e as Error).message} (request ${kb(largest)})`;
    }

    // Validate again (state sheet and highlights present), then clear.
    const second = await runValidate(fake, floorValues + floorMerges);
    fake.resetCounters();
    const cleared = await clearHighlights(ctxOf(fake));
    const clearSyncs = [...fake.syncs];

    rows.push([
      items.toLocaleString("en-US"),
      v.highlighted.toLocaleString("en-US"),
      `${first.syncs} (${first.chunks} chunks)`,
      kb(first.read),
      `${kb(first.floor)} (${ratio(first.read, first.floor)})`,
      kb(first.written),
      summary,
      `${clearSyncs.length} / ${kb(sum(clearSyncs.map((s) => s.requestBytes + s.responseBytes)))} (${cleared.restored} restored)`,
    ]);

    // A sheet people have coloured: the fills of the cells it colours differ, so some are read cell by cell.
    const painted = FakeExcel.fromWorkbook(planWorkbook(items).wb);
    paintLikePeople(painted, items);
    const third = await runValidate(painted, floorValues + floorMerges);
    for (const [what, r] of [
      ["again (state sheet, highlights present)", second],
      ["people's fills (yellow rows, hatched cells)", third],
    ] as const)
      again.push([
        items.toLocaleString("en-US"),
        what,
        `${r.syncs} (${r.chunks} chunks)`,
        kb(r.read),
        `${kb(r.floor)} (${ratio(r.read, r.floor)})`,
        r.stateBytes ? `${kb(r.stateBytes)} (${ratio(r.read, r.floor + r.stateBytes)})` : "none",
      ]);
  }
  return (
    table(
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
    ) +
    "\n\nValidate on other sheets of the same size\n" +
    table(
      ["items", "sheet", "validate syncs", "read", "floor (values+merges+fills)", "+ state sheet's values"],
      again,
    )
  );
}

/**
 * Validates the active sheet. The floor's fills are the fills, before the run, of the cells it colours: one
 * record each ({"pattern":"None","color":"#FFFFFF"}, with the pattern's colour for a hatched cell).
 */
async function runValidate(fake: FakeExcel, valuesAndMerges: number) {
  const sheet = fake.sheet("計画");
  const before = new Map(sheet.fills);
  const state = fake.data.byName(STATE_SHEET_NAME);
  const stateBytes = state ? jsonSize(valuesOf(state)) : 0;
  fake.resetCounters();
  const v = await validate(ctxOf(fake), { scope: "active", asOf: ASOF });
  const syncs = [...fake.syncs];
  const floorFills = sum(
    highlightPlan(v.report.sheets.flatMap((s) => s.findings)).map((p) => {
      const at = parseAddress(p.cell)!;
      return jsonSize(fillFromProps(before.get(key(at.row, at.col))));
    }),
  );
  return {
    v,
    syncs: syncs.length,
    chunks: v.chunks[Object.keys(v.chunks)[0]] ?? 0,
    read: sum(syncs.map((s) => s.responseBytes)),
    written: sum(syncs.map((s) => s.requestBytes)),
    floor: valuesAndMerges + floorFills,
    stateBytes,
  };
}
