/** @jest-environment jsdom */
// 前年度比較 in the pane: last year's workbook picked from disk, read in the page, compared with the
// open workbook; the changes listed like findings, filtered, and a row goes to its cell (this
// year's) or to its row on the 前年度比較 sheet (last year's).

import { webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { compareWorkbooks } from "../../src/core/diff/compare";
import { defaultSettings } from "../../src/core/settings";
import { DIFF_SHEET } from "../../src/core/summary/labels";
import { App } from "../../src/taskpane/App";
import { FakeExcel } from "../fake-excel";
import { LAST, LAST_AS_OF, planSheet, THIS_AS_OF, thisYear } from "../helpers/diffBooks";
import { buildWorkbook, checkBuilt } from "../helpers/workbook";
import { fakeService } from "./fakeService";
import "./render";

async function pane() {
  const fake = await FakeExcel.fromFile(await buildWorkbook([planSheet(thisYear())]));
  const service = fakeService(fake);
  await service.saveSettings({ ...defaultSettings(), asOf: THIS_AS_OF });
  render(<App service={service} lang="ja" theme={webLightTheme} />);
  fireEvent.click(await screen.findByRole("tab", { name: "前年度比較" }));
  return { fake, service };
}

async function pickLastYear() {
  const bytes = await buildWorkbook([planSheet(LAST)]);
  const file = new File([new Uint8Array(bytes)], "令和6年度.xlsx", {
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  });
  fireEvent.change(screen.getByLabelText("前年度のブック"), { target: { files: [file] } });
}

async function expected() {
  const l = await checkBuilt([planSheet(LAST)], { asOf: LAST_AS_OF });
  const t = await checkBuilt([planSheet(thisYear())], { asOf: THIS_AS_OF });
  return compareWorkbooks(l, t).findings;
}

test("says the file is read locally; compares only once a file is picked", async () => {
  const { service } = await pane();
  expect(screen.getByText(/どこにも送信しません/)).toBeTruthy();
  const button = screen.getByRole("button", { name: "前年度と比較" }) as HTMLButtonElement;
  expect(button.disabled).toBe(true);
  // The picker is a button in Office's language (the browser's own says "Choose File" in its own).
  const choose = screen.getByRole("button", { name: "ファイルを選ぶ…" });
  const input = screen.getByLabelText("前年度のブック") as HTMLInputElement;
  const opened = jest.fn();
  input.addEventListener("click", opened);
  fireEvent.click(choose);
  expect(opened).toHaveBeenCalledTimes(1);
  expect(screen.getByText("選ばれていません")).toBeTruthy();
  await pickLastYear();
  expect(button.disabled).toBe(false);
  expect(screen.getByText("令和6年度.xlsx")).toBeTruthy();
  expect(service.calls).not.toContain("compareWithLast");
});

test("lists every change like the check's findings, filters them, and goes to their cells", async () => {
  const { fake, service } = await pane();
  await pickLastYear();
  fireEvent.click(screen.getByRole("button", { name: "前年度と比較" }));
  const want = await expected();
  await screen.findByText(`指摘 ${want.length} 件`);
  expect(screen.getByText(/前年度のみ 3 件/)).toBeTruthy();
  expect(screen.getByRole("status").textContent).toContain(`「${DIFF_SHEET}」シートに書き出しました`);
  const list = screen.getByRole("list", { name: "指摘の一覧" });
  for (const f of want) expect(within(list).getByText(f.message)).toBeTruthy();
  // Filtered by rule: only the gone items are left.
  fireEvent.change(screen.getByLabelText("ルールで絞り込み"), { target: { value: "diff-dropped" } });
  const dropped = want.filter((f) => f.rule === "diff-dropped");
  await waitFor(() => expect(within(list).queryByText(want[0].message)).toBeNull());
  for (const f of dropped) expect(within(list).getByText(f.message)).toBeTruthy();
  // A change in last year's workbook goes to its row of the 前年度比較 sheet.
  fireEvent.click(within(list).getByText(dropped[0].message));
  const diffSheet = fake.data.byName(DIFF_SHEET)!;
  await waitFor(() => expect(fake.data.selection?.sheetId).toBe(diffSheet.id));
  const row = Number(/(\d+)$/.exec(fake.data.selection!.address)![1]);
  expect(diffSheet.get(row, 5)).toBe(dropped[0].message);
  // A change in this workbook goes to its cell.
  fireEvent.change(screen.getByLabelText("ルールで絞り込み"), { target: { value: "" } });
  const here = want.find((f) => f.book === "this")!;
  fireEvent.click(await within(list).findByText(here.message));
  await waitFor(() => expect(fake.data.selection?.address).toBe(here.cell));
  expect(fake.data.selection?.sheetId).toBe(fake.data.byName(here.sheet)!.id);
  expect(service.calls.filter((c) => c === "compareWithLast")).toHaveLength(1);
});
