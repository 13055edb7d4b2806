// The annotated copy explains itself: a sheet with the colours' legend, the rules found (named in the
// user's language, never by id) and every finding, linked to its cell and printable beside the sheet.

import type ExcelJS from "exceljs";
import type { WorkbookReport } from "../core/check";
import { TONE_FILL } from "../core/colours";
import type { Lang } from "../core/messages";
import { RULES } from "../core/rules";
import { LEGEND_SHEET, LEGEND_TITLE } from "../core/summary/labels";
import { textWidth } from "../core/summary/width";
import type { Finding, RuleId, Severity } from "../core/types";
import { argb, SEVERITY_WORD } from "./writeHighlights";
import { cellLinkTarget, writeLink, writeValue } from "./writeText";
import { freeSheetName, wrappedLines } from "./writeSummary";

const FONT = "游ゴシック";
const SIZE = 10;
const LINE = 14;
const HEADER_FILL = "FFD9E1F2";
const THIN: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FFA6A6A6" } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const SEVERITIES: Severity[] = ["error", "warning", "info"];
const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export const ruleTitle = (id: RuleId, lang: Lang): string =>
  RULES.find((r) => r.meta.id === id)?.meta.description[lang] ?? id;

const WORDS = {
  ja: {
    intro:
      "計画シートで指摘のあるセルに、重要度の色を付けています。各セルのメモにも同じ内容があります。色付けは元のブックには加えていません。",
    colour: "色",
    severity: "重要度",
    meaning: "意味",
    meanings: {
      error: "誤り。直してから集計してください",
      warning: "表記ゆれや確認が必要な記載",
      info: "確認のための参考",
    },
    rules: "見つかった指摘の種類",
    rule: "指摘",
    count: "件数",
    list: "指摘一覧",
    sheet: "シート",
    cell: "セル",
    message: "内容",
    fix: "修正案",
  },
  en: {
    intro:
      "Cells with a finding on the plan sheets are coloured by severity; each cell's note says the same. The original workbook is unchanged.",
    colour: "Colour",
    severity: "Severity",
    meaning: "Meaning",
    meanings: {
      error: "A mistake: fix it before summarising",
      warning: "A variant spelling or an entry to check",
      info: "For reference, to check",
    },
    rules: "Kinds of findings",
    rule: "Finding",
    count: "Count",
    list: "Findings",
    sheet: "Sheet",
    cell: "Cell",
    message: "Message",
    fix: "Fix",
  },
} as const;

/** Adds the legend and finding list; returns the sheet (none when the report has no finding). */
export function addLegendSheet(
  wb: ExcelJS.Workbook,
  report: WorkbookReport,
  lang: Lang,
): ExcelJS.Worksheet | null {
  const findings: Finding[] = report.sheets.flatMap((s) => s.findings);
  if (!findings.length) return null;
  const w = WORDS[lang];
  const ws = wb.addWorksheet(freeSheetName(wb, LEGEND_SHEET), { properties: { defaultRowHeight: LINE + 4 } });
  const widths = [16, 8, 12, 40, 16];
  ws.columns = widths.map((width) => ({ width }));
  const total = widths.reduce((a, b) => a + b, 0);
  const font = (bold = false): Partial<ExcelJS.Font> => ({ name: FONT, size: SIZE, bold });
  const head = (row: ExcelJS.Row, texts: string[]) => {
    texts.forEach((t, i) => {
      const c = row.getCell(i + 1);
      writeValue(c, t);
      c.font = font(true);
      c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: HEADER_FILL } };
      c.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
      c.border = BORDER;
    });
  };
  const fillOf = (s: Severity): ExcelJS.Fill => ({
    type: "pattern",
    pattern: "solid",
    fgColor: { argb: argb(TONE_FILL[s]) },
  });

  let r = 1;
  writeValue(ws.getCell(r, 1), LEGEND_TITLE[lang]);
  ws.getCell(r, 1).font = { name: FONT, size: 14, bold: true };
  ws.getRow(r).height = 22;
  r++;
  ws.mergeCells(r, 1, r, 5);
  writeValue(ws.getCell(r, 1), w.intro);
  ws.getCell(r, 1).font = { name: FONT, size: 9, color: { argb: "FF595959" } };
  ws.getCell(r, 1).alignment = { wrapText: true, vertical: "top" };
  ws.getRow(r).height = wrappedLines(w.intro, total) * 13 + 3;
  r += 2;

  // The colours.
  // Merged ranges take their first cell's style: every cell is styled first, then merged.
  head(ws.getRow(r), [w.colour, w.severity, w.meaning, "", ""]);
  ws.mergeCells(r, 3, r, 5);
  for (const s of SEVERITIES) {
    r++;
    const row = ws.getRow(r);
    writeValue(row.getCell(1), SEVERITY_WORD[lang][s]);
    writeValue(row.getCell(2), SEVERITY_WORD[lang][s]);
    writeValue(row.getCell(3), w.meanings[s]);
    for (let i = 1; i <= 5; i++) {
      row.getCell(i).font = font();
      row.getCell(i).border = BORDER;
      row.getCell(i).alignment = { vertical: "top", wrapText: true };
    }
    row.getCell(1).fill = fillOf(s);
    ws.mergeCells(r, 3, r, 5);
  }
  r += 2;

  // The kinds of findings, most severe first: severity, count, then the rule's name in words.
  const byRule = new Map<RuleId, { severity: Severity; count: number }>();
  for (const f of findings) {
    const e = byRule.get(f.rule) ?? { severity: f.severity, count: 0 };
    e.count++;
    if (RANK[f.severity] < RANK[e.severity]) e.severity = f.severity;
    byRule.set(f.rule, e);
  }
  writeValue(ws.getCell(r, 1), w.rules);
  ws.getCell(r, 1).font = { name: FONT, size: 11, bold: true };
  r++;
  head(ws.getRow(r), [w.severity, w.count, w.rule, "", ""]);
  ws.mergeCells(r, 3, r, 5);
  const rules = [...byRule].sort(
    (a, b) => RANK[a[1].severity] - RANK[b[1].severity] || b[1].count - a[1].count,
  );
  for (const [id, e] of rules) {
    r++;
    const row = ws.getRow(r);
    writeValue(row.getCell(1), SEVERITY_WORD[lang][e.severity]);
    row.getCell(2).value = e.count;
    writeValue(row.getCell(3), ruleTitle(id, lang));
    for (let i = 1; i <= 5; i++) {
      row.getCell(i).font = font();
      row.getCell(i).border = BORDER;
      row.getCell(i).alignment = { vertical: "top", wrapText: true };
    }
    row.getCell(1).fill = fillOf(e.severity);
    ws.mergeCells(r, 3, r, 5);
    const lines = wrappedLines(ruleTitle(id, lang), widths[2] + widths[3] + widths[4]);
    if (lines > 1) row.height = lines * LINE + 4;
  }
  r += 2;

  // Every finding, in sheet order, linked to its cell: the notes, printable.
  writeValue(ws.getCell(r, 1), w.list);
  ws.getCell(r, 1).font = { name: FONT, size: 11, bold: true };
  r++;
  const listHeader = r;
  head(ws.getRow(r), [w.sheet, w.cell, w.severity, w.message, w.fix]);
  for (const sheet of report.sheets) {
    for (const f of [...sheet.findings].sort((a, b) => a.row - b.row || a.col - b.col)) {
      r++;
      const row = ws.getRow(r);
      const message = `${ruleTitle(f.rule, lang)}\n${lang === "ja" ? f.message : f.messageEn}`;
      writeValue(row.getCell(1), f.sheet);
      writeLink(row.getCell(2), f.cell, cellLinkTarget(f.sheet, f.cell));
      writeValue(row.getCell(3), SEVERITY_WORD[lang][f.severity]);
      row.getCell(3).fill = fillOf(f.severity);
      writeValue(row.getCell(4), message);
      writeValue(row.getCell(5), f.fix ?? null);
      for (let i = 1; i <= 5; i++) {
        const c = row.getCell(i);
        c.font = i === 2 ? { name: FONT, size: SIZE, color: { argb: "FF0563C1" }, underline: true } : font();
        c.border = BORDER;
        c.alignment = { vertical: "top", wrapText: i !== 2 && i !== 3 };
      }
      const lines = Math.max(
        wrappedLines(message, widths[3]),
        wrappedLines(f.sheet, widths[0]),
        wrappedLines(f.fix ?? "", widths[4]),
      );
      row.height = lines * LINE + 4;
    }
  }
  ws.autoFilter = `A${listHeader}:E${r}`;
  ws.pageSetup = {
    paperSize: 9,
    orientation: "portrait",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: `${listHeader}:${listHeader}`,
    margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
  ws.headerFooter = {
    oddHeader: `&L&"${FONT}"&9${LEGEND_TITLE[lang].replace(/&/g, "&&")}`,
    oddFooter: "&C&9&P / &N",
  };
  // The sheet column as wide as the longest sheet name (within reason).
  const longest = Math.max(...report.sheets.map((s) => textWidth(s.name)));
  if (longest + 1.5 > widths[0]) ws.getColumn(1).width = Math.min(30, longest + 1.5);
  return ws;
}
