// Navigation: show a finding's cell (activate its sheet, select the cell).

import { errors, fromOffice } from "./errors";

export async function selectCell(context: Excel.RequestContext, sheet: string, cell: string): Promise<void> {
  try {
    const ws = context.workbook.worksheets.getItemOrNullObject(sheet);
    ws.load("isNullObject,visibility");
    await context.sync();
    if (ws.isNullObject) throw errors.missing(sheet);
    if (ws.visibility !== "Visible") throw errors.hidden(sheet);
    ws.activate();
    ws.getRange(cell).select();
    await context.sync();
  } catch (e) {
    throw fromOffice(e, { ja: `「${sheet}」の ${cell} への移動`, en: `Going to ${cell} on "${sheet}"` });
  }
}
