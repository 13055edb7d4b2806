// The browser edge reads every workbook as the command's reader does, with the platform's
// DecompressionStream and with fflate, and fails with the same error where the command fails.

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import {
  fflateInflate,
  hasNativeDeflateRaw,
  nativeInflate,
  readXlsxInBrowser,
  type AsyncInflate,
} from "../../src/xlsx/readInBrowser";
import { readXlsx, XlsxReadError } from "../../src/xlsx/readXlsx";
import { FIXTURES } from "../helpers/fixtures";
import { ZipArchive } from "../../src/xlsx/reader/zip";
import { bookZip, sheetZip } from "./books";

const files = readdirSync(FIXTURES)
  .filter((n) => n.endsWith(".xlsx"))
  .sort();

const inflaters: [string, AsyncInflate][] = [
  ["DecompressionStream", nativeInflate],
  ["fflate", fflateInflate],
];

test("the platform (Node 20+) has DecompressionStream('deflate-raw'), the pane's default", () => {
  expect(hasNativeDeflateRaw()).toBe(true);
});

describe.each(inflaters)("with %s", (_name, inflate) => {
  test.each(files)("%s reads as readXlsx reads it", async (file) => {
    const bytes = new Uint8Array(readFileSync(join(FIXTURES, file)));
    const sheets = await readXlsxInBrowser(bytes, inflate);
    expect(sheets.length).toBeGreaterThan(0);
    expect(sheets).toEqual(readXlsx(bytes));
  });

  test.each([false, true])("a workbook of entries stored (%s) or deflated", async (stored) => {
    const xml = `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>取組</t></is></c><c r="B1"><v>3</v></c></row></sheetData>`;
    const bytes = new Uint8Array(sheetZip(xml, { stored }));
    const sheets = await readXlsxInBrowser(bytes, inflate);
    expect(sheets[0].snapshot.values).toEqual([["取組", 3]]);
    expect(sheets).toEqual(readXlsx(bytes));
  });

  test("damaged compressed data is the reader's error, naming the part", async () => {
    const bytes = new Uint8Array(readFileSync(join(FIXTURES, files[0])));
    // Overwrite the middle of the first worksheet's deflated data.
    const zip = new ZipArchive(bytes);
    const raw = zip.raw(zip.entry("xl/worksheets/sheet1.xml")!);
    bytes.fill(0xff, raw.byteOffset + 4, raw.byteOffset + Math.min(40, raw.length - 1));
    let sync: unknown;
    try {
      readXlsx(bytes);
    } catch (e) {
      sync = e;
    }
    expect(sync).toBeInstanceOf(XlsxReadError);
    expect((sync as Error).message).toContain("sheet1.xml");
    await expect(readXlsxInBrowser(bytes, inflate)).rejects.toThrow((sync as Error).message);
  });
});

test("a file that is no zip at all fails as readXlsx fails", async () => {
  const bytes = new TextEncoder().encode("取組,担当課\n");
  expect(() => readXlsx(bytes)).toThrow(XlsxReadError);
  await expect(readXlsxInBrowser(bytes)).rejects.toThrow(XlsxReadError);
});

test("a workbook written part by part reads the same", async () => {
  const bytes = new Uint8Array(
    bookZip({
      sheets: [{ name: "計画", xml: `<sheetData><row r="2"><c r="B2"><v>3</v></c></row></sheetData>` }],
    }),
  );
  expect(await readXlsxInBrowser(bytes)).toEqual(readXlsx(bytes));
});
