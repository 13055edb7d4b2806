// The fake's data validation and names behave as Office.js documents them (limits and errors).

import ExcelJS from "exceljs";
import { FakeExcel, FakeOfficeError } from ".";
import { INLINE_LIST_LIMIT } from "./validation";

async function fake(): Promise<FakeExcel> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("S");
  ["実施", "完了", "", "検討"].forEach((v, i) => v && (ws.getCell(i + 1, 1).value = v));
  ["a", "b"].forEach((v, i) => (ws.getCell(i + 1, 3).value = v));
  return FakeExcel.fromWorkbook(wb);
}

const dvOf = (f: FakeExcel, address: string) =>
  f.context.workbook.worksheets.getItem("S").getRange(address).dataValidation;

async function code(f: FakeExcel, queue: () => void): Promise<string | undefined> {
  queue();
  return f.context.sync().then(
    () => undefined,
    (e: FakeOfficeError) => e.code,
  );
}

test("a rule holds exactly one criterion; a typed-out list is limited to 255 characters", async () => {
  const f = await fake();
  expect(
    await code(f, () => {
      dvOf(f, "A1").rule = {
        list: { inCellDropDown: true, source: "a,b" },
        wholeNumber: { formula1: 1, operator: "GreaterThan" },
      };
    }),
  ).toBe("InvalidArgument");
  const fits = "x".repeat(INLINE_LIST_LIMIT);
  expect(await code(f, () => (dvOf(f, "A1").rule = { list: { inCellDropDown: true, source: fits } }))).toBe(
    undefined,
  );
  await code(f, () => dvOf(f, "A1").clear());
  const long = `${fits},y`;
  expect(await code(f, () => (dvOf(f, "A1").rule = { list: { inCellDropDown: true, source: long } }))).toBe(
    "InvalidArgument",
  );
  expect(
    await code(f, () => (dvOf(f, "A1").rule = { list: { inCellDropDown: true, source: "=Nowhere" } })),
  ).toBe("InvalidArgument");
});

test("a rule is not set over another; clear() removes it; the alert style is checked", async () => {
  const f = await fake();
  expect(
    await code(f, () => (dvOf(f, "A1:A2").rule = { list: { inCellDropDown: true, source: "実施,完了" } })),
  ).toBe(undefined);
  expect(await code(f, () => (dvOf(f, "A2").rule = { list: { inCellDropDown: true, source: "x" } }))).toBe(
    "InvalidOperation",
  );
  expect(
    await code(
      f,
      () => (dvOf(f, "A1").errorAlert = { style: "Loud" as "Stop", message: "", showAlert: true, title: "" }),
    ),
  ).toBe("InvalidArgument");
  expect(await code(f, () => (dvOf(f, "B1").prompt = { showPrompt: true, message: "m", title: "t" }))).toBe(
    "InvalidOperation",
  );
  expect(await code(f, () => dvOf(f, "A2").clear())).toBe(undefined);
  expect(await code(f, () => (dvOf(f, "A2").rule = { list: { inCellDropDown: true, source: "x" } }))).toBe(
    undefined,
  );
});

test("type and valid over several cells: None, MixedCriteria, Inconsistent; true, false, null", async () => {
  const f = await fake();
  const read = async (address: string) => {
    const dv = dvOf(f, address).load("type,valid");
    await f.context.sync();
    return [dv.type, dv.valid];
  };
  expect(await read("A1:A4")).toEqual(["None", true]);
  dvOf(f, "A1:A3").rule = { list: { inCellDropDown: true, source: "実施,完了" } };
  await f.context.sync();
  expect(await read("A1:A2")).toEqual(["List", true]);
  expect(await read("A1:A4")).toEqual(["MixedCriteria", true]);
  dvOf(f, "A4").rule = { list: { inCellDropDown: true, source: "=S!$C$1:$C$2" } };
  await f.context.sync();
  expect(await read("A4")).toEqual(["List", false]);
  expect(await read("A1:A4")).toEqual(["Inconsistent", null]);
  // A blank cell is valid while ignoreBlanks holds.
  expect(await read("A3")).toEqual(["List", true]);
  dvOf(f, "A3").ignoreBlanks = false;
  await f.context.sync();
  expect(await read("A3")).toEqual(["List", false]);
});

test("names: valid names only, no duplicates, OrNullObject, formula and delete; kept on save", async () => {
  const f = await fake();
  const names = f.context.workbook.names;
  expect(await code(f, () => names.add("A1", "=S!$C$1:$C$2"))).toBe("InvalidArgument");
  expect(await code(f, () => names.add("two words", "=S!$C$1:$C$2"))).toBe("InvalidArgument");
  expect(await code(f, () => names.add("List_1", "=Gone!$C$1:$C$2"))).toBe("InvalidArgument");
  expect(await code(f, () => names.add("List_1", "=S!$C$1:$C$2"))).toBe(undefined);
  expect(await code(f, () => names.add("list_1", "=S!$C$1:$C$2"))).toBe("ItemAlreadyExists");
  const missing = names.getItemOrNullObject("Other").load("isNullObject");
  const there = names.getItemOrNullObject("LIST_1").load("isNullObject,name,formula");
  await f.context.sync();
  expect([missing.isNullObject, there.isNullObject, there.name, there.formula]).toEqual([
    true,
    false,
    "List_1",
    "=S!$C$1:$C$2",
  ]);
  names.getItem("List_1").formula = "=S!$C$1";
  dvOf(f, "A1").rule = { list: { inCellDropDown: true, source: "=List_1" } };
  await f.context.sync();
  const reopened = await f.reopen();
  expect(reopened.data.names.get("list_1")).toEqual({ name: "List_1", formula: "=S!$C$1" });
  expect(reopened.sheet("S").validations.size).toBe(1);
  expect(await code(f, () => names.getItem("Other").delete())).toBe("ItemNotFound");
  expect(await code(f, () => names.getItem("List_1").delete())).toBe(undefined);
  expect(f.data.names.size).toBe(0);
});
