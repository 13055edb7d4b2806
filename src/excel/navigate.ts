// Navigation: show a finding's cell (activate its sheet, select the cell).

import { errors, ExcelLayerError } from "./errors";

export async function selectCell(context: Excel.RequestContext, sheet: string, cell: string): Promise<void> {
  const ws = context.workbook.worksheets.getItemOrNullObject(sheet);
  ws.load("isNullObject,visibility");
  await context.sync();
  if (ws.isNullObject) throw errors.missing(sheet);
  if (ws.visibility !== "Visible")
    throw new ExcelLayerError("sheet-missing", {
      ja: `シート「${sheet}」は非表示です。［ホーム］→［書式］→［シートの再表示］で表示してから、もう一度選んでください。`,
      en: `Sheet "${sheet}" is hidden. Unhide it (Home → Format → Unhide Sheet) and choose the finding again.`,
    });
  ws.activate();
  ws.getRange(cell).select();
  await context.sync();
}
