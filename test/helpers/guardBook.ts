// A plan workbook for the input rules: a table of status cells across years, a department master, and
// validations of its own on some cells (one a status cell, one outside the table).

import ExcelJS from "exceljs";

export const GUARD_SHEET = "実施計画";

/** Status cells whose value is not in the sheet's list (written with a space, and a free phrase). */
export const OUTSIDE = { D5: "実 施", E6: "検討中です" };
/** Cells that carry a validation of their own before the add-in's. */
export const OWN_VALIDATION = { status: "F4", other: "B9" };

export async function guardBook(opts: { master?: boolean; own?: boolean } = {}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(GUARD_SHEET);
  const rows: (string | null)[][] = [
    ["アクションプラン 実施計画"],
    [],
    ["施策", "取組", "担当課", "令和5年度", "令和6年度", "令和7年度"],
    ["1 子育て支援", "保育所の整備", "こども課", "検討", "実施", "実施"],
    ["1 子育て支援", "病児保育の拡充", "こども課", OUTSIDE.D5, "⇒", "完了"],
    ["2 防災", "防災訓練の実施", "危機管理課", "実施", OUTSIDE.E6, null],
    ["2 防災", "備蓄品の更新", "総務課・財政課", "準備", "実施", "━━⇒"],
  ];
  rows.forEach((r, i) => r.forEach((v, j) => v !== null && (ws.getCell(i + 1, j + 1).value = v)));
  if (opts.own !== false) addOwn(ws);
  if (opts.master !== false) {
    const m = wb.addWorksheet("課一覧");
    [["課名"], ["こども課"], ["危機管理課"], ["総務課"], ["財政課"]].forEach(
      (r, i) => (m.getCell(i + 1, 1).value = r[0]),
    );
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function addOwn(ws: ExcelJS.Worksheet): void {
  ws.getCell(OWN_VALIDATION.status).dataValidation = {
    type: "list",
    allowBlank: true,
    formulae: ['"実施,完了"'],
    showErrorMessage: true,
    errorTitle: "入力",
    error: "実施か完了",
  };
  ws.getCell(OWN_VALIDATION.other).dataValidation = {
    type: "whole",
    operator: "greaterThan",
    formulae: [0],
    showInputMessage: true,
    prompt: "正の数",
  };
}
