// 「ブックを集める」 in the fake Excel: 30 department workbooks read as the pane reads them (the
// browser reader), written as a 取りまとめ sheet holding every item once, the list of files and
// summary sheets equal to `plan-review summary`'s over the same files; regenerating replaces only
// the sheets collecting wrote.

import { readFileSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { COLLECTED_FILES_SHEET, COLLECTED_SHEET, SUMMARY_SHEETS } from "../../src/core/summary/labels";
import type { CellValue } from "../../src/core/types";
import { checkSheets } from "../../src/xlsx/checkSheets";
import type { FileProgress } from "../../src/xlsx/collectFiles";
import { readXlsx } from "../../src/xlsx/readXlsx";
import { run } from "../cli/run";
import { FakeExcel, PAYLOAD_LIMIT } from "../fake-excel";
import type { SheetData } from "../fake-excel/model";
import { departmentBook } from "../helpers/departmentBooks";
import { FIXTURES } from "../helpers/fixtures";
import { fakeService } from "../taskpane/fakeService";

const AS_OF = "2014-03-31";
const BOOKS = 30;

let dir: string;
const names = Array.from({ length: BOOKS }, (_, i) => `課${String(i + 1).padStart(2, "0")}.xlsx`);
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "plan-review-collect-pane-"));
  for (const [i, name] of names.entries()) await writeFile(join(dir, name), await departmentBook(40 + i));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The open workbook: a person's sheets, one named as collecting names its own, and a review day. */
async function openWorkbook(): Promise<FakeExcel> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("メモ").getCell("A1").value = "集める前のメモ";
  wb.addWorksheet(COLLECTED_SHEET).getCell("A1").value = "担当者の取りまとめ";
  const fake = FakeExcel.fromWorkbook(wb);
  const service = fakeService(fake);
  await service.saveSettings({ ...(await service.loadSettings()), asOf: AS_OF });
  return fake;
}

const picked = (files: string[]) =>
  files.map((name) => ({ name, bytes: async () => new Uint8Array(readFileSync(join(dir, name))) }));

/** The rows of a sheet that hold something, each as its values (empty cells null, trailing ones dropped). */
function rowsOf(rows: Iterable<[number, readonly (CellValue | undefined)[]]>): (CellValue | null)[][] {
  return [...rows]
    .sort(([a], [b]) => a - b)
    .map(([, row]) => {
      // The file writer shows a rate it cannot compute as "－"; Excel leaves the cell empty.
      const out = Array.from(row, (v) => (v === undefined || v === "" || v === "－" ? null : v));
      while (out.length && out[out.length - 1] === null) out.pop();
      return out;
    })
    .filter((r) => r.length > 0);
}

const fakeRows = (s: SheetData) => rowsOf(s.rows.entries());

test("30 workbooks: every item on the 取りまとめ once, the summary equal to plan-review summary's", async () => {
  const fake = await openWorkbook();
  const service = fakeService(fake);
  const seen: FileProgress[] = [];
  fake.resetCounters();
  const out = await service.collectBooks(picked(names), (p) => seen.push(p));
  // Chunked within Office's request limit.
  expect(fake.syncs.every((s) => s.requestBytes <= PAYLOAD_LIMIT)).toBe(true);
  expect(out.files.map((f) => f.error)).toEqual(names.map(() => undefined));
  for (const name of names)
    expect(seen.filter((p) => p.file === name).map((p) => p.stage)).toEqual(["reading", "checking", "done"]);

  // The person's sheets are untouched; collecting's sheet took a free name beside theirs.
  expect(fake.sheet("メモ").get(1, 1)).toBe("集める前のメモ");
  expect(fake.sheet(COLLECTED_SHEET).get(1, 1)).toBe("担当者の取りまとめ");
  const collectedName = out.sheets[0];
  expect(collectedName).toBe(`${COLLECTED_SHEET} (2)`);

  // Every item of every file, once: (file, sheet, first cell) read back from the written sheet.
  const written = fakeRows(fake.sheet(collectedName));
  const header = written.findIndex((r) => r[0] === "ファイル");
  const cols = written[header] as string[];
  const [file, sheet, cell] = ["ファイル", "シート", "セル"].map((h) => cols.indexOf(h));
  const keys = written.slice(header + 1).map((r) => `${r[file]}|${r[sheet]}|${r[cell]}`);
  const expected = names.flatMap((name) => {
    const report = checkSheets(readXlsx(readFileSync(join(dir, name))), {
      asOf: AS_OF,
      defaultAsOf: AS_OF,
    }).report;
    return report.sheets.flatMap((s) => s.items.map((i) => `${name}|${s.name}|${i.range.split(":")[0]}`));
  });
  expect(keys.length).toBe(expected.length);
  expect(new Set(keys).size).toBe(keys.length);
  expect([...keys].sort()).toEqual([...expected].sort());
  expect(out.files.reduce((n, f) => n + (f.items ?? 0), 0)).toBe(expected.length);

  // The summary sheets hold what plan-review summary writes over the same files (by file name).
  const summary = join(dir, "..", `summary-${process.pid}.xlsx`);
  try {
    expect(
      (await run("summary", ...names.map((n) => join(dir, n)), "--as-of", AS_OF, "--out", summary)).code,
    ).toBe(0);
    const cli = readXlsx(readFileSync(summary));
    // Every summary sheet summary wrote (指標の達成状況 only where indicators are graded).
    expect(cli.length).toBeGreaterThanOrEqual(5);
    expect(cli.every((s) => (Object.values(SUMMARY_SHEETS) as string[]).includes(s.snapshot.name))).toBe(
      true,
    );
    for (const { snapshot: snap } of cli) {
      const name = snap.name;
      // The command names files by their paths; the pane by their names.
      const byRow: [number, CellValue[]][] = [];
      snap.values.forEach((r, i) =>
        byRow.push([
          i,
          Array.from(r, (v) => (typeof v === "string" && v.startsWith(dir) ? v.slice(dir.length + 1) : v)),
        ]),
      );
      const rows = rowsOf(byRow);
      expect({ name, rows: fakeRows(fake.sheet(name)) }).toEqual({ name, rows });
    }
  } finally {
    await rm(summary, { force: true });
  }
  // The list of files: one row per file, with its item count.
  const list = fakeRows(fake.sheet(COLLECTED_FILES_SHEET));
  expect(list.filter((r) => names.includes(String(r[0])))).toHaveLength(BOOKS);
});

test("a file that cannot be read is listed with its reason and the others are collected; regenerating replaces only collecting's sheets", async () => {
  const fake = await openWorkbook();
  const service = fakeService(fake);
  const broken = { name: "壊れた.xlsx", bytes: async () => new TextEncoder().encode("not a workbook") };
  const first = await service.collectBooks([...picked(names.slice(0, 3)), broken], () => undefined);
  expect(first.files.map((f) => f.file)).toEqual([...names.slice(0, 3), "壊れた.xlsx"]);
  expect(first.files[3].error).toMatch(/zip.*Excel/);
  expect(first.files.slice(0, 3).every((f) => (f.items ?? 0) > 0)).toBe(true);
  const list = fakeRows(fake.sheet(COLLECTED_FILES_SHEET));
  expect(list.find((r) => r[0] === "壊れた.xlsx")).toEqual([
    "壊れた.xlsx",
    "読めません",
    ...Array(5).fill(null),
    first.files[3].error,
  ]);

  const before = fake.data.sheets.map((s) => s.name);
  const second = await service.collectBooks(picked(names.slice(3, 5)), () => undefined);
  expect(second.sheets).toEqual(first.sheets);
  expect(fake.data.sheets.map((s) => s.name).sort()).toEqual([...before].sort());
  expect(fake.sheet(COLLECTED_SHEET).get(1, 1)).toBe("担当者の取りまとめ");
  const items = fakeRows(fake.sheet(second.sheets[0]));
  expect(items.some((r) => r[0] === names[0])).toBe(false);
  expect(items.some((r) => r[0] === names[3])).toBe(true);
});

test("collecting again drops its own 取りまとめ_2 of a layout the new files no longer have, never a person's sheet", async () => {
  const fake = await openWorkbook();
  const service = fakeService(fake);
  const other = {
    name: "goto-results.xlsx",
    bytes: async () => new Uint8Array(readFileSync(join(FIXTURES, "goto-results.xlsx"))),
  };
  const first = await service.collectBooks([...picked(names.slice(0, 2)), other], () => undefined);
  expect(first.sheets.slice(0, 2)).toEqual([`${COLLECTED_SHEET} (2)`, `${COLLECTED_SHEET}_2`]);
  const second = await service.collectBooks(picked(names.slice(0, 2)), () => undefined);
  expect(second.sheets[0]).toBe(`${COLLECTED_SHEET} (2)`);
  const left = fake.data.sheets.map((s) => s.name);
  expect(left).not.toContain(`${COLLECTED_SHEET}_2`);
  expect(left).toEqual(expect.arrayContaining(["メモ", COLLECTED_SHEET]));
  expect(fake.sheet(COLLECTED_SHEET).get(1, 1)).toBe("担当者の取りまとめ");
});
