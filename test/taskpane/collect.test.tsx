/** @jest-environment jsdom */
// 「ブックを集める」 in the pane: picked files read in the page, a bar per file, an unreadable file
// listed with its reason while the others are collected; the pane says the files stay local.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fireEvent, screen, within } from "@testing-library/react";
import { COLLECTED_FILES_SHEET, COLLECTED_SHEET } from "../../src/core/summary/labels";
import { FIXTURES } from "../helpers/fixtures";
import { renderPane } from "./render";

function fileOf(name: string, bytes: Uint8Array): File {
  return new File([bytes as BlobPart], name, {
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  });
}

test("picked files are collected into the open workbook, an unreadable one listed with its reason", async () => {
  const { service } = await renderPane();
  fireEvent.click(await screen.findByRole("tab", { name: "集計" }));
  expect(screen.getByText(/どこにも送信・アップロードしません/)).toBeTruthy();
  const input = screen.getByTestId("collect-input") as HTMLInputElement;
  const good = fileOf("goto-results.xlsx", new Uint8Array(readFileSync(join(FIXTURES, "goto-results.xlsx"))));
  const bad = fileOf("壊れた.xlsx", new TextEncoder().encode("not a workbook"));
  fireEvent.change(input, { target: { files: [good, bad] } });
  await screen.findByText(/2 ファイル中 1 ファイルを集め、シートを書き出しました: 取りまとめ/, undefined, {
    timeout: 10_000,
  });
  const list = screen.getByRole("list", { name: "集めるファイル" });
  const rows = within(list).getAllByRole("listitem");
  expect(rows.map((r) => r.getAttribute("data-file"))).toEqual(["goto-results.xlsx", "壊れた.xlsx"]);
  expect(within(rows[0]).getByText(/^19 件の取組$/)).toBeTruthy();
  expect(within(rows[1]).getByText(/^読めません: zip .*（このファイルを除いて集めました）$/)).toBeTruthy();
  expect(within(rows[0]).getByRole("progressbar").getAttribute("aria-valuenow")).toBe("1");
  expect(service.fake.sheet(COLLECTED_SHEET).get(1, 1)).toBe("取りまとめ（全ファイルの取組）");
  expect(service.fake.sheet(COLLECTED_FILES_SHEET).get(1, 1)).toBe("取りまとめたファイル");
});

test("in English, the pane says the same", async () => {
  await renderPane(undefined, "en");
  fireEvent.click(await screen.findByRole("tab", { name: "Summary" }));
  expect(screen.getByText(/never sent or uploaded anywhere/)).toBeTruthy();
  expect(screen.getByRole("button", { name: "Pick workbooks to collect" })).toBeTruthy();
});
