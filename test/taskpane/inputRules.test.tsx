/** @jest-environment jsdom */
// 入力規則 in the 検証 tab: set on the active sheet, cells left as they are listed, cleared back exactly.

import { fireEvent, screen } from "@testing-library/react";
import { renderPane } from "./render";

const validationCount = (service: Awaited<ReturnType<typeof renderPane>>["service"]) =>
  service.fake.data.sheets.reduce((n, s) => n + s.validations.size, 0);

test("入力規則を設定 puts lists on the sheet and names the cells left; 入力規則を解除 takes them off", async () => {
  const { service } = await renderPane();
  const before = JSON.stringify(service.fake.data.sheets.map((s) => [...s.validations]));
  fireEvent.click(await screen.findByRole("button", { name: "入力規則を設定" }));
  const msg = await screen.findByText(/セルに入力規則（ドロップダウンリスト）を設定しました/);
  const guarded = Number(/^([\d,]+) セル/.exec(msg.textContent!)![1].replace(/,/g, ""));
  expect(guarded).toBeGreaterThan(0);
  expect(validationCount(service)).toBe(guarded);
  expect(service.calls).toContain("setInputRules");
  // Cells whose value is not in the list are listed by address and value.
  const left = /一覧にない値の ([\d,]+) セル/.exec(msg.textContent!);
  if (left) {
    const note = screen.getByRole("note");
    expect(note.textContent).toContain("そのままにしたセル");
    expect(note.querySelectorAll("li").length).toBe(Number(left[1].replace(/,/g, "")));
  } else expect(screen.queryByText(/そのままにしたセル/)).toBeNull();

  fireEvent.click(screen.getByRole("button", { name: "入力規則を解除" }));
  const cleared = await screen.findByText(/入力規則を元に戻しました/);
  expect(cleared.textContent).toContain(`${guarded.toLocaleString("ja-JP")} セル`);
  expect(JSON.stringify(service.fake.data.sheets.map((s) => [...s.validations]))).toBe(before);
  expect(screen.queryByText(/そのままにしたセル/)).toBeNull();
});

test("the buttons speak English when Office does", async () => {
  await renderPane(undefined, "en");
  expect(await screen.findByRole("button", { name: "Set input rules" })).toBeTruthy();
  expect(screen.getByRole("button", { name: "Clear input rules" })).toBeTruthy();
});

test("on a sheet with nothing to guard the pane says so", async () => {
  const { service } = await renderPane();
  const memo = service.fake.data.addSheet("メモ");
  memo.set(1, 1, "打合せのメモ");
  service.fake.data.activeSheetId = memo.id;
  fireEvent.click(await screen.findByRole("button", { name: "入力規則を設定" }));
  expect(await screen.findByText(/入力規則を設定する状況や担当課のセルがありません/)).toBeTruthy();
  expect(validationCount(service)).toBe(0);
});
