// Random sheets written by ExcelJS read back to the values written — and so do their rewrites into
// what other writers produce: prefixed element names, rows and cells without references, inline
// strings, stored entries (rewrite.ts). The values expected are worked out here from what was
// written, not from another reader.

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import fc from "fast-check";
import type { CellValue } from "../../src/core/types";
import { loadWorkbook, workbookSheets } from "../../src/xlsx/read";
import { readXlsx } from "../../src/xlsx/readXlsx";
import { FIXTURES } from "../helpers/fixtures";
import { cellsOf } from "../helpers/snapshot";
import { rewrite, type Rewrite } from "./rewrite";

const REWRITES: Rewrite[] = [
  {},
  { prefix: true },
  { noRefs: true },
  { inline: true },
  { stored: true },
  { prefix: true, noRefs: true, inline: true, stored: true },
];

async function written(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Reads the workbook and each of its rewrites: all must give `expected` (sheet name → cells). */
async function expectEveryRewrite(
  bytes: Buffer,
  expected: Record<string, Record<string, unknown>>,
): Promise<void> {
  for (const how of REWRITES) {
    const sheets = readXlsx(await rewrite(bytes, how));
    expect([how, Object.fromEntries(sheets.map((s) => [s.snapshot.name, cellsOf(s.snapshot)]))]).toEqual([
      how,
      expected,
    ]);
  }
}

const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

describe("workbooks ExcelJS writes", () => {
  it("read every kind of value as written, in every rewrite", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("値");
    const cells: [string, ExcelJS.CellValue, string?][] = [
      ["A1", { richText: [{ text: "取組" }, { font: { bold: true }, text: "内容" }] }],
      ["A2", { text: "市のサイト", hyperlink: "http://example.invalid/" }],
      ["A3", { formula: "1+1", result: 2 }],
      ["A4", { formula: '"a"&"b"', result: "ab" }],
      ["A5", { formula: "1=2", result: false }],
      ["A6", { formula: "1/0", result: { error: "#DIV/0!" } }],
      ["A7", { formula: "1-1", result: 0 }],
      ["A8", { error: "#REF!" }],
      ["A9", true],
      ["A10", false],
      ["A11", day(2014, 3, 31), "yyyy/m/d"],
      ["A12", day(2013, 4, 1), "mm-dd-yy"],
      ["A13", day(2019, 5, 1), '[$-411]ggge"年"m"月"d"日"'],
      ["A14", 0.5, "0.00%"],
      ["A15", ""],
      ["A16", { formula: "DATE(2014,3,31)", result: day(2014, 3, 31) }, "yyyy-mm-dd"],
      ["A17", 0.75, "h:mm"],
      ["A18", 41729, '"日"0'],
      ["B1", { formula: "A3*2", result: 4 }],
      ["B2", { sharedFormula: "B1", result: 6 } as ExcelJS.CellSharedFormulaValue],
      ["C1", "a&b<c>\"'"],
      ["C2", "  前後に空白  "],
      ["C3", "1行\n2行"],
      ["C5", "=SUM(A1:A2)"],
      ["D1", 1e21],
      ["D2", -0.000001],
      ["E1", "結合の左上"],
      ["F2", "結合に隠れた値"],
    ];
    for (const [at, value, format] of cells) {
      ws.getCell(at).value = value;
      if (format) ws.getCell(at).numFmt = format;
    }
    ws.mergeCells("E1:F2");
    ws.mergeCells("H5:J5");
    wb.addWorksheet("隠し", { state: "hidden" }).getCell("A1").value = "h";
    wb.addWorksheet("空");
    const d = (iso: string) => ({ date: iso });
    await expectEveryRewrite(await written(wb), {
      値: {
        A1: "取組内容",
        A2: "市のサイト",
        A3: 2,
        A4: "ab",
        A5: false,
        A6: "#DIV/0!",
        A7: 0,
        A8: "#REF!",
        A9: true,
        A10: false,
        A11: d("2014-03-31"),
        A12: d("2013-04-01"),
        A13: d("2019-05-01"),
        A14: 0.5,
        A16: d("2014-03-31"),
        A17: 0.75,
        A18: 41729,
        B1: 4,
        B2: 6,
        C1: "a&b<c>\"'",
        C2: "  前後に空白  ",
        C3: "1行\n2行",
        C5: "=SUM(A1:A2)",
        D1: 1e21,
        D2: -0.000001,
        E1: "結合の左上",
      },
      隠し: { A1: "h" },
      空: {},
    });
  });

  it("read random sheets as written, in every rewrite (property)", async () => {
    // Text without carriage returns (XML reads "\r\n" as "\n"), control characters (XML has no
    // place for them; ExcelJS writes them raw) or "_x" (ExcelJS does not escape it as the standard
    // asks): the corpus tests cover those.
    const text = fc.oneof(
      fc
        .string({ unit: "grapheme", maxLength: 12 })
        // eslint-disable-next-line no-control-regex -- these characters are what the pattern is for
        .filter((s) => !/[\u0000-\u0008\u000b-\u001f\r]|_x/i.test(s)),
      fc.constantFrom("", " ", "&amp;", "a\nb", "\t", "=1+1", "<x>", "取組", "①", "𠮷"),
    );
    const kind = fc.oneof(
      text.map((t) => ({ value: t as ExcelJS.CellValue, expect: t === "" ? undefined : (t as CellValue) })),
      fc
        .double({ noNaN: true, noDefaultInfinity: true })
        .map((n) => ({ value: n as ExcelJS.CellValue, expect: (Object.is(n, -0) ? 0 : n) as CellValue })),
      fc.boolean().map((b) => ({ value: b as ExcelJS.CellValue, expect: b as CellValue })),
      fc
        // From 1904 on: the 1904 date system shows no day before it.
        .date({ min: day(1904, 1, 2), max: day(2099, 12, 31), noInvalidDate: true })
        .map((dt) => ({
          value: dt as ExcelJS.CellValue,
          format: "yyyy/m/d",
          expect: { date: dt.toISOString().slice(0, 10) } as CellValue,
        })),
      fc.array(text, { minLength: 1, maxLength: 3 }).map((ts) => ({
        value: { richText: ts.map((t) => ({ text: t })) } as ExcelJS.CellValue,
        expect: (ts.join("") || undefined) as CellValue | undefined,
      })),
      fc.oneof(fc.integer({ min: -1000, max: 1000 }), fc.boolean(), text).map((r) => ({
        value: { formula: "A1", result: r } as ExcelJS.CellValue,
        expect: (r === "" ? undefined : r) as CellValue | undefined,
      })),
      // Not empty: ExcelJS writes a hyperlink without text as the JSON of its value.
      text
        .filter((t) => t !== "")
        .map((t) => ({
          value: { text: t, hyperlink: "http://example.invalid/" } as ExcelJS.CellValue,
          expect: t as CellValue,
        })),
    );
    const cell = fc.record({
      row: fc.integer({ min: 1, max: 30 }),
      col: fc.integer({ min: 1, max: 12 }),
      kind,
    });
    const merge = fc.record({ row: fc.integer({ min: 1, max: 30 }), height: fc.nat(2), width: fc.nat(2) });
    await fc.assert(
      fc.asyncProperty(
        fc.array(cell, { maxLength: 40 }),
        fc.array(merge, { maxLength: 3 }),
        fc.boolean(),
        async (cells, merges, date1904) => {
          const wb = new ExcelJS.Workbook();
          wb.properties.date1904 = date1904;
          const ws = wb.addWorksheet("表");
          const expected = new Map<string, CellValue | undefined>();
          for (const c of cells) {
            const at = ws.getCell(c.row, c.col);
            at.value = c.kind.value;
            at.numFmt = "format" in c.kind ? c.kind.format : "General";
            expected.set(at.address, c.kind.expect);
          }
          // Merges side by side in columns 14 and on, never overlapping; what they cover shows nothing.
          merges.forEach((m, i) => {
            const left = 14 + 3 * i;
            ws.getCell(m.row, left).value = `結合${i}`;
            if (m.height + m.width > 0) ws.getCell(m.row + m.height, left + m.width).value = "隠れる";
            ws.mergeCells(m.row, left, m.row + m.height, left + m.width);
            for (let r = m.row; r <= m.row + m.height; r++)
              for (let c = left; c <= left + m.width; c++)
                expected.set(ws.getCell(r, c).address, r === m.row && c === left ? `結合${i}` : undefined);
          });
          const want: Record<string, unknown> = {};
          const order = (a: string) => {
            const m = /^([A-Z]+)(\d+)$/.exec(a)!;
            return Number(m[2]) * 100 + [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
          };
          for (const a of [...expected.keys()].sort((x, y) => order(x) - order(y))) {
            const v = expected.get(a);
            if (v !== undefined && v !== null) want[a] = v;
          }
          await expectEveryRewrite(await written(wb), { 表: want });
        },
      ),
      { numRuns: 30 },
    );
  });
});

describe("the fixtures (written by Excel)", () => {
  it.each(readdirSync(FIXTURES).filter((n) => n.endsWith(".xlsx")))(
    "%s reads as ExcelJS reads it, and each rewrite the same",
    async (name) => {
      const bytes = readFileSync(join(FIXTURES, name));
      const viaExcelJS = workbookSheets(await loadWorkbook(bytes));
      const expected = Object.fromEntries(viaExcelJS.map((s) => [s.snapshot.name, cellsOf(s.snapshot)]));
      expect(Object.values(expected).some((c) => Object.keys(c).length > 0)).toBe(true);
      await expectEveryRewrite(bytes, expected);
    },
  );
});
