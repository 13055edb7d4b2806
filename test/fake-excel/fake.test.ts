// The fake Excel behaves like Office.js where the Excel layer depends on it.

import ExcelJS from "exceljs";
import { join } from "node:path";
import { FIXTURES } from "../helpers/fixtures";
import { FakeExcel } from ".";

async function fakeOf(build: (wb: ExcelJS.Workbook) => void): Promise<FakeExcel> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return FakeExcel.fromFile(Buffer.from(await wb.xlsx.writeBuffer()));
}

const ctxOf = (f: FakeExcel) => f.context as unknown as Excel.RequestContext;

test("a property read before load + sync throws PropertyNotLoaded", async () => {
  const f = await fakeOf((wb) => (wb.addWorksheet("S").getCell("A1").value = "x"));
  const ctx = ctxOf(f);
  const r = ctx.workbook.worksheets.getItem("S").getRange("A1");
  expect(() => r.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
  r.load("values");
  expect(() => r.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
  await ctx.sync();
  expect(r.values).toEqual([["x"]]);
  expect(f.syncCount).toBe(1);
});

test("writes are queued and applied at sync, in order", async () => {
  const f = await fakeOf((wb) => wb.addWorksheet("S"));
  const ctx = ctxOf(f);
  const r = ctx.workbook.worksheets.getItem("S").getRange("A1:B1");
  r.values = [["a", 1]];
  expect(f.sheet("S").get(1, 1)).toBeUndefined();
  r.load("values");
  await ctx.sync();
  expect(r.values).toEqual([["a", 1]]);
});

test("strings starting with = + - @ become formulas unless the cell's format is text", async () => {
  const f = await fakeOf((wb) => wb.addWorksheet("S"));
  const ctx = ctxOf(f);
  const ws = ctx.workbook.worksheets.getItem("S");
  ws.getRange("A1:D1").values = [["=1+2", "+A1", "-x", "@x"]];
  const text = ws.getRange("A2:D2");
  text.numberFormat = [["@", "@", "@", "@"]];
  text.values = [["=1+2", "+A1", "-x", "@x"]];
  ws.getRange("A3:B3").values = [["-5", "12"]];
  const a = ws.getRange("A1:D3");
  a.load("formulas,values");
  await ctx.sync();
  expect(a.formulas[0]).toEqual(["=1+2", "=+A1", "=-x", "=@x"]);
  expect(a.values[1]).toEqual(["=1+2", "+A1", "-x", "@x"]);
  expect(a.formulas[1]).toEqual(["=1+2", "+A1", "-x", "@x"]);
  expect(a.values[2].slice(0, 2)).toEqual([-5, 12]);
});

test("a request or response over 5 MB is rejected", async () => {
  const f = await fakeOf((wb) => wb.addWorksheet("S"));
  const ctx = ctxOf(f);
  const ws = ctx.workbook.worksheets.getItem("S");
  const big = Array.from({ length: 60000 }, () => ["x".repeat(100)]);
  ws.getRange("A1:A60000").values = big;
  await expect(ctx.sync()).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
  expect(f.sheet("S").get(1, 1)).toBeUndefined();
  for (let i = 0; i < 4; i++) {
    ws.getRange(`A${i * 15000 + 1}:A${(i + 1) * 15000}`).values = big.slice(0, 15000);
    await ctx.sync();
  }
  const r = ws.getRange("A1:A60000").load("values");
  await expect(ctx.sync()).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
  expect(() => r.values).toThrow();
  expect(f.syncs.at(-1)!.responseBytes).toBeGreaterThan(5 * 1024 * 1024);
});

test("a read of more than 5,000,000 cells gives null values", async () => {
  const f = await fakeOf((wb) => (wb.addWorksheet("S").getCell("A1").value = 1));
  const ctx = ctxOf(f);
  const r = ctx.workbook.worksheets.getItem("S").getRange("A1:E1000001").load("values,rowCount");
  await ctx.sync();
  expect(r.values).toBeNull();
  expect(r.rowCount).toBe(1000001);
});

test("an address list longer than 8,192 characters is rejected", async () => {
  const f = await fakeOf((wb) => wb.addWorksheet("S"));
  const ctx = ctxOf(f);
  const list = Array.from({ length: 2000 }, (_, i) => `A${i + 1}`).join(",");
  expect(list.length).toBeGreaterThan(8192);
  ctx.workbook.worksheets.getItem("S").getRanges(list).format.fill.color = "#FF0000";
  await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
  const ok = Array.from({ length: 1000 }, (_, i) => `A${i + 1}`).join(",");
  ctx.workbook.worksheets.getItem("S").getRanges(ok).format.fill.color = "#FF0000";
  await ctx.sync();
  expect(f.sheet("S").fills.size).toBe(1000);
});

test("writes to a protected sheet throw; the batch stops there, earlier writes stay", async () => {
  const f = await fakeOf((wb) => {
    wb.addWorksheet("A");
    wb.addWorksheet("P");
  });
  f.sheet("P").protected = true;
  const ctx = ctxOf(f);
  ctx.workbook.worksheets.getItem("A").getRange("A1").values = [["before"]];
  ctx.workbook.worksheets.getItem("P").getRange("A1").values = [["x"]];
  ctx.workbook.worksheets.getItem("A").getRange("A2").values = [["after"]];
  await expect(ctx.sync()).rejects.toMatchObject({ code: "AccessDenied" });
  expect(f.sheet("A").get(1, 1)).toBe("before");
  expect(f.sheet("A").get(2, 1)).toBeUndefined();
  expect(f.sheet("P").get(1, 1)).toBeUndefined();
});

test("null objects, sheets found by id after a rename, ItemNotFound after a delete", async () => {
  const f = await fakeOf((wb) => {
    wb.addWorksheet("A");
    wb.addWorksheet("B");
  });
  const ctx = ctxOf(f);
  const missing = ctx.workbook.worksheets.getItemOrNullObject("nope").load("isNullObject");
  const b = ctx.workbook.worksheets.getItem("B").load("name");
  await ctx.sync();
  expect(missing.isNullObject).toBe(true);
  f.sheet("B").name = "C";
  b.load("name");
  await ctx.sync();
  expect(b.name).toBe("C");
  f.data.deleteSheet(f.sheet("C").id);
  b.getRange("A1").values = [[1]];
  await expect(ctx.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
});

test("merged areas, special cells, fills and collections load like Office.js", async () => {
  const f = await FakeExcel.fromFile(join(FIXTURES, "kumamoto-indicators.xlsx"));
  const ctx = ctxOf(f);
  const ws = ctx.workbook.worksheets.getActiveWorksheet();
  const used = ws.getUsedRange(true);
  const merges = used.getMergedAreasOrNullObject().load("address,areaCount");
  const numbers = used.getSpecialCellsOrNullObject("Constants", "Numbers");
  numbers.areas.load("items/address,items/numberFormat");
  const fill = ws.getRange("A1").format.fill.load("color,pattern");
  const sheets = ctx.workbook.worksheets.load("items/name,items/visibility");
  await ctx.sync();
  expect(merges.areaCount).toBe(9);
  expect(merges.address.split(",")[0]).toMatch(/!/);
  expect(numbers.areas.items.length).toBeGreaterThan(0);
  expect(numbers.areas.items[0].numberFormat[0][0]).toMatch(/0/);
  expect([fill.pattern, fill.color]).toEqual(["None", "#FFFFFF"]);
  expect(sheets.items.map((s) => s.name)).toEqual(["検証指標"]);
  expect(f.syncCount).toBe(1);
  expect(f.bytesMoved).toBeGreaterThan(0);
});

test("loads and saves .xlsx: values, merges, fills, very hidden sheets", async () => {
  const f = await fakeOf((wb) => {
    const ws = wb.addWorksheet("S");
    ws.getCell("A1").value = "計画";
    ws.getCell("B2").value = new Date(Date.UTC(2024, 3, 1));
    ws.getCell("C3").value = 3;
    ws.mergeCells("A1:B1");
    ws.getCell("C3").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFC7CE" } };
    wb.addWorksheet("state", { state: "veryHidden" }).getCell("A1").value = "=not a formula";
  });
  const back = await FakeExcel.fromFile(await f.save());
  const s = back.sheet("S");
  expect(s.get(1, 1)).toBe("計画");
  expect(s.get(2, 2)).toBe(45383);
  expect(s.numberFormat(2, 2)).toMatch(/y/);
  expect(s.merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 2 }]);
  expect(s.fills.get(3 * 20000 + 3)).toEqual({ pattern: "Solid", color: "#FFC7CE" });
  expect(back.sheet("state").visibility).toBe("VeryHidden");
  expect(back.sheet("state").get(1, 1)).toBe("=not a formula");
});

test("change events report the add-in's own writes and a person's edits", async () => {
  const f = await fakeOf((wb) => wb.addWorksheet("S"));
  const ctx = ctxOf(f);
  const seen: unknown[] = [];
  ctx.workbook.worksheets.onChanged.add(async (e) => void seen.push([e.address, e.triggerSource]));
  ctx.workbook.worksheets.getItem("S").getRange("B2").values = [["x"]];
  await ctx.sync();
  f.userEdit("S", "C3", "y");
  await f.settle();
  expect(seen).toEqual([
    ["B2", "ThisLocalAddin"],
    ["C3", "Unknown"],
  ]);
});

test("getRow, getResizedRange and getIntersection give Office's ranges; past the sheet or apart is an error", async () => {
  const f = await fakeOf((wb) => (wb.addWorksheet("S").getCell("C5").value = "x"));
  const ctx = ctxOf(f);
  const ws = ctx.workbook.worksheets.getItem("S");
  const used = ws.getRange("B3:D9");
  const first = used.getRow(0).getResizedRange(2, 0);
  const clipped = used.getIntersection(used.getRow(5).getResizedRange(10, 0));
  const wider = used.getIntersection("A4:Z4");
  [first, clipped, wider].forEach((r) => r.load("address"));
  await ctx.sync();
  expect([first.address, clipped.address, wider.address]).toEqual(["S!B3:D5", "S!B8:D9", "S!B4:D4"]);

  const past = ws.getRange("A1048570").getResizedRange(10, 0).load("address");
  await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
  expect(() => past.address).toThrow();
  ws.getRange("A1:B2").getIntersection("D4:E5").load("address");
  await expect(ctx.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
});

test("the fill of several areas is one record; a property the cells do not share comes back null", async () => {
  const f = await fakeOf((wb) => {
    const ws = wb.addWorksheet("S");
    for (const a of ["A1", "A2", "C5"])
      ws.getCell(a).fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
    ws.getCell("D1").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF00FF00" } };
  });
  const ctx = ctxOf(f);
  const ws = ctx.workbook.worksheets.getItem("S");
  const same = ws.getRanges("A1:A2,C5").format.fill.load("color,pattern");
  const mixed = ws.getRanges("A1:A2,D1").format.fill.load("color,pattern");
  const partly = ws.getRanges("A1,B1").format.fill.load("color,pattern");
  await ctx.sync();
  expect([same.color, same.pattern]).toEqual(["#FFFF00", "Solid"]);
  expect([mixed.color, mixed.pattern]).toEqual([null, "Solid"]);
  expect([partly.color, partly.pattern]).toEqual([null, null]);
});

test("addresses travel in the request: a long address list costs its length", async () => {
  const f = await fakeOf((wb) => wb.addWorksheet("S"));
  const ctx = ctxOf(f);
  const ws = ctx.workbook.worksheets.getItem("S");
  const list = Array.from({ length: 1000 }, (_, i) => `B${i + 1}`).join(",");
  ws.getRanges(list).format.fill.load("color");
  await ctx.sync();
  expect(f.syncs[0].requestBytes).toBeGreaterThan(list.length);
});
