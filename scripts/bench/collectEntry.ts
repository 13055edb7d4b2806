// The collect benchmark's page: the pane's service over the fake Excel, collecting the workbooks the
// page is served (book/dept-NN.xlsx) as 「ブックを集める」 does — read in the page with the browser
// reader, checked, written as the 取りまとめ and summary sheets — against only reading them.

import ExcelJS from "exceljs";
import { createExcelService } from "../../src/taskpane/excelService";
import { readXlsxInBrowser } from "../../src/xlsx/readInBrowser";
import { FakeExcel } from "../../test/fake-excel";

// The fake measures payloads with Node's Buffer.byteLength: the page counts the same UTF-8 bytes.
const utf8 = new TextEncoder();
if (!("Buffer" in globalThis))
  Object.assign(globalThis, { Buffer: { byteLength: (s: string) => utf8.encode(s).length } });

async function books(count: number): Promise<{ name: string; bytes: Uint8Array }[]> {
  return Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const name = `dept-${String(i + 1).padStart(2, "0")}`;
      const res = await fetch(`book/${name}.xlsx`);
      return { name: `${name}.xlsx`, bytes: new Uint8Array(await res.arrayBuffer()) };
    }),
  );
}

async function run(count: number): Promise<{ read: number; collect: number; items: number }> {
  const files = await books(count);
  let t = performance.now();
  for (const f of files) await readXlsxInBrowser(f.bytes);
  const read = performance.now() - t;
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Sheet1");
  const fake = FakeExcel.fromWorkbook(wb);
  const service = createExcelService({ run: (o, b) => fake.run(o, b), lang: "ja" });
  await service.saveSettings({ ...(await service.loadSettings()), asOf: "2014-03-31" });
  t = performance.now();
  const out = await service.collectBooks(
    files.map((f) => ({ name: f.name, bytes: async () => f.bytes })),
    () => undefined,
  );
  const collect = performance.now() - t;
  return { read, collect, items: out.files.reduce((n, f) => n + (f.items ?? 0), 0) };
}

(window as unknown as { benchCollect: typeof run }).benchCollect = run;
