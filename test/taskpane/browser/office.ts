// Puts the fake Excel behind the globals the task pane uses (Office, Excel), in a browser page.
// The page's query names the workbook to load (?book=NAME, served at /book/NAME.xlsx), the display
// language (?lang=en), the review day saved in the workbook's settings (?asOf=YYYY-MM-DD) and Office's
// theme (?theme=dark gives the colours Office's Black theme reports).

import ExcelJS from "exceljs";
import { defaultSettings } from "../../../src/core/settings";
import { createExcelService } from "../../../src/taskpane/excelService";
import { FakeExcel } from "../../fake-excel";

// The fake measures payloads with Node's Buffer.byteLength: the page counts the same UTF-8 bytes.
const utf8 = new TextEncoder();
if (!("Buffer" in globalThis))
  Object.assign(globalThis, { Buffer: { byteLength: (s: string) => utf8.encode(s).length } });

const query = new URLSearchParams(window.location.search);
const displayLanguage = query.get("lang") === "en" ? "en-US" : "ja-JP";

async function open(): Promise<FakeExcel> {
  const res = await fetch(`book/${encodeURIComponent(query.get("book") ?? "kumamoto-plan")}.xlsx`);
  if (!res.ok) throw new Error(`workbook not served: ${res.status}`);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await res.arrayBuffer());
  const fake = FakeExcel.fromWorkbook(wb);
  const asOf = query.get("asOf");
  if (asOf) {
    const service = createExcelService({ run: (o, b) => fake.run(o, b), lang: "ja" });
    await service.saveSettings({ ...defaultSettings(), asOf });
  }
  return fake;
}

const ready = open();
// The browser test reads the workbook's state (selection, values, fills, sheets) through this.
(window as unknown as { planReviewFake: Promise<FakeExcel> }).planReviewFake = ready;

/** What Office reports for its Black theme (Office.context.officeTheme). */
export const OFFICE_DARK = {
  bodyBackgroundColor: "#262626",
  bodyForegroundColor: "#FFFFFF",
  controlBackgroundColor: "#363636",
  controlForegroundColor: "#FFFFFF",
  isDarkTheme: true,
};
const officeTheme = query.get("theme") === "dark" ? OFFICE_DARK : undefined;

const office = {
  context: { displayLanguage, officeTheme },
  onReady(callback?: () => void): Promise<{ host: string; platform: string }> {
    return ready.then(() => {
      callback?.();
      return { host: "Excel", platform: "OfficeOnline" };
    });
  },
};

const excel = {
  run<T>(
    optionsOrBatch: { mergeUndoGroup?: boolean } | ((ctx: Excel.RequestContext) => Promise<T>),
    batch?: (ctx: Excel.RequestContext) => Promise<T>,
  ): Promise<T> {
    return ready.then((fake) =>
      typeof optionsOrBatch === "function" ? fake.run(optionsOrBatch) : fake.run(optionsOrBatch, batch!),
    );
  },
};

Object.assign(window, { Office: office, Excel: excel });
