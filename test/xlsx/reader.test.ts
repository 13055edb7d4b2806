// The reader reads each way ECMA-376 lets a workbook say something, as a correct reader must —
// the values below are written by hand from the standard, not taken from another library — and
// names the sheet, the cell and the reason for what it cannot read.

import { readXlsx, XlsxReadError } from "../../src/xlsx/readXlsx";
import { cellsOf } from "../helpers/snapshot";
import {
  bookParts,
  bookZip,
  centralHeader,
  MAIN,
  PKG,
  REL,
  sheetZip,
  STRICT_MAIN,
  STRICT_REL,
  zipOf,
  type Book,
} from "./books";

const row = (r: number, cells: string) => `<row r="${r}">${cells}</row>`;
const data = (...rows: string[]) => `<sheetData>${rows.join("")}</sheetData>`;

function only(bytes: Buffer) {
  const sheets = readXlsx(bytes);
  expect(sheets).toHaveLength(1);
  return sheets[0].snapshot;
}

function failure(bytes: Buffer): XlsxReadError {
  try {
    readXlsx(bytes);
  } catch (e) {
    if (e instanceof XlsxReadError) return e;
    throw e;
  }
  throw new Error("read without an error");
}

describe("dates", () => {
  const serials = data(
    row(1, '<c r="A1" s="1"><v>41729</v></c><c r="B1" s="1"><v>41729.75</v></c><c r="C1"><v>41729</v></c>'),
  );

  it.each([
    [' date1904="true"', "2018-04-01"],
    [' date1904="1"', "2018-04-01"],
    [' date1904=" true "', "2018-04-01"],
    [' date1904="false"', "2014-03-31"],
    [' date1904="0"', "2014-03-31"],
    ["", "2014-03-31"],
  ])("reads serials in the date system workbookPr%s names", (workbookPr, day) => {
    const s = only(sheetZip(serials, { workbookPr, styles: [0, 14] }));
    expect(cellsOf(s)).toEqual({ A1: { date: day }, B1: { date: day }, C1: 41729 });
  });

  it('reads ISO 8601 date cells (t="d"), whatever their format', () => {
    const s = only(
      sheetZip(
        data(
          row(
            1,
            '<c r="A1" t="d"><v>2014-03-31</v></c><c r="B1" t="d" s="1"><v>2014-03-31T18:30:00</v></c><c r="C1" t="d"><v>2020-02-29T00:00:00.000Z</v></c>',
          ),
        ),
        { styles: [0, 14] },
      ),
    );
    expect(cellsOf(s)).toEqual({
      A1: { date: "2014-03-31" },
      B1: { date: "2014-03-31" },
      C1: { date: "2020-02-29" },
    });
  });

  it("reads the Japanese built-in formats 27–31, 34–36 and 50–58 as dates, 32–33 (times) as numbers", () => {
    const ids = [27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58];
    const cells = ids.map((_, i) => `<c r="A${i + 1}" s="${i + 1}"><v>43586</v></c>`);
    const s = only(sheetZip(data(...cells.map((c, i) => row(i + 1, c))), { styles: [0, ...ids] }));
    const got = cellsOf(s);
    ids.forEach((id, i) =>
      expect([id, got[`A${i + 1}`]]).toEqual([id, id === 32 || id === 33 ? 43586 : { date: "2019-05-01" }]),
    );
  });

  it("reads custom formats by what they show: days are dates, times of day and numbers are numbers", () => {
    const formats = {
      164: '[$-411]ggge"年"m"月"d"日"',
      165: 'yyyy"年"m"月"',
      166: "h:mm",
      167: '"第"0"期"',
      168: "0.0%",
      169: "[h]:mm:ss",
      170: "m/d",
      171: "0.00E+00",
      172: 'General"日"',
    };
    const ids = Object.keys(formats).map(Number);
    const cells = ids.map((_, i) => `<c r="A${i + 1}" s="${i + 1}"><v>43586</v></c>`);
    const s = only(sheetZip(data(...cells.map((c, i) => row(i + 1, c))), { formats, styles: [0, ...ids] }));
    const d = { date: "2019-05-01" };
    expect(Object.values(cellsOf(s))).toEqual([d, d, 43586, 43586, 43586, 43586, d, 43586, 43586]);
  });

  it("keeps a number that is no day of the date system as the number", () => {
    const s = only(
      sheetZip(
        data(
          row(1, '<c r="A1" s="1"><v>-5</v></c><c r="B1" s="1"><v>60</v></c><c r="C1" s="1"><v>59</v></c>'),
        ),
        {
          styles: [0, 14],
        },
      ),
    );
    expect(cellsOf(s)).toEqual({ A1: -5, B1: 60, C1: { date: "1900-02-28" } });
  });
});

describe("namespaces", () => {
  it("reads elements of SpreadsheetML whatever their prefix, as the Open XML SDK writes them", () => {
    const xml = `<x:worksheet xmlns:x="${MAIN}"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>取組</x:t></x:is></x:c><x:c r="B1"><x:v>2</x:v></x:c></x:row></x:sheetData><x:mergeCells><x:mergeCell ref="C1:D1"/></x:mergeCells></x:worksheet>`;
    const workbook = `<x:workbook xmlns:x="${MAIN}" xmlns:rel="${REL}"><x:workbookPr date1904="1"/><x:sheets><x:sheet name="取組" sheetId="1" rel:id="rId1"/></x:sheets></x:workbook>`;
    const strings = `<s:sst xmlns:s="${MAIN}"><s:si><s:t>共有</s:t></s:si></s:sst>`;
    const s = only(
      bookZip({
        strings: [],
        sheets: [{ name: "取組", xml, whole: true }],
        parts: { "xl/workbook.xml": workbook, "xl/sharedStrings.xml": strings },
      }),
    );
    expect(cellsOf(s)).toEqual({ A1: "取組", B1: 2 });
    expect(s.merges).toEqual([{ top: 1, left: 3, bottom: 1, right: 4 }]);
  });

  it("reads mixed prefixes and namespaces declared on inner elements", () => {
    const xml = `<x:worksheet xmlns:x="${MAIN}" xmlns="${MAIN}"><sheetData><x:row r="1"><c r="A1"><x:v>1</x:v></c><y:c xmlns:y="${MAIN}" r="B1"><y:v>2</y:v></y:c><c r="C1" xmlns="${MAIN}"><v>3</v></c></x:row></sheetData></x:worksheet>`;
    expect(cellsOf(only(sheetZip("", { parts: { "xl/worksheets/sheet1.xml": xml } })))).toEqual({
      A1: 1,
      B1: 2,
      C1: 3,
    });
  });

  it("reads strict Office Open XML (its own namespaces and relationship types)", () => {
    const parts: Record<string, string> = {
      "_rels/.rels": `<Relationships xmlns="${PKG}"><Relationship Id="r1" Type="${STRICT_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      "xl/_rels/workbook.xml.rels": `<Relationships xmlns="${PKG}"><Relationship Id="r1" Type="${STRICT_REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="r2" Type="${STRICT_REL}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="r3" Type="${STRICT_REL}/styles" Target="styles.xml"/></Relationships>`,
      "xl/workbook.xml": `<workbook xmlns="${STRICT_MAIN}" xmlns:r="${STRICT_REL}"><workbookPr date1904="false"/><sheets><sheet name="計画" sheetId="1" r:id="r1"/></sheets></workbook>`,
      "xl/styles.xml": `<styleSheet xmlns="${STRICT_MAIN}"><cellXfs><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>`,
      "xl/sharedStrings.xml": `<sst xmlns="${STRICT_MAIN}"><si><t>実施</t></si></sst>`,
      "xl/worksheets/sheet1.xml": `<worksheet xmlns="${STRICT_MAIN}"><sheetData><row r="2"><c r="B2" t="s"><v>0</v></c><c r="C2" t="d"><v>2014-03-31</v></c><c r="D2" s="1"><v>41729</v></c></row></sheetData></worksheet>`,
    };
    const sheets = readXlsx(zipOf(Object.entries(parts).map(([name, d]) => ({ name, data: d }))));
    expect(sheets.map((s) => [s.snapshot.name, s.snapshot.origin, cellsOf(s.snapshot)])).toEqual([
      ["計画", { row: 2, col: 2 }, { B2: "実施", C2: { date: "2014-03-31" }, D2: { date: "2014-03-31" } }],
    ]);
  });

  it("reads the content of mc:AlternateContent it understands, and the fallback otherwise", () => {
    const MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    const xml = `<worksheet xmlns="${MAIN}" xmlns:mc="${MC}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main" mc:Ignorable="x14"><mc:AlternateContent><mc:Choice Requires="x14"><x14:sheetData/></mc:Choice><mc:Fallback><sheetData><row r="1"><c r="A1"><v>7</v></c></row></sheetData></mc:Fallback></mc:AlternateContent></worksheet>`;
    expect(cellsOf(only(sheetZip("", { parts: { "xl/worksheets/sheet1.xml": xml } })))).toEqual({ A1: 7 });
  });
});

describe("cells", () => {
  it("places rows and cells without a reference after the ones before them", () => {
    const s = only(
      sheetZip(
        `<sheetData><row><c><v>1</v></c><c/><c><v>3</v></c></row><row r="3"><c r="B3"><v>4</v></c><c><v>5</v></c></row><row><c><v>6</v></c></row></sheetData>`,
      ),
    );
    expect(cellsOf(s)).toEqual({ A1: 1, C1: 3, B3: 4, C3: 5, A4: 6 });
  });

  it("reads CDATA sections in cell text", () => {
    const s = only(
      sheetZip(
        data(
          row(
            1,
            '<c r="A1" t="inlineStr"><is><t><![CDATA[取組<計画>]]></t></is></c><c r="B1" t="str"><f>A1</f><v>前<![CDATA[&後]]></v></c>',
          ),
          row(2, '<c r="A2" t="inlineStr"><is><t>実施</t></is></c>'),
        ),
      ),
    );
    expect(cellsOf(s)).toEqual({ A1: "取組<計画>", B1: "前&後", A2: "実施" });
  });

  it("leaves furigana out of inline strings and of shared strings, and reads the cells after them", () => {
    const s = only(
      sheetZip(
        data(
          row(
            1,
            '<c r="A1" t="inlineStr"><is><t>市民課</t><rPh sb="0" eb="2"><t>シミン</t></rPh><phoneticPr fontId="1"/></is></c><c r="B1" t="inlineStr"><is><r><t>防災</t></r><r><rPr><b/></rPr><t>訓練</t></r><rPh sb="0" eb="2"><t>ボウサイ</t></rPh></is></c><c r="C1" t="s"><v>0</v></c>',
          ),
          row(2, '<c r="A2" t="inlineStr"><is><t>実施</t></is></c>'),
        ),
        { strings: ['<si><t>漢字</t><rPh sb="0" eb="2"><t>カンジ</t></rPh><phoneticPr fontId="1"/></si>'] },
      ),
    );
    expect(cellsOf(s)).toEqual({ A1: "市民課", B1: "防災訓練", C1: "漢字", A2: "実施" });
  });

  it("reads formula results of every type, FALSE, 0 and empty text included", () => {
    const s = only(
      sheetZip(
        data(
          row(
            1,
            '<c r="A1" t="b"><f>FALSE()</f><v>0</v></c><c r="B1" t="b"><f>TRUE()</f><v>1</v></c><c r="C1"><f>0*1</f><v>0</v></c><c r="D1" t="str"><f>""</f><v></v></c><c r="E1" t="str"><f>"a"</f><v>a</v></c><c r="F1" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="G1"><f t="shared" ref="G1:H1" si="0">1</f><v>2</v></c><c r="H1"><f t="shared" si="0"/><v>3</v></c>',
          ),
        ),
      ),
    );
    expect(cellsOf(s)).toEqual({ A1: false, B1: true, C1: 0, E1: "a", F1: "#DIV/0!", G1: 2, H1: 3 });
  });

  it("decodes _xHHHH_ escapes in inline strings, shared strings and formula text, _x005F_ as a literal _", () => {
    const s = only(
      sheetZip(
        data(
          row(
            1,
            '<c r="A1" t="inlineStr"><is><t>1行_x000A_2行</t></is></c><c r="B1" t="str"><f>A1</f><v>a_x0041_</v></c><c r="C1" t="s"><v>0</v></c><c r="D1" t="inlineStr"><is><t>_x005F_x000D_</t></is></c>',
          ),
        ),
        { strings: ["<si><r><t>前_x000D_</t></r><r><t>後</t></r></si>"] },
      ),
    );
    expect(cellsOf(s)).toEqual({ A1: "1行\n2行", B1: "aA", C1: "前\r後", D1: "_x000D_" });
  });

  it("decodes entities and character references once, in names and text", () => {
    const sheets = readXlsx(
      bookZip({
        sheets: [
          {
            name: "R&D",
            xml: data(row(1, '<c r="A1" t="inlineStr"><is><t>&amp;lt; &#x41;&#66; &quot;</t></is></c>')),
          },
        ],
      }),
    );
    expect(sheets.map((s) => [s.snapshot.name, cellsOf(s.snapshot)])).toEqual([["R&D", { A1: '&lt; AB "' }]]);
  });

  it("blanks cells a merge covers (they show nothing) and keeps its top-left value", () => {
    const s = only(
      sheetZip(
        `${data(row(1, '<c r="A1"><v>1</v></c><c r="B1"><v>2</v></c>'), row(2, '<c r="A2"><v>3</v></c><c r="C2"><v>4</v></c>'))}<mergeCells><mergeCell ref="A1:B2"/></mergeCells>`,
      ),
    );
    expect(cellsOf(s)).toEqual({ A1: 1, C2: 4 });
  });

  it("reads booleans, numbers, errors and text as the standard spells them", () => {
    const s = only(
      sheetZip(
        data(
          row(
            1,
            '<c r="A1" t="b"><v>true</v></c><c r="B1" t="n"><v> 1.5E3 </v></c><c r="C1"><v>-.5</v></c><c r="D1" t="e"><v>#N/A</v></c><c r="E1" t="s"><v>1</v></c><c r="F1" t="s"><v>2</v></c>',
          ),
        ),
        { strings: ["<si><t>a</t></si>", "<si><t xml:space='preserve'>  前後  </t></si>", "<si><t/></si>"] },
      ),
    );
    expect(cellsOf(s)).toEqual({ A1: true, B1: 1500, C1: -0.5, D1: "#N/A", E1: "  前後  " });
  });
});

describe("parts found through relationships", () => {
  it("finds the workbook, worksheets and shared strings wherever their relationships lead", () => {
    const book: Book = {
      workbookPart: "spreadsheet/book.xml",
      stringsPart: "spreadsheet/strings.xml",
      strings: ["<si><t>共有</t></si>"],
      sheets: [
        {
          name: "一",
          xml: data(row(1, '<c r="A1" t="s"><v>0</v></c>')),
          part: "spreadsheet/Sheet1.xml",
          target: "./Sheet1.xml",
        },
        {
          name: "二",
          xml: data(row(1, '<c r="A1"><v>2</v></c>')),
          part: "spreadsheet/sheets/data.xml",
          target: "sheets/../sheets/data.xml",
        },
        {
          name: "三",
          xml: data(row(1, '<c r="A1"><v>3</v></c>')),
          part: "elsewhere/three.xml",
          target: "../elsewhere/three.xml",
        },
      ],
    };
    const sheets = readXlsx(bookZip(book));
    expect(sheets.map((s) => [s.snapshot.name, cellsOf(s.snapshot)])).toEqual([
      ["一", { A1: "共有" }],
      ["二", { A1: 2 }],
      ["三", { A1: 3 }],
    ]);
  });

  it("finds parts whatever the case or percent-encoding of their names", () => {
    const book: Book = {
      sheets: [
        {
          name: "取組",
          xml: data(row(1, '<c r="A1"><v>1</v></c>')),
          part: "xl/worksheets/シート1.xml",
          target: "WORKSHEETS/%E3%82%B7%E3%83%BC%E3%83%881.xml",
        },
      ],
    };
    expect(cellsOf(only(bookZip(book)))).toEqual({ A1: 1 });
  });

  it("keeps sheets in the workbook's order with their states, and leaves chart sheets out", () => {
    const sheets = readXlsx(
      bookZip({
        sheets: [
          { name: "表", xml: data(row(1, '<c r="A1"><v>1</v></c>')) },
          { name: "グラフ", chart: true, xml: "<chartsheet/>", whole: true },
          { name: "隠し", state: "hidden", xml: "" },
          { name: "状態", state: "veryHidden", xml: data(row(2, '<c r="B2"><v>2</v></c>')) },
        ],
      }),
    );
    expect(sheets.map((s) => [s.snapshot.name, s.state, cellsOf(s.snapshot)])).toEqual([
      ["表", "visible", { A1: 1 }],
      ["隠し", "hidden", {}],
      ["状態", "veryHidden", { B2: 2 }],
    ]);
  });
});

describe("the zip", () => {
  const xml = data(row(1, '<c r="A1" t="inlineStr"><is><t>取組</t></is></c>'));

  it("reads stored entries, deflated entries and zip64 records", () => {
    for (const opts of [{ stored: true }, { stored: false }, { zip64: true }, { stored: true, zip64: true }])
      expect(cellsOf(only(sheetZip(xml, opts)))).toEqual({ A1: "取組" });
  });

  it("takes an entry's name from its Info-ZIP Unicode path field", () => {
    const book: Book = { sheets: [{ name: "取組", xml, part: "xl/worksheets/取組.xml" }] };
    const parts = Object.entries(bookParts(book)).map(([name, d]) => ({
      name,
      data: d,
      // The header holds the name in a legacy code page (Shift_JIS); the field holds it in UTF-8.
      ...(name.includes("取組")
        ? { headerName: Buffer.from("xl/worksheets/\x8e\xe6\x91\x67.xml", "latin1") }
        : {}),
    }));
    expect(cellsOf(only(zipOf(parts)))).toEqual({ A1: "取組" });
  });

  it("reads parts in UTF-16", () => {
    const text = `<?xml version="1.0" encoding="UTF-16"?><worksheet xmlns="${MAIN}">${xml}</worksheet>`;
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    const parts = bookParts({ sheets: [{ name: "取組", xml }] });
    const entries = Object.entries(parts).map(([name, d]) => ({
      name,
      data: name === "xl/worksheets/sheet1.xml" ? le : d,
    }));
    expect(cellsOf(only(zipOf(entries)))).toEqual({ A1: "取組" });
  });
});

describe("a sparse snapshot", () => {
  it("holds the cells that hold something, not the rectangle between them", () => {
    const s = only(
      sheetZip(
        data(
          row(1, '<c r="A1" t="inlineStr"><is><t>始</t></is></c>'),
          row(1048576, '<c r="XFD1048576"><v>1</v></c>'),
        ),
      ),
    );
    expect(s.origin).toEqual({ row: 1, col: 1 });
    expect(s.values.length).toBe(1048576);
    expect(Object.keys(s.values)).toEqual(["0", "1048575"]);
    expect(Object.keys(s.values[1048575])).toEqual(["16383"]);
    expect(cellsOf(s)).toEqual({ A1: "始", XFD1048576: 1 });
  });

  it("spans merges beyond the last value", () => {
    const s = only(
      sheetZip(`${data(row(2, '<c r="B2"><v>1</v></c>'))}<mergeCells><mergeCell ref="C3:E5"/></mergeCells>`),
    );
    expect([s.origin, s.values.length]).toEqual([{ row: 2, col: 2 }, 4]);
  });
});

describe("what it cannot read is an error naming the sheet, the cell and why", () => {
  const cases: [string, Buffer, Partial<XlsxReadError>][] = [
    [
      "a formula without its value",
      sheetZip(data(row(3, '<c r="B3"><f>A1*2</f></c>'))),
      { kind: "formula", sheet: "取組", cell: "B3" },
    ],
    [
      "a shared string the workbook does not have",
      sheetZip(data(row(1, '<c r="A1" t="s"><v>5</v></c>')), { strings: ["<si><t>a</t></si>"] }),
      { kind: "content", sheet: "取組", cell: "A1" },
    ],
    [
      "cells out of order",
      sheetZip(data(row(1, '<c r="B1"><v>1</v></c><c r="A1"><v>2</v></c>'))),
      { kind: "xml", cell: "A1" },
    ],
    ["rows out of order", sheetZip(data(row(2, ""), row(1, ""))), { kind: "xml", sheet: "取組" }],
    [
      "an element not closed",
      sheetZip('<sheetData><row r="1"><c r="A1"><v>1</v></c></sheetData>'),
      { kind: "xml", sheet: "取組" },
    ],
    [
      "an undeclared entity",
      sheetZip(data(row(1, '<c r="A1" t="inlineStr"><is><t>&nbsp;</t></is></c>'))),
      { kind: "xml", cell: "A1" },
    ],
    [
      "a DOCTYPE",
      sheetZip("", {
        parts: {
          "xl/worksheets/sheet1.xml": `<!DOCTYPE worksheet [<!ENTITY a "b">]><worksheet xmlns="${MAIN}"/>`,
        },
      }),
      { kind: "xml", sheet: "取組" },
    ],
    [
      "text in a number cell",
      sheetZip(data(row(1, '<c r="A1"><v>12円</v></c>'))),
      { kind: "xml", cell: "A1" },
    ],
    [
      "an unknown cell type",
      sheetZip(data(row(1, '<c r="A1" t="x"><v>1</v></c>'))),
      { kind: "xml", cell: "A1" },
    ],
    [
      "a sheet in no namespace",
      sheetZip("", { parts: { "xl/worksheets/sheet1.xml": "<worksheet><sheetData/></worksheet>" } }),
      { kind: "content", sheet: "取組" },
    ],
    [
      "two lists of sheets",
      bookZip({
        sheets: [{ name: "取組", xml: "" }],
        workbookExtra: '<sheets><sheet name="他" sheetId="9" r:id="rId1"/></sheets>',
      }),
      { kind: "content", part: "xl/workbook.xml" },
    ],
    [
      "a worksheet part the file does not hold",
      bookZip({
        sheets: [{ name: "取組", xml: "" }],
        parts: {
          "xl/_rels/workbook.xml.rels": `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/none.xml"/></Relationships>`,
        },
      }),
      { kind: "missing", sheet: "取組" },
    ],
    [
      "a prefix not declared",
      sheetZip(data(row(1, '<y:c r="A1"><v>1</v></y:c>'))),
      { kind: "xml", sheet: "取組" },
    ],
  ];

  it.each(cases)("%s", (_what, bytes, expected) => {
    expect(failure(bytes)).toMatchObject(expected);
  });

  it("refuses damaged data, another compression method and encryption, naming the entry", () => {
    const parts = bookParts({ sheets: [{ name: "取組", xml: "" }] });
    const entries = Object.entries(parts).map(([name, d]) => ({ name, data: d }));
    const crc = entries.map((e) => (e.name === "xl/worksheets/sheet1.xml" ? { ...e, crc: 1234 } : e));
    expect(failure(zipOf(crc))).toMatchObject({
      kind: "zip",
      detail: expect.stringContaining("xl/worksheets/sheet1.xml"),
    });
    const method = zipOf(entries, {});
    // Compression method 9 (Deflate64) in the worksheet's directory entry.
    method.writeUInt16LE(9, centralHeader(method, "xl/worksheets/sheet1.xml") + 10);
    expect(failure(method)).toMatchObject({
      kind: "zip",
      detail: expect.stringContaining("compression method 9"),
    });
    const encrypted = zipOf(entries, {});
    encrypted.writeUInt16LE(1, encrypted.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])) + 8);
    expect(failure(encrypted)).toMatchObject({ kind: "zip", detail: expect.stringContaining("encrypted") });
    expect(failure(zipOf(entries).subarray(0, 100))).toMatchObject({ kind: "zip" });
  });

  it("says a zip without a workbook is no workbook", () => {
    expect(failure(zipOf([{ name: "word/document.xml", data: "<w/>" }]))).toMatchObject({ kind: "package" });
  });
});
