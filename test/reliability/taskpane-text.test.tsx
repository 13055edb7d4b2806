/** @jest-environment jsdom */
// Cell text holding HTML or script is shown in the task pane as text: no element is made from it and
// nothing in it runs.

import { webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen } from "@testing-library/react";
import { TextDecoder, TextEncoder } from "node:util";
import ExcelJS from "exceljs";
import { defaultSettings } from "../../src/core/settings";
import { App } from "../../src/taskpane/App";
import { FakeExcel } from "../fake-excel";
import { fakeService } from "../taskpane/fakeService";
import "../taskpane/render";

Object.assign(globalThis, { TextEncoder, TextDecoder });

const SCRIPT = "<script>window.__ran = 'script'</script>";
const IMG = `<img src="x" onerror="window.__ran = 'img'">取組`;
const LINK = `<a href="javascript:window.__ran='link'">市民協働課</a>`;

test("HTML and script in cells appear as text in the findings; no element is created, nothing runs", async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("計画");
  ws.addRows([
    ["取組内容", "担当課", "H24", "H25"],
    [IMG, LINK, "実施", SCRIPT],
  ]);
  const fake = FakeExcel.fromWorkbook(wb);
  const service = fakeService(fake, "ja");
  await service.saveSettings({ ...defaultSettings(), asOf: "2014-03-31" });
  const { container } = render(<App service={service} lang="ja" theme={webLightTheme} />);
  fireEvent.click(await screen.findByRole("button", { name: "検証" }));
  await screen.findByText(/指摘 \d+ 件/);
  const text = container.textContent ?? "";
  // The status cell's text and the item's title are in the findings, as written.
  expect(text).toContain(SCRIPT);
  expect(text).toContain(IMG);
  expect(container.querySelector("script, img, a[href^='javascript:']")).toBeNull();
  expect((window as unknown as { __ran?: string }).__ran).toBeUndefined();
});
