// plan-review check reads every workbook of the corpus right or says, naming the file, the sheet
// and the reason, why it cannot; it finds the same items in a fixture rewritten the ways other
// writers write; and it refuses an annotated copy that ExcelJS would write damaged.

import { copyFile, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readXlsx } from "../../src/xlsx/readXlsx";
import { run } from "../cli/run";
import { FIXTURES } from "../helpers/fixtures";
import { cellsOf } from "../helpers/snapshot";
import { bookZip, sheetZip } from "./books";
import { rewrite } from "./rewrite";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "plan-review-reader-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

interface JsonFile {
  file: string;
  error?: string;
  written?: string;
  sheets?: { name: string; layout: string; items: number; findings: { cell: string; rule: string }[] }[];
}

async function checkJson(...args: string[]): Promise<{ code: number; files: JsonFile[]; stderr: string }> {
  const r = await run("check", ...args, "--as-of", "2014-03-31", "--format", "json");
  return { code: r.code, files: (JSON.parse(r.stdout) as { files: JsonFile[] }).files, stderr: r.stderr };
}

describe("check reads what other writers write", () => {
  it("finds the same items and findings in a fixture rewritten with prefixes, without references, with inline strings", async () => {
    const original = join(dir, "a-original.xlsx");
    await copyFile(join(FIXTURES, "goto-results.xlsx"), original);
    const bytes = await readFile(original);
    const rewritten = join(dir, "b-rewritten.xlsx");
    await writeFile(
      rewritten,
      await rewrite(bytes, { prefix: true, noRefs: true, inline: true, stored: true }),
    );
    const { files } = await checkJson(dir);
    expect(files.map((f) => f.error)).toEqual([undefined, undefined]);
    expect(files[0].sheets!.some((s) => s.items > 0 && s.findings.length > 0)).toBe(true);
    expect(files[1].sheets).toEqual(files[0].sheets);
  });

  it('reads LibreOffice\'s 1904 dates (date1904="true") on the right day', async () => {
    // A plan due 2013-06-30 and not done: overdue as of 2014-03-31 only when the day is read right.
    const file = join(dir, "lo.xlsx");
    const xml = `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>取組</t></is></c><c r="B1" t="inlineStr"><is><t>期限</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>防災訓練</t></is></c><c r="B2" s="1"><v>39993</v></c></row></sheetData>`;
    await writeFile(file, sheetZip(xml, { workbookPr: ' date1904="true"', styles: [0, 14] }));
    expect(cellsOf(readXlsx(await readFile(file))[0].snapshot).B2).toEqual({ date: "2013-06-30" });
  });
});

describe("check names what it cannot read", () => {
  it("gives the file, the sheet, the cell and what to do, in Japanese and in English", async () => {
    const file = join(dir, "formula.xlsx");
    await writeFile(file, sheetZip(`<sheetData><row r="3"><c r="B3"><f>A1*2</f></c></row></sheetData>`));
    // Printed in the file's place in the output.
    const ja = await run("check", file, "--as-of", "2014-03-31");
    expect(ja.code).toBe(2);
    expect(ja.stdout).toContain(
      `\n${file}\n  シート「取組」 セル B3: 数式の計算結果が保存されていません（a formula without its calculated value; xl/worksheets/sheet1.xml） — Excel で開いて保存し直すと計算結果が保存されます\n`,
    );
    const en = await run("check", file, "--as-of", "2014-03-31", "--lang", "en");
    expect(en.stdout).toContain(
      `\n${file}\n  sheet "取組", cell B3: a formula's calculated value is not stored in the file (a formula without its calculated value; xl/worksheets/sheet1.xml) — open it in Excel and save it again, which stores the values\n`,
    );
  });

  it("reports a damaged sheet and still checks the other files, never an empty sheet with exit 0", async () => {
    const good = join(dir, "a-good.xlsx");
    await copyFile(join(FIXTURES, "goto-results.xlsx"), good);
    const damaged = Buffer.from(await readFile(good));
    // The central directory is whole (the file passes as a zip) but the worksheet's data is not.
    const at = damaged.indexOf("xl/worksheets/sheet1.xml") + 200;
    for (let i = at; i < at + 64; i++) damaged[i] ^= 0x5a;
    await writeFile(join(dir, "b-damaged.xlsx"), damaged);
    const cdata = sheetZip(
      `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t><![CDATA[取組]]></t></is></c></row><row r="2"><c r="A2" t="str"><f>1</f><v><![CDATA[実施]]></v></c></row></sheetData>`,
    );
    await writeFile(join(dir, "c-cdata.xlsx"), cdata);
    const { code, files } = await checkJson(dir);
    expect(code).toBe(2);
    expect(files.map((f) => [f.file.slice(dir.length + 1), f.error === undefined])).toEqual([
      ["a-good.xlsx", true],
      ["b-damaged.xlsx", false],
      ["c-cdata.xlsx", true],
    ]);
    expect(files[1].error).toMatch(/zip として壊れているか.*xl\/worksheets\/sheet1\.xml/);
    expect(cellsOf(readXlsx(cdata)[0].snapshot)).toEqual({ A1: "取組", A2: "実施" });
  });
});

describe("check --out refuses a copy ExcelJS would write damaged", () => {
  it("writes the copy of a workbook ExcelJS keeps whole", async () => {
    const file = join(dir, "plan.xlsx");
    await copyFile(join(FIXTURES, "kumamoto-progress.xlsx"), file);
    const out = join(dir, "out");
    const { files } = await checkJson(file, "--out", out);
    expect(files[0].error).toBeUndefined();
    expect(files[0].written).toBe(join(out, "plan.checked.xlsx"));
  });

  it("refuses the copy of a workbook whose sheet name ExcelJS changes, and says which", async () => {
    // The sheet's name is "R&amp;D" (its attribute spells the & as &amp;): ExcelJS decodes it twice.
    const file = join(dir, "names.xlsx");
    await writeFile(
      file,
      bookZip({
        sheets: [{ name: "R&amp;D", xml: `<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>` }],
      }),
    );
    const out = join(dir, "out");
    const r = await run("check", file, "--as-of", "2014-03-31", "--out", out);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain(
      `\n${file}\n  注釈付きコピーは書き出しません: ExcelJS で書き出すとシート「R&amp;D」がなくなるため`,
    );
    expect(await readdir(out).catch(() => [])).toEqual([]);
  });

  it("refuses the copy of a workbook whose 1904 dates ExcelJS would move by four years", async () => {
    const file = join(dir, "lo.xlsx");
    const xml = `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>期限</t></is></c></row><row r="2"><c r="A2" s="1"><v>39993</v></c></row></sheetData>`;
    await writeFile(file, sheetZip(xml, { workbookPr: ' date1904="true"', styles: [0, 14] }));
    const out = join(dir, "out");
    const r = await run("check", file, "--as-of", "2014-03-31", "--out", out, "--lang", "en");
    expect(r.code).toBe(2);
    expect(r.stdout).toContain(
      `\n${file}\n  the annotated copy is not written: written through ExcelJS, cell A2 of sheet "取組" would change from "2013-06-30" to "2009-06-29"`,
    );
    expect(await readdir(out).catch(() => [])).toEqual([]);
  });
});
