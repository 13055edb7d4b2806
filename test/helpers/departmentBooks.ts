// Department workbooks as a city collects them at year-end: one generated plan table each.

import ExcelJS from "exceljs";
import { generateTableSheet } from "./generate";

/** A department's workbook: a plan table of `items` generated rows, as an .xlsx. */
export async function departmentBook(items: number): Promise<Buffer> {
  const sheet = generateTableSheet(items);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet.name);
  for (const row of sheet.values) ws.addRow(row);
  for (const m of sheet.merges) ws.mergeCells(m.top, m.left, m.bottom, m.right);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
