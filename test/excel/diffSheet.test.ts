// 「前年度と比較」 in the fake Excel: last year's workbook read as the pane reads it (the browser
// reader), this year's as the open workbook; the 前年度比較 sheet lists every change with a link into
// this workbook and one to last year's file; regenerating replaces only that sheet.

import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { compareWorkbooks } from "../../src/core/diff/compare";
import { DIFF_SHEET, DIFF_TITLE } from "../../src/core/summary/labels";
import { FakeExcel } from "../fake-excel";
import { keyCol, keyRow, type SheetData } from "../fake-excel/model";
import { LAST, LAST_AS_OF, planSheet, THIS_AS_OF, thisYear } from "../helpers/diffBooks";
import { buildWorkbook, checkBuilt } from "../helpers/workbook";
import { run } from "../cli/run";
import { fakeService } from "../taskpane/fakeService";

/** This year's workbook open in Excel, with a person's sheet beside the plan. */
async function openWorkbook(): Promise<FakeExcel> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await buildWorkbook([planSheet(thisYear())])) as unknown as ArrayBuffer);
  wb.addWorksheet("メモ").getCell("A1").value = "比較の前のメモ";
  const fake = FakeExcel.fromWorkbook(wb);
  const service = fakeService(fake);
  await service.saveSettings({ ...(await service.loadSettings()), asOf: THIS_AS_OF });
  return fake;
}

const lastFile = async () => {
  const bytes = new Uint8Array(await buildWorkbook([planSheet(LAST)]));
  return { name: "令和6年度.xlsx", bytes: async () => bytes };
};

/** The engine's own comparison of the same pair: what the sheet must list. */
async function expected() {
  const l = await checkBuilt([planSheet(LAST)], { asOf: LAST_AS_OF });
  const t = await checkBuilt([planSheet(thisYear())], { asOf: THIS_AS_OF });
  return compareWorkbooks(l, t).findings;
}

function links(s: SheetData): { row: number; col: number; target: string }[] {
  return [...s.links].map(([k, target]) => ({ row: keyRow(k), col: keyCol(k), target }));
}

test("the 前年度比較 sheet lists each change once, linking to this workbook's cell and last year's", async () => {
  const fake = await openWorkbook();
  const service = fakeService(fake);
  const out = await service.compareWithLast(await lastFile());
  const want = await expected();
  expect(out.diff.findings.map((f) => [f.rule, f.book, f.cell])).toEqual(
    want.map((f) => [f.rule, f.book, f.cell]),
  );
  expect(out.sheet).toBe(DIFF_SHEET);
  const sheet = fake.data.byName(DIFF_SHEET)!;
  expect(sheet.customProperties.get("PlanReview.generated")).toBe("summary");
  expect(sheet.get(1, 1)).toBe(DIFF_TITLE.ja);
  // One row per finding, its message in the row.
  const messages = [...sheet.rows.values()].flatMap((r) => r.filter((v) => typeof v === "string"));
  for (const f of want) expect(messages).toContain(f.message);
  const targets = links(sheet).map((l) => l.target);
  const inThis = want.filter((f) => f.book === "this").map((f) => `'実施計画'!${f.cell}`);
  const inLast = want
    .map((f) => (f.book === "last" ? f.cell : f.last?.cell))
    .filter((c) => c !== undefined)
    .map((c) => `令和6年度.xlsx#'実施計画'!${c}`);
  expect(targets.sort()).toEqual([...inThis, ...inLast].sort());
  // Each link sits on the row of its finding: this workbook's cell and last year's side by side.
  const byRow = new Map<number, string[]>();
  for (const l of links(sheet)) byRow.set(l.row, [...(byRow.get(l.row) ?? []), l.target]);
  expect(byRow.size).toBe(want.length);
});

test("comparing again replaces only the 前年度比較 sheet; a person's sheets stay as they were", async () => {
  const fake = await openWorkbook();
  const service = fakeService(fake);
  const first = await service.compareWithLast(await lastFile());
  const before = fake.data.sheets.map((s) => s.name);
  const plan = [...fake.data.byName("実施計画")!.rows.entries()];
  const again = await service.compareWithLast(await lastFile());
  // The sheet written the first time is the add-in's own: never read as a plan.
  expect(again.diff.findings).toEqual(first.diff.findings);
  expect(fake.data.sheets.map((s) => s.name)).toEqual(before);
  expect(before).toEqual(expect.arrayContaining(["実施計画", "メモ", DIFF_SHEET]));
  expect(fake.data.byName("メモ")!.get(1, 1)).toBe("比較の前のメモ");
  expect([...fake.data.byName("実施計画")!.rows.entries()]).toEqual(plan);
});

test("a person's sheet named 前年度比較 is kept; the comparison takes another name", async () => {
  const fake = await openWorkbook();
  const service = fakeService(fake);
  const ctxSheet = fake.data.addSheet(DIFF_SHEET);
  ctxSheet.set(1, 1, "担当者のメモ");
  const out = await service.compareWithLast(await lastFile());
  expect(out.sheet).toBe(`${DIFF_SHEET} (2)`);
  expect(fake.data.byName(DIFF_SHEET)!.get(1, 1)).toBe("担当者のメモ");
});

test("a file that is not a workbook is refused with its name and what to do", async () => {
  const fake = await openWorkbook();
  const service = fakeService(fake);
  const bytes = new TextEncoder().encode("not a workbook");
  await expect(
    service.compareWithLast({ name: "メモ.xlsx", bytes: async () => bytes }),
  ).rejects.toMatchObject({
    messages: { ja: expect.stringContaining("メモ.xlsx: ") },
  });
  expect(fake.data.byName(DIFF_SHEET)).toBeUndefined();
});

test("the command compares the workbook the pane wrote into the same way, and replaces the pane's sheet", async () => {
  const fake = await openWorkbook();
  const service = fakeService(fake);
  const inPane = await service.compareWithLast(await lastFile());
  const dir = await mkdtemp(join(tmpdir(), "plan-review-diff-pane-"));
  try {
    const last = join(dir, "last.xlsx");
    const now = join(dir, "this.xlsx");
    await writeFile(last, await buildWorkbook([planSheet(LAST)]));
    await writeFile(now, await fake.save());
    const out = join(dir, "diff.xlsx");
    const r = await run("diff", last, now, "--format", "json", "--out", out);
    expect(r.stderr).toBe("");
    const doc = JSON.parse(r.stdout) as { findings: { rule: string; cell: string; message: string }[] };
    expect(doc.findings.map((f) => [f.rule, f.cell, f.message])).toEqual(
      inPane.diff.findings.map((f) => [f.rule, f.cell, f.message]),
    );
    const written = new ExcelJS.Workbook();
    await written.xlsx.readFile(out);
    expect(written.worksheets.filter((w) => w.name.startsWith(DIFF_SHEET)).map((w) => w.name)).toEqual([
      DIFF_SHEET,
    ]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
