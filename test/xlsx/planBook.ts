// A small plan workbook built with ExcelJS for the writer tests; item titles that look like formulas.

import ExcelJS from "exceljs";

export const HYPERLINK_TITLE = '=HYPERLINK("http://example.invalid","x")';
export const DDE_TITLE = "=cmd|' /C calc'!A0";

/**
 * 取組計画: 分野 | 取組内容 | 担当課 | H24 | H25 (計画, 実績) | 実施結果, review year H25 (as of 2014-03-31).
 * Row 5: a policy and item written like formulas, H25 result 未実施 (item-unimplemented at H5).
 * Row 6: H25 plan 実地 (status-unknown at E6, fix 実施). Row 7: 市民共働課 next to 市民協働課 ×2 (a warning at C7).
 */
export async function planBook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("取組計画");
  const rows: (string | null)[][] = [
    ["取組計画（平成25年度実績）", null, null, null, null, null, null],
    [null, null, null, null, null, null, null],
    ["分野", "取組内容", "担当課", "H24", "H25", null, "実施結果"],
    [null, null, null, "計画", "計画", "実績", null],
    [HYPERLINK_TITLE, DDE_TITLE, "市民協働課", "検討", "実施", null, "未実施"],
    [null, "@SUM(A1:A2)", "市民協働課", "検討", "実地", null, "説明会を開催した。"],
    ["+協働", "-参画の推進", "市民共働課", "実施", "継続", null, "研修を2回開催した。"],
    [null, "広報の充実", "市民協働課・広報課", "実施", "継続", null, "市報に掲載した。"],
  ];
  rows.forEach((row, r) => row.forEach((v, c) => v !== null && (ws.getCell(r + 1, c + 1).value = v)));
  for (const m of ["A3:A4", "B3:B4", "C3:C4", "E3:F3", "G3:G4", "A5:A6", "A7:A8"]) ws.mergeCells(m);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
