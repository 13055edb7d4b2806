// plan-review check prints the same with the fast reader as with ExcelJS alone
// (PLAN_REVIEW_READER=exceljs): over the fixtures, a file the fast reader leaves to ExcelJS, and a
// zip whose data is damaged, which stays "damaged"; and `summary` writes the same workbook.

import { copyFile, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readdirSync } from "node:fs";
import { FIXTURES } from "../helpers/fixtures";
import { run } from "../cli/run";
import { exceljsSheets, fastOrFallback, handBook } from "./fastReadBooks";

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "plan-review-fastread-"));
  for (const name of readdirSync(FIXTURES).filter((n) => n.endsWith(".xlsx")))
    await copyFile(join(FIXTURES, name), join(dir, name));
  // Written with prefixed element names, as the Open XML SDK does: left to ExcelJS, which cannot
  // read them either.
  const prefixed = await handBook({
    sheets: [
      {
        name: "取組",
        whole: true,
        xml: '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>取組</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>',
      },
    ],
  });
  expect(fastOrFallback(prefixed)).toBe("fallback");
  await writeFile(join(dir, "x-prefixed.xlsx"), prefixed);
  // A CDATA section: left to ExcelJS, which reads the file (without the section's text).
  const cdata = await handBook({
    sheets: [
      {
        name: "取組",
        xml: '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>取組計画</t></is></c></row><row r="2"><c r="A2" t="str"><v><![CDATA[実施]]></v></c></row></sheetData>',
      },
    ],
  });
  expect(fastOrFallback(cdata)).toBe("fallback");
  await writeFile(join(dir, "x-cdata.xlsx"), cdata);
  // The central directory is whole (the file passes as a zip) but the worksheet's data is not.
  const good = await readFile(join(FIXTURES, "goto-results.xlsx"));
  const damaged = Buffer.from(good);
  const at = damaged.indexOf("xl/worksheets/sheet1.xml") + 200;
  for (let i = at; i < at + 64; i++) damaged[i] ^= 0x5a;
  await writeFile(join(dir, "y-damaged.xlsx"), damaged);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await rm(`${dir}-out`, { recursive: true, force: true });
});

async function withReader(reader: "fast" | "exceljs", ...argv: string[]) {
  const before = process.env.PLAN_REVIEW_READER;
  if (reader === "exceljs") process.env.PLAN_REVIEW_READER = "exceljs";
  else delete process.env.PLAN_REVIEW_READER;
  try {
    return await run(...argv);
  } finally {
    if (before === undefined) delete process.env.PLAN_REVIEW_READER;
    else process.env.PLAN_REVIEW_READER = before;
  }
}

function check(reader: "fast" | "exceljs", ...extra: string[]) {
  return withReader(reader, "check", dir, "--as-of", "2014-03-31", ...extra);
}

describe("check with the fast reader", () => {
  it("prints the same JSON, messages and exit code as with ExcelJS alone", async () => {
    const fast = await check("fast", "--format", "json");
    expect(fast).toEqual(await check("exceljs", "--format", "json"));
    const files = (
      JSON.parse(fast.stdout) as { files: { file: string; error?: string; sheets?: unknown[] }[] }
    ).files;
    const byName = new Map(files.map((f) => [f.file.slice(dir.length + 1), f]));
    expect(byName.get("x-cdata.xlsx")?.error).toBeUndefined();
    expect(byName.get("x-prefixed.xlsx")?.error).toMatch(/壊れていて読めません/);
    expect(byName.get("y-damaged.xlsx")?.error).toMatch(/壊れていて読めません/);
    expect(byName.get("goto-results.xlsx")?.sheets?.length).toBeGreaterThan(0);
  });

  it("prints the same table in English as with ExcelJS alone", async () => {
    expect(await check("fast", "--lang", "en")).toEqual(await check("exceljs", "--lang", "en"));
  });

  it("writes the same summary as with ExcelJS alone", async () => {
    const sheets: unknown[] = [];
    const printed: unknown[] = [];
    for (const reader of ["fast", "exceljs"] as const) {
      // Outside the inputs' folder, so that the second run does not read the first one's summary.
      const out = join(`${dir}-out`, `summary-${reader}.xlsx`);
      const r = await withReader(reader, "summary", dir, "--out", out, "--as-of", "2014-03-31");
      printed.push({ ...r, stdout: r.stdout.replace(out, "OUT") });
      sheets.push(await exceljsSheets(await readFile(out)));
    }
    expect(printed[0]).toEqual(printed[1]);
    expect(sheets[0]).toEqual(sheets[1]);
  });
});
