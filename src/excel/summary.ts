// Summary sheets: the engine's SummaryTables written as sheets, with links back to the source cells
// and a stacked bar chart per policy. Sheets the add-in creates carry a worksheet custom property
// (and are listed in the state sheet); regenerating replaces only those. A person's sheet with the same
// name is never deleted or overwritten: the new sheet gets a suffix.

import { columnLetter } from "../core/address";
import type { Lang } from "../core/messages";
import { stateToRows } from "../core/state";
import type { SummaryTable } from "../core/summary/tables";
import { errors } from "./errors";
import { sheetReference } from "./office";
import { loadState, writeStateRows } from "./stateSheet";

/** The custom property that marks a sheet as the add-in's. */
export const GENERATED_KEY = "PlanReview.generated";
export const GENERATED_VALUE = "summary";

const FIRST_TABLE_ROW_GAP = 1;

/** A free sheet name: the wanted one, else "name (2)", "name (3)" … within Excel's 31 characters. */
export function freeSheetName(wanted: string, taken: Set<string>): string {
  const lower = new Set([...taken].map((n) => n.toLowerCase()));
  const base = wanted.slice(0, 31);
  if (!lower.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const name = wanted.slice(0, 31 - suffix.length) + suffix;
    if (!lower.has(name.toLowerCase())) return name;
  }
}

/** "集計_要確認" or "集計_要確認 (2)" … for the table sheet "集計_要確認". */
function sameTableSheet(name: string, base: string): boolean {
  const n = name.toLowerCase();
  const b = base.toLowerCase();
  if (n === b) return true;
  const m = / \((\d+)\)$/.exec(n);
  if (!m) return false;
  const prefix = n.slice(0, m.index);
  // A prefix shorter than the base only when the base was cut to fit the 31-character limit.
  return prefix === b || (n.length === 31 && b.startsWith(prefix));
}

const NUMBER_FORMAT: Record<string, string> = { integer: "0", percent: "0.0%" };

/** Queues one table into a new sheet; returns nothing to sync. */
function queueTable(ws: Excel.Worksheet, table: SummaryTable, lang: Lang): void {
  const text = (m: { ja: string; en: string }) => (lang === "en" ? m.en : m.ja);
  const width = table.columns.length;
  const head: string[] = [text(table.title)];
  if (table.subtitle) head.push(text(table.subtitle));
  for (const n of table.notes ?? []) head.push(text(n));
  const headerRow = head.length + FIRST_TABLE_ROW_GAP + 1;
  const firstDataRow = headerRow + 1;
  const lastRow = headerRow + table.rows.length;

  // Everything that is text gets the text format first, so nothing starting with = + - @ becomes a formula.
  const heads = ws.getRange(`A1:A${head.length}`);
  heads.numberFormat = head.map(() => ["@"]);
  heads.values = head.map((h) => [h]);
  ws.getRange("A1").format.font.bold = true;

  if (width === 0) return;
  const header = ws.getRangeByIndexes(headerRow - 1, 0, 1, width);
  header.numberFormat = [table.columns.map(() => "@")];
  header.values = [table.columns.map((c) => text(c.title))];
  header.format.font.bold = true;

  if (table.rows.length) {
    const body = ws.getRangeByIndexes(firstDataRow - 1, 0, table.rows.length, width);
    body.numberFormat = table.rows.map((r) =>
      table.columns.map((c, i) => {
        const v = r.cells[i];
        return typeof v === "number" ? (NUMBER_FORMAT[c.kind] ?? "General") : "@";
      }),
    );
    body.values = table.rows.map((r) => table.columns.map((_, i) => r.cells[i] ?? ""));
    table.rows.forEach((r, i) => {
      if (r.style) ws.getRangeByIndexes(firstDataRow - 1 + i, 0, 1, width).format.font.bold = true;
      r.links?.forEach((link, j) => {
        if (!link || link.file) return;
        const cell = ws.getRangeByIndexes(firstDataRow - 1 + i, j, 1, 1);
        const shown = r.cells[j];
        cell.hyperlink = {
          documentReference: sheetReference(link.sheet, link.cell),
          textToDisplay: shown === null || shown === undefined ? link.cell : String(shown),
        };
      });
    });
  }
  table.columns.forEach((c, i) => {
    if (c.width) ws.getRangeByIndexes(0, i, 1, 1).format.columnWidth = c.width * 7;
  });
  if (table.filter && table.rows.length)
    ws.autoFilter.apply(ws.getRange(`A${headerRow}:${columnLetter(width)}${lastRow}`));
  if (table.chart) queueChart(ws, table, headerRow, text);
}

/**
 * The chart's data as a contiguous block to the right of the table (category, then the series), so the
 * chart is made from one range whatever the order of the table's columns. Total rows are left out.
 */
function queueChart(
  ws: Excel.Worksheet,
  table: SummaryTable,
  headerRow: number,
  text: (m: { ja: string; en: string }) => string,
): void {
  const chart = table.chart!;
  const cols = [chart.categoryColumn, ...chart.seriesColumns].map((k) =>
    table.columns.findIndex((c) => c.key === k),
  );
  if (cols.some((i) => i < 0)) return;
  const rows = table.rows.filter((r) => r.style !== "total" && r.style !== "subtotal" && r.style !== "group");
  if (!rows.length) return;
  const left = table.columns.length + 1;
  const block = ws.getRangeByIndexes(headerRow - 1, left, rows.length + 1, cols.length);
  block.numberFormat = [
    cols.map(() => "@"),
    ...rows.map((r) => cols.map((i, j) => (j === 0 ? "@" : typeof r.cells[i] === "number" ? "0" : "@"))),
  ];
  block.values = [
    cols.map((i) => text(table.columns[i].title)),
    ...rows.map((r) => cols.map((i, j) => (j === 0 ? String(r.cells[i] ?? "") : (r.cells[i] ?? 0)))),
  ];
  const c = ws.charts.add("BarStacked", block, "Columns");
  c.title.text = text(table.title);
}

export interface SummaryResult {
  /** Sheet names written, in table order (with a suffix where a person's sheet had the name). */
  sheets: string[];
  /** The add-in's earlier sheets that were replaced. */
  replaced: string[];
}

export async function writeSummarySheets(
  context: Excel.RequestContext,
  tables: SummaryTable[],
  opts: { lang?: Lang } = {},
): Promise<SummaryResult> {
  const lang = opts.lang ?? "ja";
  const list = context.workbook.worksheets;
  let marks: { ws: Excel.Worksheet; prop: Excel.WorksheetCustomProperty }[] = [];
  const { loaded, sheets } = await loadState(context, () => {
    marks = list.items.map((ws) => ({
      ws,
      prop: ws.customProperties.getItemOrNullObject(GENERATED_KEY).load("isNullObject,value"),
    }));
  });
  const ours = new Set(
    marks.filter((m) => !m.prop.isNullObject && m.prop.value === GENERATED_VALUE).map((m) => m.ws.name),
  );
  // Each table replaces the add-in's sheet of its name (or of its name with a suffix, given earlier
  // because a person's sheet had the name).
  const replaced: string[] = [];
  const names: string[] = [];
  const taken = new Set(sheets.keys());
  for (const t of tables) {
    const base = t.sheetName.slice(0, 31);
    const own = [...ours].find((n) => !replaced.includes(n) && sameTableSheet(n, base));
    if (own) {
      replaced.push(own);
      names.push(own);
      continue;
    }
    const name = freeSheetName(t.sheetName, taken);
    taken.add(name);
    names.push(name);
  }
  try {
    // The add-in's old sheets go first (the person's plan sheets keep the workbook's one visible sheet).
    for (const name of replaced) sheets.get(name)!.delete();
    tables.forEach((t, i) => {
      const ws = list.add(names[i]);
      ws.customProperties.add(GENERATED_KEY, GENERATED_VALUE);
      queueTable(ws, t, lang);
    });
    const created = [
      ...loaded.state.createdSheets.filter((n) => !replaced.includes(n) && sheets.has(n)),
      ...names,
    ];
    await writeStateRows(context, loaded, stateToRows({ ...loaded.state, createdSheets: created }));
    await context.sync();
  } catch (e) {
    // Remove what this run added; the replaced sheets were the add-in's own and are written again next run.
    for (const name of names) {
      if (sheets.has(name) && !replaced.includes(name)) continue;
      const ws = list.getItemOrNullObject(name);
      ws.load("isNullObject");
      await context.sync().catch(() => undefined);
      if (ws.isNullObject) continue;
      const prop = ws.customProperties.getItemOrNullObject(GENERATED_KEY).load("isNullObject");
      await context.sync().catch(() => undefined);
      if (prop.isNullObject) continue;
      ws.delete();
      await context.sync().catch(() => undefined);
    }
    throw errors.writeFailed({ ja: "集計シートの作成", en: "Writing the summary sheets" }, e);
  }
  return { sheets: names, replaced };
}
