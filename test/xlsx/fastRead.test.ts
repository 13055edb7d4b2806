// The fast reader returns exactly what ExcelJS's reader (read.ts) returns — on every fixture, on
// workbooks ExcelJS writes with each kind of value, and on hand-made zips with what only other
// writers produce — and leaves to ExcelJS the files it cannot vouch for.

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { fastWorkbookSheets, FastReadUnsupported } from "../../src/xlsx/fastRead";
import { FIXTURES } from "../helpers/fixtures";
import { exceljsSheets, fastOrFallback, handBook, type HandBook } from "./fastReadBooks";

async function expectSame(buffer: Buffer): Promise<ReturnType<typeof fastWorkbookSheets>> {
  const fast = fastWorkbookSheets(buffer);
  expect(fast).toStrictEqual(await exceljsSheets(buffer));
  return fast;
}

async function written(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe("fastWorkbookSheets", () => {
  it.each(readdirSync(FIXTURES).filter((n) => n.endsWith(".xlsx")))(
    "reads fixture %s as ExcelJS does",
    async (name) => {
      const sheets = await expectSame(readFileSync(join(FIXTURES, name)));
      expect(sheets.some((s) => s.snapshot.values.length > 0)).toBe(true);
    },
  );

  it("reads every kind of value ExcelJS writes as ExcelJS reads it", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("値");
    const cells: [string, ExcelJS.CellValue, string?][] = [
      ["A1", { richText: [{ text: "取組" }, { font: { bold: true }, text: "内容" }] }],
      ["A2", { text: "市のサイト", hyperlink: "http://example.invalid/" }],
      ["A3", { formula: "1+1", result: 2 }],
      ["A4", { formula: '"a"&"b"', result: "ab" }],
      ["A5", { formula: "TRUE()", result: true }],
      ["A6", { formula: "1/0", result: { error: "#DIV/0!" } }],
      ["A7", { formula: "A3*2" } as ExcelJS.CellFormulaValue],
      ["A8", { error: "#REF!" }],
      ["A9", true],
      ["A10", false],
      ["A11", new Date(Date.UTC(2014, 2, 31)), "yyyy/m/d"],
      ["A12", new Date(Date.UTC(2013, 3, 1)), "mm-dd-yy"],
      ["A13", new Date(Date.UTC(2019, 4, 1)), '[$-411]ggge"年"m"月"d"日"'],
      ["A14", 0.5, "0.00%"],
      ["A15", ""],
      ["A16", { formula: "DATE(2014,3,31)", result: new Date(Date.UTC(2014, 2, 31)) }, "yyyy-mm-dd"],
      ["A17", { formula: "1/0", result: { error: "#DIV/0!" } }, "yyyy-mm-dd"],
      ["A18", 41729, '"日"0'],
      ["B1", { formula: "A3*2", result: 4 }],
      ["B2", { sharedFormula: "B1", result: 6 } as ExcelJS.CellSharedFormulaValue],
      ["C1", "a&b<c>\"'"],
      ["C2", "  前後に空白  "],
      ["C3", "1行\n2行"],
      ["C4", "_x000D_ は改行"],
      ["C5", "=SUM(A1:A2)"],
      ["D1", 1e21],
      ["D2", -0.000001],
      ["E1", "結合の左上"],
    ];
    for (const [at, value, format] of cells) {
      ws.getCell(at).value = value;
      if (format) ws.getCell(at).numFmt = format;
    }
    ws.mergeCells("E1:F2");
    ws.mergeCells("H5:J5");
    wb.addWorksheet("隠し", { state: "hidden" }).getCell("A1").value = "h";
    wb.addWorksheet("状態", { state: "veryHidden" }).getCell("B3").value = "{}";
    wb.addWorksheet("空");
    wb.addWorksheet("結合のみ").mergeCells("B2:C3");
    const sheets = await expectSame(await written(wb));
    expect(sheets.map((s) => [s.snapshot.name, s.state])).toEqual([
      ["値", "visible"],
      ["隠し", "hidden"],
      ["状態", "veryHidden"],
      ["空", "visible"],
      ["結合のみ", "visible"],
    ]);
    const v = sheets[0].snapshot.values;
    expect(v[10][0]).toEqual({ date: "2014-03-31" });
    // ExcelJS reads the Japanese era format as a date too (its letters m and d), and 日 in quotes not.
    expect(v[12][0]).toEqual({ date: "2019-05-01" });
    expect(v[17][0]).toBe(41729);
    expect(sheets[4].snapshot.values).toEqual([
      [null, null],
      [null, null],
    ]);
  });

  it("reads sheets with notes, an image, a table and data validation as ExcelJS does", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("取組");
    ws.getCell("A1").value = "取組";
    ws.getCell("A1").note = "メモ";
    ws.getCell("B2").value = { text: "リンク", hyperlink: "http://example.invalid/" };
    ws.getCell("C3").dataValidation = { type: "list", allowBlank: true, formulae: ['"実施,未実施"'] };
    // A 1×1 PNG.
    const png = Buffer.from(
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
      "base64",
    );
    ws.addImage(wb.addImage({ buffer: png, extension: "png" } as unknown as ExcelJS.Image), "D4:E6");
    ws.addTable({
      name: "一覧",
      ref: "A8",
      columns: [{ name: "取組" }, { name: "状況" }],
      rows: [
        ["広報", "実施"],
        ["研修", "未実施"],
      ],
    });
    const sheets = await expectSame(await written(wb));
    expect(sheets[0].snapshot.values[9]).toEqual(["研修", "未実施"]);
  });

  it("reads dates of a 1904 workbook as ExcelJS does", async () => {
    const wb = new ExcelJS.Workbook();
    wb.properties.date1904 = true;
    const ws = wb.addWorksheet("日付");
    ws.getCell("A1").value = new Date(Date.UTC(2014, 2, 31));
    ws.getCell("A1").numFmt = "yyyy/m/d";
    ws.getCell("A2").value = 40000;
    ws.getCell("A2").numFmt = "yyyy/m/d";
    const [sheet] = await expectSame(await written(wb));
    expect(sheet.snapshot.values[0][0]).toEqual({ date: "2014-03-31" });
  });

  it("reads random sheets written by ExcelJS as ExcelJS does (property)", async () => {
    const text = fc.oneof(
      fc.string({ unit: "grapheme", maxLength: 12 }),
      fc.string({ unit: "binary", maxLength: 6 }),
      fc.constantFrom("", " ", "_x000D_", "_x0041_", "&amp;", "a\r\nb", "\t", "=1+1", "<x>"),
    );
    const result = fc.oneof(
      fc.constantFrom(0, false, true, "", { error: "#N/A" } as ExcelJS.CellErrorValue),
      fc.double({ noNaN: true, min: -1e6, max: 1e6 }),
      text,
    );
    const value: fc.Arbitrary<ExcelJS.CellValue> = fc.oneof(
      text,
      fc.double(),
      fc.integer({ min: -5, max: 100000 }),
      fc.boolean(),
      fc.date({
        min: new Date(Date.UTC(1900, 2, 1)),
        max: new Date(Date.UTC(2100, 0, 1)),
        noInvalidDate: true,
      }),
      fc
        .array(text, { minLength: 1, maxLength: 3 })
        .map((ts) => ({ richText: ts.map((t) => ({ text: t })) })),
      result.map((r) => ({ formula: "A1", result: r }) as ExcelJS.CellFormulaValue),
      text.map((t) => ({ text: t, hyperlink: "http://example.invalid/" })),
      fc.constantFrom({ error: "#REF!" }, { error: "#DIV/0!" }) as fc.Arbitrary<ExcelJS.CellErrorValue>,
    );
    const cell = fc.record({
      row: fc.integer({ min: 1, max: 25 }),
      col: fc.integer({ min: 1, max: 10 }),
      value,
      format: fc.constantFrom(undefined, "yyyy/m/d", "0.0", "General", '[$-411]ggge"年"', '"月"0', "h:mm"),
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
          for (const c of cells) {
            const at = ws.getCell(c.row, c.col);
            at.value = c.value;
            if (c.format) at.numFmt = c.format;
          }
          // Merges side by side in columns 12 and on, so that they never overlap.
          merges.forEach((m, i) => ws.mergeCells(m.row, 12 + 3 * i, m.row + m.height, 12 + 3 * i + m.width));
          await expectSame(await written(wb));
        },
      ),
      { numRuns: 40 },
    );
  });
});

const sheet = (xml: string, extra: Partial<HandBook["sheets"][number]> = {}) => ({
  name: "取組",
  xml,
  ...extra,
});

describe("fastWorkbookSheets on hand-made workbooks", () => {
  it("leaves phonetic runs out of shared strings and decodes escapes as ExcelJS does", async () => {
    const book = await handBook({
      strings: [
        '<si><t>漢字</t><rPh sb="0" eb="2"><t>カンジ</t></rPh><phoneticPr fontId="1"/></si>',
        "<si><r><t>前</t></r><r><rPr><b/></rPr><t xml:space='preserve'> 後</t></r><rPh sb='0' eb='1'><t>マエ</t></rPh></si>",
        "<si><t>a_x000D_b &amp;lt; &#x41;&#66;</t></si>",
        "<si/>",
        "<si><t></t></si>",
      ],
      sheets: [
        sheet(
          '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c><c r="F1"><v>1</v></c></row></sheetData>',
        ),
      ],
    });
    const [s] = await expectSame(book);
    expect(s.snapshot.values).toEqual([["漢字", "前 後", "a\rb &lt; AB", null, null, 1]]);
  });

  it("reads inline strings, str results (decoded twice, as ExcelJS does) and odd but valid XML", async () => {
    const book = await handBook({
      sheets: [
        sheet(
          `<!-- a comment --><sheetData>
            <row r='2'>
              <c t='inlineStr' r='B2'><is><t>インライン_x000D_</t></is></c>
              <c r="C2" t="inlineStr"><is><r><t>リッチ_x0041_</t></r><r><t>2</t></r></is></c>
              <c r="D2" t="str"><v>&amp;lt;a&amp;gt;</v></c>
              <c r="E2" t="b"><v>1</v></c>
              <c r="F2" t="e"><v>#N/A</v></c>
              <c r="G2" t="d"><v>2020-01-02</v></c>
              <c r="H2" ><v/></c>
              <c r="I2" t="str"><f>"x"</f><v>&amp;amp;</v></c>
              <c r="J2"><f t="shared" ref="J2:J3" si="0">A1</f><v>3</v></c>
            </row>
            <row r="3"><c r="J3"><f t="shared" si="0"/><v>4</v></c></row>
          </sheetData>`,
        ),
      ],
    });
    const [s] = await expectSame(book);
    expect(s.snapshot.origin).toEqual({ row: 2, col: 2 });
    expect(s.snapshot.values[0].slice(0, 3)).toEqual(["インライン_x000D_", "リッチA2", "<a>"]);
  });

  it("reads formula results as ExcelJS's formula values keep them (0 and false are left out)", async () => {
    const rels = `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="http://example.invalid/" TargetMode="External"/></Relationships>`;
    const row = (links: string) =>
      sheet(
        `<sheetData><row r="1">
          <c r="A1"><f>0*1</f><v>0</v></c>
          <c r="B1" t="b"><f>1=2</f><v>0</v></c>
          <c r="C1"><f t="array" ref="C1"/><v>5</v></c>
          <c r="D1"><f t="shared" si="3"/><v>6</v></c>
          <c r="E1"><f t="shared" ref="E1:F1" si="3">A1</f><v>7</v></c>
          <c r="F1"><f t="shared" si="3"/><v>8</v></c>
          <c r="G1"><f>1</f><v>9</v></c>
        </row></sheetData>${links}`,
        { rels },
      );
    const [s] = await expectSame(await handBook({ sheets: [row("")] }));
    // A1–D1 hold nothing to ExcelJS: the sheet starts at E1.
    expect([s.snapshot.origin, s.snapshot.values]).toEqual([{ row: 1, col: 5 }, [[7, 8, 9]]]);
    // A hyperlink's text keeps the result: fine where it is the same value, left to ExcelJS where not.
    await expectSame(
      await handBook({ sheets: [row('<hyperlinks><hyperlink ref="G1" r:id="rId1"/></hyperlinks>')] }),
    );
    const zero = await handBook({
      sheets: [row('<hyperlinks><hyperlink ref="A1" r:id="rId1"/></hyperlinks>')],
    });
    expect(fastOrFallback(zero)).toBe("fallback");
  });

  it("places cells without a reference after the previous cell, as ExcelJS does", async () => {
    const book = await handBook({
      styles: [0, 0],
      sheets: [
        sheet(
          '<sheetData><row r="1"><c r="B1"><v>1</v></c><c><v>2</v></c><c s="1"/><c><v>4</v></c><c/><c><v>6</v></c></row></sheetData>',
        ),
      ],
    });
    const [s] = await expectSame(book);
    // The unstyled empty cell is dropped and does not count as the previous cell.
    expect(s.snapshot.values).toEqual([[1, 2, null, 4, 6]]);
  });

  it("reads built-in and custom number formats as ExcelJS does (era formats 27–36 are numbers to it)", async () => {
    const book = await handBook({
      formats: { 164: 'yyyy"年"m"月"d"日"', 165: "\\#\\,0" },
      styles: [0, 14, 27, 164, 165, 22],
      date1904: true,
      sheets: [
        sheet(
          '<sheetData><row r="1"><c r="A1" s="1"><v>40000</v></c><c r="B1" s="2"><v>40000</v></c><c r="C1" s="3"><v>40000.6</v></c><c r="D1" s="4"><v>5</v></c><c r="E1" s="5"><f>NOW()</f><v>40000.5</v></c><c r="F1" s="9"><v>7</v></c></row></sheetData>',
        ),
      ],
    });
    const [s] = await expectSame(book);
    expect(s.snapshot.values[0][1]).toBe(40000);
  });

  it("skips a chartsheet as ExcelJS does and keeps hidden states", async () => {
    const book = await handBook({
      sheets: [
        sheet('<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>'),
        { name: "グラフ", chart: true, xml: "<chartsheet/>", whole: true },
        {
          name: "設定",
          state: "veryHidden",
          xml: '<sheetData><row r="1"><c r="A1"><v>2</v></c></row></sheetData>',
        },
      ],
    });
    const sheets = await expectSame(book);
    expect(sheets.map((s) => [s.snapshot.name, s.state])).toEqual([
      ["取組", "visible"],
      ["設定", "veryHidden"],
    ]);
  });

  it("counts a single-cell merge as ExcelJS does: its master alone is not merged, with a hyperlink or not", async () => {
    const rels = `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="http://example.invalid/" TargetMode="External"/></Relationships>`;
    const merge = '<mergeCells count="1"><mergeCell ref="B2"/></mergeCells>';
    const books = await Promise.all([
      handBook({
        styles: [0, 0],
        sheets: [sheet(`<sheetData><row r="2"><c r="B2" s="1"/></row></sheetData>${merge}`)],
      }),
      handBook({
        styles: [0, 0],
        sheets: [
          sheet(
            `<sheetData><row r="2"><c r="B2" s="1"/></row></sheetData>${merge}<hyperlinks><hyperlink ref="B2" r:id="rId1"/></hyperlinks>`,
            { rels },
          ),
        ],
      }),
      handBook({
        sheets: [sheet(`<sheetData><row r="2"><c r="B2" t="s"><v>0</v></c></row></sheetData>${merge}`)],
        strings: ["<si><t/></si>"],
      }),
    ]);
    const sizes: number[] = [];
    for (const b of books) sizes.push((await expectSame(b))[0].snapshot.values.length);
    expect(sizes).toEqual([0, 0, 0]);
  });

  it("blanks merged cells other than the master, whatever they hold", async () => {
    const book = await handBook({
      sheets: [
        sheet(
          '<sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row><row r="2"><c r="A2"><v>3</v></c><c r="B2"><v>4</v></c></row></sheetData><mergeCells><mergeCell ref="A1:B2"/></mergeCells>',
        ),
      ],
    });
    const [s] = await expectSame(book);
    expect(s.snapshot.values).toEqual([
      [1, null],
      [null, null],
    ]);
  });

  it.each([
    [
      "prefixed namespaces (x:)",
      {
        sheets: [
          {
            name: "取組",
            whole: true,
            xml: '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>',
          },
        ],
      },
    ],
    [
      "strict OOXML",
      {
        sheets: [
          {
            name: "取組",
            whole: true,
            xml: '<worksheet xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main"><sheetData/></worksheet>',
          },
        ],
      },
    ],
    [
      "rows without a number",
      { sheets: [sheet('<sheetData><row><c r="A1"><v>1</v></c></row></sheetData>')] },
    ],
    [
      "phonetic runs in an inline string",
      {
        sheets: [
          sheet(
            '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>字</t><rPh sb="0" eb="1"><t>ジ</t></rPh></is></c></row></sheetData>',
          ),
        ],
      },
    ],
    [
      "CDATA",
      {
        sheets: [sheet('<sheetData><row r="1"><c r="A1" t="str"><v><![CDATA[x]]></v></c></row></sheetData>')],
      },
    ],
    [
      "overlapping merges (ExcelJS refuses them)",
      {
        sheets: [
          sheet('<sheetData/><mergeCells><mergeCell ref="A1:B2"/><mergeCell ref="B2:C3"/></mergeCells>'),
        ],
      },
    ],
    [
      "an unknown entity",
      { sheets: [sheet('<sheetData><row r="1"><c r="A1" t="str"><v>&nbsp;</v></c></row></sheetData>')] },
    ],
    [
      "a missing shared strings part",
      { sheets: [sheet('<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData>')] },
    ],
  ] as [string, HandBook][])("leaves %s to ExcelJS", async (_what, book) => {
    expect(fastOrFallback(await handBook(book))).toBe("fallback");
  });

  it("throws FastReadUnsupported, never another error, on a zip whose parts are damaged", async () => {
    const good = await handBook({
      sheets: [sheet('<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>')],
    });
    // Flip bytes in the middle of the compressed data: inflating fails or gives other sizes.
    for (const at of [100, 300, 500, 700]) {
      const bad = Buffer.from(good);
      for (let i = at; i < at + 20; i++) bad[i] ^= 0xff;
      try {
        fastWorkbookSheets(bad);
      } catch (e) {
        expect(e).toBeInstanceOf(FastReadUnsupported);
      }
    }
    expect(() => fastWorkbookSheets(good.subarray(0, good.length - 30))).toThrow(FastReadUnsupported);
  });
});
