// Renders the core's summary tables as worksheets styled for printing (A4 landscape, one page wide).

import type ExcelJS from "exceljs";
import { columnLetter } from "../core/address";
import type { Lang } from "../core/messages";
import { EMPTY_LIST } from "../core/summary/labels";
import type { SummaryColumn, SummaryLink, SummaryRow, SummaryTable } from "../core/summary/tables";
import { columnWidth, textWidth } from "../core/summary/width";
import { cellLinkTarget, writeLink, writeValue } from "./writeText";

export interface RenderOptions {
  lang: Lang;
  /** Where a link to another workbook points, relative to the written file (null: no link). */
  fileTarget?: (file: string) => string | null;
}

const FONT = "游ゴシック";
const SIZE = 10;
const LINE = 14; // points per line of 10-point text, with leading
const HEADER_FILL = "FFD9E1F2";
const STYLE_FILL: Record<NonNullable<SummaryRow["style"]>, string> = {
  group: "FFF2F2F2",
  subtotal: "FFEDEDED",
  total: "FFDDDDDD",
};
const THIN: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FFA6A6A6" } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

export { textWidth };

/** Lines a text needs in a column of `width` units when wrapped. */
export function wrappedLines(text: string, width: number): number {
  const usable = Math.max(1, width - 1);
  return text.split("\n").reduce((n, line) => n + Math.max(1, Math.ceil(textWidth(line) / usable)), 0);
}

/** A sheet name not yet used in the workbook (a second run does not clash with an earlier copy). */
export function freeSheetName(wb: ExcelJS.Workbook, name: string): string {
  const taken = new Set(wb.worksheets.map((w) => w.name.toLowerCase()));
  if (!taken.has(name.toLowerCase())) return name;
  for (let i = 2; ; i++) {
    const candidate = `${name} (${i})`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

function writeCell(
  cell: ExcelJS.Cell,
  value: string | number | null,
  column: SummaryColumn,
  link: SummaryLink | null | undefined,
  opts: RenderOptions,
): void {
  if (link && typeof value === "string") {
    const file = link.file !== undefined ? opts.fileTarget?.(link.file) : undefined;
    if (link.file === undefined || file) {
      writeLink(cell, value, cellLinkTarget(link.sheet, link.cell, file ?? undefined));
      cell.font = { name: FONT, size: SIZE, color: { argb: "FF0563C1" }, underline: true };
      return;
    }
  }
  if (column.kind === "percent" && value === null) {
    writeValue(cell, "－");
    cell.alignment = { horizontal: "center", vertical: "top" };
    return;
  }
  writeValue(cell, value);
}

/** Adds one summary table as a worksheet; returns the sheet. */
export function addSummarySheet(
  wb: ExcelJS.Workbook,
  table: SummaryTable,
  opts: RenderOptions,
): ExcelJS.Worksheet {
  const lang = opts.lang;
  const n = table.columns.length;
  const last = columnLetter(n);
  const ws = wb.addWorksheet(freeSheetName(wb, table.sheetName), {
    properties: { defaultRowHeight: LINE + 4 },
  });
  const widths = table.columns.map((c) => columnWidth(c, lang));
  ws.columns = widths.map((width) => ({ width }));
  const totalWidth = widths.reduce((s, w) => s + w, 0);

  let r = 1;
  const title = ws.getCell(r, 1);
  writeValue(title, table.title[lang]);
  title.font = { name: FONT, size: 14, bold: true };
  ws.getRow(r).height = 22;
  r++;
  if (table.subtitle) {
    writeValue(ws.getCell(r, 1), table.subtitle[lang]);
    ws.getCell(r, 1).font = { name: FONT, size: SIZE };
    r++;
  }
  for (const note of table.notes ?? []) {
    ws.mergeCells(r, 1, r, n);
    const cell = ws.getCell(r, 1);
    writeValue(cell, note[lang]);
    cell.font = { name: FONT, size: 9, color: { argb: "FF595959" } };
    cell.alignment = { wrapText: true, vertical: "top" };
    ws.getRow(r).height = wrappedLines(note[lang], totalWidth) * 13 + 3;
    r++;
  }
  r++; // a blank line before the table

  const headerRow = r;
  const header = ws.getRow(headerRow);
  let headerLines = 1;
  table.columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    writeValue(cell, c.title[lang]);
    cell.font = { name: FONT, size: SIZE, bold: true };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: HEADER_FILL } };
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    cell.border = BORDER;
    headerLines = Math.max(headerLines, wrappedLines(c.title[lang], widths[i]));
  });
  header.height = headerLines * LINE + 6;

  for (const row of table.rows) {
    r++;
    const out = ws.getRow(r);
    let lines = 1;
    table.columns.forEach((c, i) => {
      const value = row.cells[i] ?? null;
      const cell = out.getCell(i + 1);
      writeCell(cell, value, c, row.links?.[i], opts);
      if (!cell.font?.underline) cell.font = { name: FONT, size: SIZE, bold: row.style !== undefined };
      cell.border = BORDER;
      if (c.kind === "integer") cell.numFmt = "#,##0";
      if (c.kind === "percent" && typeof value === "number") cell.numFmt = "0.0%";
      if (!cell.alignment) {
        cell.alignment = {
          vertical: "top",
          wrapText: c.wrap === true,
          ...(c.kind === "integer" || c.kind === "percent" ? { horizontal: "right" as const } : {}),
        };
      }
      if (row.style)
        cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: STYLE_FILL[row.style] } };
      if (c.wrap && typeof value === "string") lines = Math.max(lines, wrappedLines(value, widths[i]));
    });
    if (row.style === "total") {
      for (let i = 1; i <= n; i++) out.getCell(i).border = { ...BORDER, top: { style: "double" } };
    }
    // Excel does not grow wrapped rows on opening a file: set the height the text needs.
    if (lines > 1) out.height = lines * LINE + 4;
  }
  if (table.rows.length === 0) {
    // An empty list says so, rather than a header over nothing.
    r++;
    ws.mergeCells(r, 1, r, n);
    const cell = ws.getCell(r, 1);
    writeValue(cell, EMPTY_LIST[lang]);
    cell.font = { name: FONT, size: SIZE };
    cell.alignment = { horizontal: "center", vertical: "middle" };
    cell.border = BORDER;
  }
  const lastRow = Math.max(r, headerRow);

  const rateCol = table.columns.findIndex((c) => c.kind === "percent");
  if (rateCol >= 0 && lastRow > headerRow && !table.bar) {
    const letter = columnLetter(rateCol + 1);
    ws.addConditionalFormatting({
      ref: `${letter}${headerRow + 1}:${letter}${lastRow}`,
      rules: [
        {
          type: "dataBar",
          priority: 1,
          cfvo: [
            { type: "num", value: 0 },
            { type: "num", value: 1 },
          ],
          color: { argb: "FF5B9BD5" },
        } as unknown as ExcelJS.ConditionalFormattingRule, // ExcelJS's types omit dataBar's cfvo and colour
      ],
    });
  }
  if (table.filter && lastRow > headerRow) ws.autoFilter = `A${headerRow}:${last}${lastRow}`;

  ws.views = [
    { state: "frozen", xSplit: 0, ySplit: headerRow, topLeftCell: `A${headerRow + 1}`, activeCell: "A1" },
  ];
  ws.pageSetup = {
    paperSize: 9, // A4
    orientation: "landscape",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: `${headerRow}:${headerRow}`,
    horizontalCentered: true,
    margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
  ws.headerFooter = {
    oddHeader: `&L&"${FONT}"&9${escapeHeader(table.title[lang])}`,
    oddFooter: `&C&9&P / &N`,
  };
  return ws;
}

/** & starts a code in Excel's page header: write it as &&. */
function escapeHeader(text: string): string {
  return text.replace(/&/g, "&&");
}
