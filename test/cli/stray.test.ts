// A stray value far from the data (XFD1048576) costs nothing: the command reads and checks the
// workbook as if the empty rectangle were not there. How fast and how small: `npm run bench --
// stray` (docs/performance.md); here, that the results are right.

import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { loadWorkbook } from "../../src/xlsx/read";
import { readXlsx } from "../../src/xlsx/readXlsx";
import { FIXTURES } from "../helpers/fixtures";
import { cellsOf } from "../helpers/snapshot";
import { run } from "./run";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "plan-review-stray-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

interface JsonSheet {
  name: string;
  layout: string;
  items: number;
  findings: unknown[];
}

async function check(file: string): Promise<{ code: number; sheets: JsonSheet[] }> {
  const r = await run("check", file, "--as-of", "2014-03-31", "--format", "json");
  const json = JSON.parse(r.stdout) as { files: { error?: string; sheets: JsonSheet[] }[] };
  expect(json.files[0].error).toBeUndefined();
  return { code: r.code, sheets: json.files[0].sheets };
}

it("reads and checks a workbook with one value in A1 and one in XFD1048576", async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("取組");
  ws.getCell("A1").value = "取組一覧";
  ws.getCell("XFD1048576").value = 1;
  const file = join(dir, "stray.xlsx");
  await writeFile(file, Buffer.from(await wb.xlsx.writeBuffer()));
  const [sheet] = readXlsx(await readFile(file));
  expect(cellsOf(sheet.snapshot)).toEqual({ A1: "取組一覧", XFD1048576: 1 });
  // Two rows, not a million: the rows between are holes.
  expect(Object.keys(sheet.snapshot.values)).toEqual(["0", "1048575"]);
  expect(await check(file)).toEqual({
    code: 0,
    sheets: [{ name: "取組", layout: "none", items: 0, findings: [], policies: [] }],
  });
});

it("finds the same findings in a plan sheet with a stray value at XFD1048576 as without it", async () => {
  const plain = join(FIXTURES, "goto-results.xlsx");
  const wb = await loadWorkbook(await readFile(plain));
  wb.worksheets[0].getCell("XFD1048576").value = "メモ";
  const file = join(dir, "plan-stray.xlsx");
  await writeFile(file, Buffer.from(await wb.xlsx.writeBuffer()));
  const before = await check(plain);
  const after = await check(file);
  expect(before.sheets[0].findings.length).toBeGreaterThan(0);
  expect(after.sheets.map((s) => [s.name, s.layout, s.findings])).toEqual(
    before.sheets.map((s) => [s.name, s.layout, s.findings]),
  );
});
