// Summary sheets: the engine's SummaryTables written as sheets, with links back to the source cells
// and a stacked bar chart per policy. Sheets the add-in creates carry a worksheet custom property
// (and are listed in the state sheet); regenerating replaces only those. A person's sheet with the same
// name is never deleted or overwritten: the new sheet gets a suffix.

import { columnLetter } from "../core/address";
import type { Lang } from "../core/messages";
import { stateToRows } from "../core/state";
import { EMPTY_LIST } from "../core/summary/labels";
import type { SummaryTable } from "../core/summary/tables";
import { columnWidth } from "../core/summary/width";
import type { Message } from "../core/rules/rule";
import { fromOffice, officeCode } from "./errors";
import { WriteGuard } from "./guard";
import { sheetReference } from "./office";
import { undo } from "./rollback";
import { loadState, stateUndoStep, writeStateRows, type LoadedState } from "./stateSheet";

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

/**
 * Estimated request bytes queued per sync while writing summary sheets: well under Excel on the web's
 * 5 MB request limit, with room for the envelope Office.js adds to each operation.
 */
export const SUMMARY_BATCH_BYTES = 1_500_000;
/** Envelope of one queued operation (object path, action, property name), over-estimated. */
const OP_BYTES = 200;

/** Estimated UTF-8 bytes of a value in a request (3 bytes per character covers Japanese text). */
const valueBytes = (v: unknown): number =>
  typeof v === "string" ? v.length * 3 + 8 : v === null || v === undefined ? 4 : 24;

/** Queued writes, synced whenever the estimated request reaches SUMMARY_BATCH_BYTES. */
class WriteBatch {
  bytes = 0;
  constructor(private readonly context: Excel.RequestContext) {}
  async add(bytes: number): Promise<void> {
    this.bytes += bytes;
    if (this.bytes >= SUMMARY_BATCH_BYTES) await this.flush();
  }
  async flush(): Promise<void> {
    if (!this.bytes) return;
    this.bytes = 0;
    await this.context.sync();
  }
}

type Cell = string | number;

interface BlockRow {
  formats: string[];
  values: Cell[];
  /** Writes of the row beyond its values (bold, links), queued with it; returns their estimated bytes. */
  extra?: (sheetRow: number) => number;
}

/**
 * Writes rows from sheet row `top` (0-based) and column `left` in blocks sized by their estimated bytes,
 * so no request exceeds the payload limit however many rows the table has.
 */
async function writeRows(
  batch: WriteBatch,
  ws: Excel.Worksheet,
  top: number,
  left: number,
  rows: BlockRow[],
): Promise<void> {
  let start = 0;
  while (start < rows.length) {
    let end = start;
    let bytes = 2 * OP_BYTES;
    while (end < rows.length && (end === start || batch.bytes + bytes < SUMMARY_BATCH_BYTES)) {
      for (let i = 0; i < rows[end].values.length; i++)
        bytes += valueBytes(rows[end].values[i]) + valueBytes(rows[end].formats[i]);
      end++;
    }
    const block = rows.slice(start, end);
    const range = ws.getRangeByIndexes(top + start, left, block.length, block[0].values.length);
    range.numberFormat = block.map((r) => r.formats);
    range.values = block.map((r) => r.values);
    block.forEach((r, i) => {
      if (r.extra) bytes += r.extra(top + start + i);
    });
    await batch.add(bytes);
    start = end;
  }
}

/** The sheet row (1-based) of a table's first row: under its title, subtitle, notes, a blank line and the header. */
export function firstTableRow(table: SummaryTable): number {
  const head = 1 + (table.subtitle ? 1 : 0) + (table.notes?.length ?? 0);
  return head + FIRST_TABLE_ROW_GAP + 2;
}

/** Queues one table into a new sheet, syncing as the batch fills. */
async function writeTable(
  batch: WriteBatch,
  ws: Excel.Worksheet,
  table: SummaryTable,
  lang: Lang,
  opts: { externalLinks?: boolean } = {},
): Promise<void> {
  const text = (m: { ja: string; en: string }) => (lang === "en" ? m.en : m.ja);
  const width = table.columns.length;
  const head: string[] = [text(table.title)];
  if (table.subtitle) head.push(text(table.subtitle));
  for (const n of table.notes ?? []) head.push(text(n));
  const firstDataRow = firstTableRow(table);
  const headerRow = firstDataRow - 1;
  const lastRow = headerRow + table.rows.length;

  // Everything that is text gets the text format first, so nothing starting with = + - @ becomes a formula.
  const heads = ws.getRange(`A1:A${head.length}`);
  heads.numberFormat = head.map(() => ["@"]);
  heads.values = head.map((h) => [h]);
  ws.getRange("A1").format.font.bold = true;
  await batch.add(4 * OP_BYTES + head.reduce((n, h) => n + valueBytes(h) + 8, 0));

  if (width === 0) return;
  const header = ws.getRangeByIndexes(headerRow - 1, 0, 1, width);
  header.numberFormat = [table.columns.map(() => "@")];
  header.values = [table.columns.map((c) => text(c.title))];
  header.format.font.bold = true;
  await batch.add(3 * OP_BYTES + table.columns.reduce((n, c) => n + valueBytes(text(c.title)) + 8, 0));

  await writeRows(
    batch,
    ws,
    firstDataRow - 1,
    0,
    table.rows.map((r) => ({
      formats: table.columns.map((c, i) => {
        const v = r.cells[i];
        return typeof v === "number" ? (NUMBER_FORMAT[c.kind] ?? "General") : "@";
      }),
      values: table.columns.map((_, i) => r.cells[i] ?? ""),
      extra: (row) => {
        let bytes = 0;
        if (r.style) {
          ws.getRangeByIndexes(row, 0, 1, width).format.font.bold = true;
          bytes += OP_BYTES;
        }
        r.links?.forEach((link, j) => {
          if (!link || (link.file && !opts.externalLinks)) return;
          const shown = r.cells[j];
          // A cell of another workbook: the file as the address, the cell as the reference within it
          // (a hyperlink's address and sub-address in Excel's own model).
          const hyperlink: Excel.RangeHyperlink = {
            ...(link.file ? { address: link.file } : {}),
            documentReference: sheetReference(link.sheet, link.cell),
            textToDisplay: shown === null || shown === undefined ? link.cell : String(shown),
          };
          ws.getRangeByIndexes(row, j, 1, 1).hyperlink = hyperlink;
          bytes +=
            OP_BYTES +
            valueBytes(hyperlink.address) +
            valueBytes(hyperlink.documentReference) +
            valueBytes(hyperlink.textToDisplay);
        });
        return bytes;
      },
    })),
  );
  if (!table.rows.length) {
    // An empty list says so, rather than a header over nothing.
    const none = ws.getRangeByIndexes(firstDataRow - 1, 0, 1, 1);
    none.numberFormat = [["@"]];
    none.values = [[text(EMPTY_LIST)]];
  }
  // Headers never break inside a word: each column at least as wide as its header's pieces.
  table.columns.forEach((c, i) => {
    ws.getRangeByIndexes(0, i, 1, 1).format.columnWidth = columnWidth(c, lang) * 7;
  });
  if (table.filter && table.rows.length)
    ws.autoFilter.apply(ws.getRange(`A${headerRow}:${columnLetter(width)}${lastRow}`));
  await batch.add((width + 1) * OP_BYTES);
  if (table.chart) await writeChart(batch, ws, table, headerRow, text);
}

/**
 * The chart's data as a contiguous block to the right of the table (category, then the series), so the
 * chart is made from one range whatever the order of the table's columns. Total rows are left out.
 */
async function writeChart(
  batch: WriteBatch,
  ws: Excel.Worksheet,
  table: SummaryTable,
  headerRow: number,
  text: (m: { ja: string; en: string }) => string,
): Promise<void> {
  const chart = table.chart!;
  const cols = [chart.categoryColumn, ...chart.seriesColumns].map((k) =>
    table.columns.findIndex((c) => c.key === k),
  );
  if (cols.some((i) => i < 0)) return;
  const rows = table.rows.filter((r) => r.style !== "total" && r.style !== "subtotal" && r.style !== "group");
  if (!rows.length) return;
  const left = table.columns.length + 1;
  await writeRows(batch, ws, headerRow - 1, left, [
    { formats: cols.map(() => "@"), values: cols.map((i) => text(table.columns[i].title)) },
    ...rows.map((r) => ({
      formats: cols.map((i, j) => (j === 0 ? "@" : typeof r.cells[i] === "number" ? "0" : "@")),
      values: cols.map((i, j) => (j === 0 ? String(r.cells[i] ?? "") : (r.cells[i] ?? 0))),
    })),
  ]);
  const block = ws.getRangeByIndexes(headerRow - 1, left, rows.length + 1, cols.length);
  const c = ws.charts.add("BarStacked", block, "Columns");
  const title = text(table.title);
  c.title.text = title;
  await batch.add(2 * OP_BYTES + valueBytes(title));
}

export interface SummaryResult {
  /** Sheet names written, in table order (with a suffix where a person's sheet had the name). */
  sheets: string[];
  /** The add-in's earlier sheets that were replaced. */
  replaced: string[];
}

const WRITING: Message = { ja: "集計シートの作成", en: "Writing the summary sheets" };
/** The mark's value while a run writes a new sheet, and on an earlier sheet it replaces until the end. */
const PENDING = "pending";
const BACKUP = "backup";

/**
 * Writes the tables as sheets. The new sheets are written under provisional names first; only when all are
 * complete, in one batch, do the add-in's earlier sheets step aside (renamed, marked as backups) and the new
 * ones take their names, with the state; the backups are deleted after that. A failure anywhere removes the
 * new sheets and gives the earlier ones their names back, so the workbook keeps a complete summary, old or
 * new. A person's sheet is never touched; sheets an interrupted run left (still marked) are removed.
 */
export async function writeSummarySheets(
  context: Excel.RequestContext,
  tables: SummaryTable[],
  opts: {
    lang?: Lang;
    /**
     * Links to another workbook's cells (a link's `file`) are written as links to that file: the
     * 前年度比較 sheet's links to last year's workbook. Without it such cells are plain text (the
     * summary's files are not beside the open workbook).
     */
    externalLinks?: boolean;
    /**
     * The add-in's earlier sheets of these names go too when no table rewrites them (collecting's
     * 取りまとめ_2 … of a layout the new files no longer have). Only sheets the add-in marked.
     */
    replaceAlso?: (name: string) => boolean;
  } = {},
): Promise<SummaryResult> {
  const lang = opts.lang ?? "ja";
  const list = context.workbook.worksheets;
  const guard = new WriteGuard(context);
  let marks: { ws: Excel.Worksheet; prop: Excel.WorksheetCustomProperty }[] = [];
  let loaded: LoadedState;
  let sheets: Map<string, Excel.Worksheet>;
  try {
    ({ loaded, sheets } = await loadState(context, () => {
      guard.queue();
      marks = list.items.map((ws) => ({
        ws,
        prop: ws.customProperties.getItemOrNullObject(GENERATED_KEY).load("isNullObject,value"),
      }));
    }));
  } catch (e) {
    throw fromOffice(e, WRITING);
  }
  // Adding sheets needs an unprotected structure, and any write a workbook open for editing.
  guard.check({ needsStructure: true, protectedSheets: [] });
  const markOf = (m: (typeof marks)[number]) => (m.prop.isNullObject ? null : m.prop.value);
  const ours = new Set(marks.filter((m) => markOf(m) === GENERATED_VALUE).map((m) => m.ws.name));
  const leftovers = marks.filter((m) => markOf(m) === PENDING || markOf(m) === BACKUP).map((m) => m.ws.name);
  // Each table replaces the add-in's sheet of its name (or of its name with a suffix, given earlier
  // because a person's sheet had the name).
  const replaced: string[] = [];
  const names: string[] = [];
  const taken = new Set([...sheets.keys()].filter((n) => !leftovers.includes(n)));
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
  for (const name of ours) if (!replaced.includes(name) && opts.replaceAlso?.(name)) replaced.push(name);
  // Provisional names, free of every name in use or about to be.
  const provisional = names.map((_, i) => {
    const n = freeSheetName(`PlanReview_${i + 1}`, new Set([...taken, ...sheets.keys()]));
    taken.add(n);
    return n;
  });
  const backups = replaced.map((_, i) => {
    const n = freeSheetName(`PlanReview_old_${i + 1}`, new Set([...taken, ...sheets.keys()]));
    taken.add(n);
    return n;
  });

  const batch = new WriteBatch(context);
  const added: Excel.Worksheet[] = [];
  try {
    // What an interrupted run left (marked pending or backup) goes first.
    for (const name of leftovers) sheets.get(name)!.delete();
    for (let i = 0; i < tables.length; i++) {
      const ws = list.add(provisional[i]);
      ws.customProperties.add(GENERATED_KEY, PENDING);
      added.push(ws);
      await batch.add(3 * OP_BYTES);
      await writeTable(batch, ws, tables[i], lang, { externalLinks: opts.externalLinks });
    }
    await batch.flush();
    const created = [
      ...loaded.state.createdSheets.filter((n) => !replaced.includes(n) && sheets.has(n)),
      ...names,
    ];
    // The swap: earlier sheets step aside, the new ones take their names, the state is written — one batch
    // (large states sync their first blocks before it; the rollback puts them back).
    await writeStateRows(context, loaded, stateToRows({ ...loaded.state, createdSheets: created }));
    replaced.forEach((name, i) => {
      const ws = sheets.get(name)!;
      ws.name = backups[i];
      ws.customProperties.add(GENERATED_KEY, BACKUP);
    });
    added.forEach((ws, i) => {
      ws.name = names[i];
      ws.customProperties.add(GENERATED_KEY, GENERATED_VALUE);
    });
    await context.sync();
  } catch (e) {
    const outcome = await undo(context, [
      ...added.map((ws, i) => ({
        what: { ja: `新しい集計シート「${names[i]}」`, en: `the new summary sheet "${names[i]}"` },
        run: async () => {
          // A sheet whose adding never went in has nothing to remove.
          ws.load("name");
          try {
            await context.sync();
          } catch (err) {
            if (officeCode(err) === "ItemNotFound") return;
            throw err;
          }
          ws.delete();
        },
      })),
      ...replaced.map((name) => ({
        what: { ja: `以前の集計シート「${name}」`, en: `the earlier summary sheet "${name}"` },
        run: async () => {
          const ws = sheets.get(name)!.load("name");
          await context.sync();
          if (ws.name === name) return;
          ws.name = name;
          ws.customProperties.add(GENERATED_KEY, GENERATED_VALUE);
        },
      })),
      stateUndoStep(context, loaded),
    ]);
    throw await guard.explain(e, WRITING, { sheets: [], needsStructure: true, outcome });
  }
  // The earlier sheets are no longer needed. Should this fail, they stay marked as backups and the next run
  // removes them; the summary itself is complete.
  if (replaced.length) {
    replaced.forEach((name) => sheets.get(name)!.delete());
    await context.sync().catch(() => undefined);
  }
  return { sheets: names, replaced };
}
