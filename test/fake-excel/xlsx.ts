// Loads the fake's workbook from ExcelJS and saves it back: values, formulas, number formats,
// fills, merges, hyperlinks, visibility (very hidden too), sheet protection, data validation and
// workbook-scope names.

import ExcelJS from "exceljs";
import { parseRange } from "../../src/xlsx/read";
import { resolveColor, themeColors, type FileColor } from "./colors";
import { fromFileValidation, toFileValidation } from "../../src/xlsx/validationForm";
import { key, keyCol, keyRow, WorkbookData, type Fill, type Scalar, type Visibility } from "./model";

const STATE_TO_VISIBILITY: Record<string, Visibility> = {
  visible: "Visible",
  hidden: "Hidden",
  veryHidden: "VeryHidden",
};
const VISIBILITY_TO_STATE: Record<Visibility, ExcelJS.WorksheetState> = {
  Visible: "visible",
  Hidden: "hidden",
  VeryHidden: "veryHidden",
};

/** ExcelJS pattern names ↔ Office.js FillPattern names. */
const PATTERNS: Record<string, string> = {
  solid: "Solid",
  darkGray: "Gray75",
  mediumGray: "Gray50",
  lightGray: "Gray25",
  gray125: "Gray16",
  gray0625: "Gray8",
  darkHorizontal: "Horizontal",
  darkVertical: "Vertical",
  darkDown: "Down",
  darkUp: "Up",
  darkGrid: "Checker",
  darkTrellis: "SemiGray75",
  lightHorizontal: "LightHorizontal",
  lightVertical: "LightVertical",
  lightDown: "LightDown",
  lightUp: "LightUp",
  lightGrid: "Grid",
  lightTrellis: "CrissCross",
};
const PATTERNS_BACK = Object.fromEntries(Object.entries(PATTERNS).map(([a, b]) => [b, a]));

/** A fill as Office.js reports it: theme and indexed colours resolved, tints apart, gradients by kind. */
function fillOf(fill: ExcelJS.Fill | undefined, theme: Map<string, string>): Fill | null {
  if (fill?.type === "gradient") {
    const first = resolveColor(fill.stops?.[0]?.color as FileColor | undefined, theme);
    return {
      pattern: fill.gradient === "path" ? "RectangularGradient" : "LinearGradient",
      color: first?.rgb ?? "#FFFFFF",
    };
  }
  if (fill?.type !== "pattern" || fill.pattern === "none") return null;
  const fg = resolveColor(fill.fgColor as FileColor | undefined, theme);
  const f: Fill = { pattern: PATTERNS[fill.pattern] ?? "Solid", color: fg?.rgb ?? "#FFFFFF" };
  if (fg?.tint) f.tint = fg.tint;
  if (fill.pattern !== "solid") {
    const bg = resolveColor(fill.bgColor as FileColor | undefined, theme);
    f.patternColor = bg?.rgb ?? "#000000";
    if (bg?.tint) f.patternTint = bg.tint;
  }
  return f;
}

/** The areas of a conditional format's ref ("B1:B10 D1:D10"). */
function refBoxes(ref: string): { top: number; left: number; bottom: number; right: number }[] {
  return ref.split(/\s+/).flatMap((a) => {
    const r = parseRange(a);
    return r ? [r] : [];
  });
}

/** Excel's serial day number of a date (1900 system), as ExcelJS computes it. */
export function dateToSerial(d: Date): number {
  return 25569 + d.getTime() / 86400000;
}

function scalar(v: ExcelJS.CellValue): { value?: Scalar; formula?: string; link?: string; date?: boolean } {
  if (v === null || v === undefined) return {};
  if (typeof v === "string") return v === "" ? {} : { value: v };
  if (typeof v === "number" || typeof v === "boolean") return { value: v };
  if (v instanceof Date) return { value: dateToSerial(v), date: true };
  if ("richText" in v) return { value: v.richText.map((p) => p.text).join("") };
  if ("error" in v) return { value: String(v.error) };
  if ("formula" in v || "sharedFormula" in v) {
    const f = v as ExcelJS.CellFormulaValue;
    const result = f.result === undefined ? {} : scalar(f.result as ExcelJS.CellValue);
    return { ...result, ...(f.formula ? { formula: `=${f.formula}` } : {}) };
  }
  if ("hyperlink" in v) {
    const h = v as ExcelJS.CellHyperlinkValue;
    return { value: String(h.text ?? ""), link: h.hyperlink.replace(/^#/, "") };
  }
  return {};
}

export function fromExcelJS(wb: ExcelJS.Workbook): WorkbookData {
  const data = new WorkbookData();
  const theme = themeColors((wb as unknown as { _themes?: Record<string, string> })._themes?.theme1);
  for (const ws of wb.worksheets) {
    const s = data.addSheet(ws.name);
    s.visibility = STATE_TO_VISIBILITY[ws.state ?? "visible"] ?? "Visible";
    s.protected = Boolean(
      (ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet,
    );
    const cfs =
      (ws as unknown as { conditionalFormattings?: { ref: string }[] }).conditionalFormattings ?? [];
    for (const cf of cfs) s.conditionalFormats.push({ boxes: refBoxes(cf.ref), source: cf });
    const dvs = (ws as unknown as { dataValidations: { model: Record<string, unknown> } }).dataValidations
      .model;
    for (const [address, dv] of Object.entries(dvs)) {
      const p = parseRange(address);
      const v = fromFileValidation(dv as ExcelJS.DataValidation);
      if (p && v) s.validations.set(key(p.top, p.left), v);
    }
    for (const m of (ws.model as { merges?: string[] }).merges ?? []) {
      const r = parseRange(m);
      if (r) s.merges.push(r);
    }
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        const k = key(r, c);
        const fill = fillOf(cell.fill, theme);
        if (fill) {
          s.fills.set(k, fill);
          s.fillSources.set(k, cell.fill);
        }
        if (cell.font?.bold) s.bold.add(k);
        // A merged cell other than the master holds nothing of its own in Excel.
        if (cell.isMerged && cell.master.address !== cell.address) return;
        const v = scalar(cell.value);
        if (v.value !== undefined) s.set(r, c, v.value);
        if (v.formula) s.formulas.set(k, v.formula);
        if (v.link) s.links.set(k, v.link);
        const fmt = cell.numFmt || (v.date ? "yyyy/m/d" : undefined);
        if (fmt && fmt !== "General") s.numberFormats.set(k, fmt);
      });
    });
  }
  for (const dn of wb.definedNames.model as { name: string; ranges: string[] }[])
    if (dn.ranges.length === 1)
      data.names.set(dn.name.toLowerCase(), { name: dn.name, formula: `=${dn.ranges[0]}` });
  const active = wb.worksheets.find((w) => w.state === "visible" || !w.state);
  data.activeSheetId = active ? data.byName(active.name)!.id : null;
  return data;
}

export function toExcelJS(data: WorkbookData): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  for (const s of data.sheets) {
    const ws = wb.addWorksheet(s.name, { state: VISIBILITY_TO_STATE[s.visibility] });
    const keys = new Set<number>([
      ...s.formulas.keys(),
      ...s.numberFormats.keys(),
      ...s.fills.keys(),
      ...s.fillSources.keys(),
      ...s.links.keys(),
      ...s.bold,
    ]);
    for (const [r, cells] of s.rows) cells.forEach((v, i) => v !== undefined && keys.add(key(r, i + 1)));
    for (const k of keys) {
      const r = keyRow(k);
      const c = keyCol(k);
      const cell = ws.getCell(r, c);
      const v = s.get(r, c);
      const formula = s.formulas.get(k);
      const link = s.links.get(k);
      if (formula)
        cell.value = {
          formula: formula.slice(1),
          result: v as number | string | boolean | undefined,
        } as ExcelJS.CellFormulaValue;
      else if (link)
        cell.value = { text: String(v ?? ""), hyperlink: link.includes("#") ? link : `#${link}` };
      else if (v !== undefined) cell.value = v;
      const fmt = s.numberFormats.get(k);
      if (fmt) cell.numFmt = fmt;
      const fill = s.fills.get(k);
      const source = s.fillSources.get(k);
      if (source) cell.fill = source as ExcelJS.Fill;
      else if (fill) {
        const pattern = (PATTERNS_BACK[fill.pattern] ?? "solid") as ExcelJS.FillPatterns;
        cell.fill = {
          type: "pattern",
          pattern,
          fgColor: { argb: `FF${fill.color.slice(1)}` },
          ...(fill.patternColor ? { bgColor: { argb: `FF${fill.patternColor.slice(1)}` } } : {}),
        };
      }
      if (s.bold.has(k)) cell.font = { bold: true };
    }
    // Without style: mergeCells gives every cell of the area the master's style object, so a highlight on
    // the master would be saved on cells that never held it. Excel keeps each cell's own format.
    for (const m of s.merges) ws.mergeCellsWithoutStyle(m.top, m.left, m.bottom, m.right);
    for (const cf of s.conditionalFormats)
      ws.addConditionalFormatting(cf.source as ExcelJS.ConditionalFormattingOptions);
    for (const [k, v] of s.validations) ws.getCell(keyRow(k), keyCol(k)).dataValidation = toFileValidation(v);
    if (s.protected) (ws as unknown as { sheetProtection: unknown }).sheetProtection = { sheet: true };
  }
  for (const n of data.names.values()) wb.definedNames.add(n.formula.replace(/^=/, ""), n.name);
  return wb;
}
