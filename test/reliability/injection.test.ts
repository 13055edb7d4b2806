// Item texts that look like formulas (= + - @, HYPERLINK, DDE) are copied into the summaries as text:
// the command line's annotated copy and summary workbook, and the add-in's summary sheets, read back —
// no formula anywhere, and each text is there as written.

import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { summaryTables } from "../../src/core/summary/build";
import * as layer from "../../src/excel";
import { run } from "../cli/run";
import { ctxOf, excelJSOf } from "../excel/workbooks";
import { FakeExcel } from "../fake-excel";
import { writeFigures } from "./figures";

const AS_OF = "2014-03-31";

/** Item titles as a person (or a hostile file) may write them. */
const INJECTIONS = [
  '=HYPERLINK("http://example.invalid","x")',
  "=cmd|' /C calc'!A0",
  "+SUM(1,2)",
  "-2+3 の取組",
  "@SUM(A1:A2)",
  "=1+1",
];
const POLICIES = ["=協働の推進", "+参画", "-人づくり", "@情報共有"];

/**
 * 分野 | 取組内容 | 担当課 | H24 | H25 (計画, 実績) | 実施結果: each item's H25 result is 未実施, so every
 * title reaches the flagged list and the year-end results, and every policy the per-policy table.
 */
async function hostileBook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("取組計画");
  ws.addRow(["取組計画（平成25年度実績）"]);
  ws.addRow(["分野", "取組内容", "担当課", "H24", "H25", null, "実施結果"]);
  ws.addRow([null, null, null, "計画", "計画", "実績", null]);
  INJECTIONS.forEach((title, i) =>
    ws.addRow([POLICIES[i % POLICIES.length], title, "市民協働課", "検討", "実施", "未実施", "=未実施"]),
  );
  for (const m of ["A2:A3", "B2:B3", "C2:C3", "E2:F2", "G2:G3"]) ws.mergeCells(m);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const tally = { workbooks: 0, cells: 0, formulas: [] as string[], textsFound: 0 };

/** Every cell of every sheet: none a formula; returns the string values. */
function stringsOf(wb: ExcelJS.Workbook, label: string): Set<string> {
  tally.workbooks++;
  const out = new Set<string>();
  for (const ws of wb.worksheets)
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        tally.cells++;
        if (cell.type === ExcelJS.ValueType.Formula || cell.formula)
          tally.formulas.push(`${label} ${ws.name}!${cell.address}`);
        const v = cell.value;
        if (typeof v === "string") out.add(v);
        else if (v && typeof v === "object" && "text" in v && typeof v.text === "string") out.add(v.text);
      }),
    );
  return out;
}

function expectAllCopiedAsText(strings: Set<string>): void {
  for (const t of [...INJECTIONS, ...POLICIES]) {
    expect([t, strings.has(t)]).toEqual([t, true]);
    tally.textsFound++;
  }
}

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "plan-review-inject-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});
afterAll(() => writeFigures("injection", tally));

test("command line: the annotated copy and the summary workbook hold the texts as text, no formula", async () => {
  const input = join(dir, "plan.xlsx");
  await writeFile(input, await hostileBook());
  const out = join(dir, "out");
  const check = await run("check", input, "--as-of", AS_OF, "--out", out);
  expect(check.code).toBe(1);
  const copy = await excelJSOf(join(out, "plan.checked.xlsx"));
  // The summary sheets of the copy, and the person's own sheet as it was.
  expect(copy.worksheets.map((w) => w.name)).toContain("未実施・期限超過一覧");
  expectAllCopiedAsText(stringsOf(copy, "copy"));
  const summary = join(dir, "summary.xlsx");
  expect((await run("summary", input, "--as-of", AS_OF, "--out", summary)).code).toBe(0);
  const wb = await excelJSOf(summary);
  const strings = stringsOf(wb, "summary");
  expectAllCopiedAsText(strings);
  expect(tally.formulas).toEqual([]);
});

test("add-in: summary sheets hold the texts as text (number format @), also after save and reopen", async () => {
  const fake = await FakeExcel.fromFile(await hostileBook());
  const { report } = await layer.validate(ctxOf(fake), { scope: "all", asOf: AS_OF });
  const tables = summaryTables([{ report }], { lang: "ja" });
  const { sheets } = await layer.writeSummarySheets(ctxOf(fake), tables);
  expect(sheets.length).toBeGreaterThanOrEqual(3);
  const written = new Set<string>();
  for (const name of sheets) {
    const s = fake.sheet(name);
    expect([name, [...s.formulas.keys()]]).toEqual([name, []]);
    for (const [r, cells] of s.rows)
      cells.forEach((v, i) => {
        if (typeof v !== "string") return;
        written.add(v);
        // Text that looks like a formula stays text when a person edits the cell: it has the text format.
        if (/^[=+\-@]/.test(v))
          expect([name, r, i + 1, s.numberFormat(r, i + 1)]).toEqual([name, r, i + 1, "@"]);
      });
  }
  expectAllCopiedAsText(written);
  expect(fake.data.sheets.filter((s) => s.formulas.size > 0).map((s) => s.name)).toEqual([]);
  expectAllCopiedAsText(stringsOf(await excelJSOf(await fake.save()), "add-in"));
  expect(tally.formulas).toEqual([]);
});
