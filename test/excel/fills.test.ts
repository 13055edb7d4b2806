// Fills Excel cannot restore as written — theme colours lightened or darkened, gradients, tinted pattern
// colours — are left uncoloured and named; theme and indexed colours are read as Excel resolves them (not
// as white) and come back the same colour; conditional formats that may hide a highlight are named.

import ExcelJS from "exceljs";
import { SEVERITY_FILL } from "../../src/core/highlight";
import { clearHighlights } from "../../src/excel/highlight";
import { validate } from "../../src/excel/validate";
import { FakeExcel } from "../fake-excel";
import { key } from "../fake-excel/model";
import { ctxOf } from "./workbooks";

type AnyColor = Partial<ExcelJS.Color> & { theme?: number; indexed?: number; tint?: number };
const solid = (fgColor: AnyColor): ExcelJS.Fill => ({ type: "pattern", pattern: "solid", fgColor });

/** A plan whose status typos (column D, rows 2–9) sit in cells people filled in every way Excel allows. */
const FILLS: Record<string, ExcelJS.Fill> = {
  D2: solid({ theme: 4 }), // accent1
  D3: solid({ theme: 4, tint: 0.7999816888943144 }), // accent1, lighter 80 %
  D4: solid({ indexed: 13 }), // legacy yellow
  D5: {
    type: "gradient",
    gradient: "angle",
    degree: 90,
    stops: [
      { position: 0, color: { argb: "FFFFFFFF" } },
      { position: 1, color: { theme: 4 } as AnyColor as ExcelJS.Color },
    ],
  },
  D6: {
    type: "pattern",
    pattern: "lightGray",
    fgColor: { argb: "FFFFFFFF" },
    bgColor: { theme: 5 } as AnyColor as ExcelJS.Color,
  },
  D7: {
    type: "pattern",
    pattern: "lightGray",
    fgColor: { argb: "FFFFFFFF" },
    bgColor: { theme: 5, tint: -0.25 } as AnyColor as ExcelJS.Color,
  },
  D8: solid({ theme: 1, tint: 0.0499893185216834 }), // text 1, lighter 5 % (a grey)
};

async function workbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("実施計画");
  ws.addRow(["取組内容", "担当課", "H24", "H25"]);
  for (let i = 0; i < 9; i++) ws.addRow([`取組${i + 1}`, "市民協働課", "実施", "実地"]);
  for (const [cell, fill] of Object.entries(FILLS)) ws.getCell(cell).fill = fill;
  // A rule people use to flag late items: it colours D8:D10 when it holds, hiding any other fill there.
  ws.addConditionalFormatting({
    ref: "D8:D10",
    rules: [
      {
        type: "expression",
        priority: 1,
        formulae: ['D8="実地"'],
        style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFFFC7CE" } } },
      },
    ],
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

test("the fake reads theme and indexed colours as Excel resolves them, tints apart; gradients by kind", async () => {
  const fake = await FakeExcel.fromFile(await workbook());
  const ws = ctxOf(fake).workbook.worksheets.getItem("実施計画");
  const read = Object.keys(FILLS).map(
    (c) =>
      [
        c,
        ws.getRange(c).format.fill.load("color,pattern,patternColor,tintAndShade,patternTintAndShade"),
      ] as const,
  );
  await ctxOf(fake).sync();
  const got = Object.fromEntries(
    read.map(([c, f]) => [c, [f.pattern, f.color, f.tintAndShade, f.patternColor, f.patternTintAndShade]]),
  );
  expect(got).toEqual({
    D2: ["Solid", "#4F81BD", 0, "#000000", 0],
    D3: ["Solid", "#4F81BD", 0.7999816888943144, "#000000", 0],
    D4: ["Solid", "#FFFF00", 0, "#000000", 0],
    D5: ["LinearGradient", "#FFFFFF", 0, "#000000", 0],
    D6: ["Gray25", "#FFFFFF", 0, "#C0504D", 0],
    D7: ["Gray25", "#FFFFFF", 0, "#C0504D", -0.25],
    D8: ["Solid", "#000000", 0.0499893185216834, "#000000", 0],
  });
  // RangeFill.pattern: "LinearGradient and RectangularGradient are not supported."
  ws.getRange("A1").format.fill.pattern = "LinearGradient";
  await expect(ctxOf(fake).sync()).rejects.toMatchObject({ code: "InvalidArgument" });
});

test("cells whose fill cannot be put back are left uncoloured and named; the others come back their colour", async () => {
  const original = await workbook();
  const fake = await FakeExcel.fromFile(original);
  const before = new Map(fake.sheet("実施計画").fills);
  const result = await validate(ctxOf(fake), { scope: "active", asOf: "2014-03-31" });
  const cells = result.report.sheets[0].findings
    .filter((f) => f.rule === "status-unknown")
    .map((f) => f.cell);
  expect(cells).toEqual(["D2", "D3", "D4", "D5", "D6", "D7", "D8", "D9", "D10"]);
  expect(result.notHighlighted).toEqual([
    { sheet: "実施計画", cell: "D3", reason: "tint" },
    { sheet: "実施計画", cell: "D5", reason: "gradient" },
    { sheet: "実施計画", cell: "D7", reason: "tint" },
    { sheet: "実施計画", cell: "D8", reason: "tint" },
  ]);
  expect(result.highlighted).toBe(5);
  const s = fake.sheet("実施計画");
  for (const c of ["D2", "D4", "D6", "D9", "D10"])
    expect(s.fills.get(key(Number(c.slice(1)), 4))).toEqual({ pattern: "Solid", color: SEVERITY_FILL.error });
  // The cells left alone are exactly as they were, down to the file's own fill (theme, tint, gradient).
  for (const c of ["D3", "D5", "D7", "D8"])
    expect(s.fills.get(key(Number(c.slice(1)), 4))).toEqual(before.get(key(Number(c.slice(1)), 4)));
  // A conditional format covers D8:D10: the highlights there may not show.
  expect(result.mayBeHidden).toEqual([
    { sheet: "実施計画", cell: "D9" },
    { sheet: "実施計画", cell: "D10" },
  ]);

  const reopened = await fake.reopen();
  const { restored } = await clearHighlights(ctxOf(reopened));
  expect(restored).toBe(5);
  // Every cell has its colour again: theme and indexed colours as the colour they showed.
  const after = reopened.sheet("実施計画").fills;
  for (const [k, f] of before) expect(after.get(k)).toEqual(f);
  const saved = new ExcelJS.Workbook();
  await saved.xlsx.load((await reopened.save()) as unknown as ArrayBuffer);
  const ws = saved.getWorksheet("実施計画")!;
  // Left alone: the file's fill as it was.
  for (const c of ["D3", "D5", "D7", "D8"]) expect(ws.getCell(c).fill).toEqual(FILLS[c]);
});
