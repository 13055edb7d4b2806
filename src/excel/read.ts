// Reads worksheets into the engine's snapshots: used-range values and merged areas, in one sync for
// ordinary sheets and in row chunks for large ones (5 MB payload and
// 5,000,000-cell read limits). The number of syncs grows with chunks, never with rows or items.
// The first sync reads the geometry with the first rows only, so a large sheet is never asked for whole
// (Excel would build the whole answer before refusing it); the rest is chunked by what those rows measured.

import { rangeAddress } from "../core/address";
import { STATE_SHEET_NAME } from "../core/state";
import type { CellRange, CellValue, SheetSnapshot } from "../core/types";
import { isDateFormat, serialToIsoDate } from "./dates";
import { errors, isPayloadError, officeCode } from "./errors";
import { parseAreaList } from "./office";

export interface ReadLimits {
  /** Bytes a chunk may return (Excel on the web rejects over 5 MB). */
  maxBytes: number;
  /** Cells one read may cover (past 5,000,000 Excel returns null). */
  maxCells: number;
  /** Bytes per cell assumed before anything was measured. */
  guessBytesPerCell: number;
  /**
   * Rows read with the geometry in the first sync: a sheet of up to this many rows is read in that sync
   * alone. 20,000 rows of a plan sheet (≈ 125–200 bytes a row) stay under 5 MB; a sheet whose first rows
   * are larger than that pays one refused attempt, then is read in chunks.
   */
  firstRows: number;
}

export const READ_LIMITS: ReadLimits = {
  maxBytes: 4_000_000,
  maxCells: 4_000_000,
  guessBytesPerCell: 120,
  firstRows: 20_000,
};

export interface SheetRead {
  snapshot: SheetSnapshot;
  /** Syncs this read needed beyond the first (one per chunk). */
  chunks: number;
}

interface Block {
  values: Excel.Range;
  numbers: Excel.RangeAreas[];
}

/**
 * Queues the reads of one block of cells: values and the numeric cells' formats (for dates). Fills are
 * not read here: validate reads only the fills of the cells it colours, after the check.
 */
function queueBlock(range: Excel.Range): Block {
  range.load("values");
  const numbers = (["Constants", "Formulas"] as const).map((t) => {
    const areas = range.getSpecialCellsOrNullObject(t, "Numbers");
    areas.load("isNullObject");
    areas.areas.load("items/address,items/numberFormat");
    return areas;
  });
  return { values: range, numbers };
}

function dateCells(block: Block): Set<string> {
  const out = new Set<string>();
  for (const areas of block.numbers) {
    if (areas.isNullObject) continue;
    for (const area of areas.areas.items) {
      const [r] = parseAreaList(area.address);
      if (!r) continue;
      area.numberFormat.forEach((row, i) =>
        row.forEach((f, j) => isDateFormat(String(f)) && out.add(`${r.top + i},${r.left + j}`)),
      );
    }
  }
  return out;
}

function toCellValue(v: unknown, isDate: boolean): CellValue {
  if (v === "" || v === null || v === undefined) return null;
  if (typeof v === "number") return isDate ? { date: serialToIsoDate(v) } : v;
  if (typeof v === "string" || typeof v === "boolean") return v;
  return String(v);
}

function utf8Bytes(v: unknown): number {
  return new TextEncoder().encode(JSON.stringify(v)).length;
}

/** The reading of one sheet, queued so several can share the first sync. */
export class SheetReader {
  private used!: Excel.Range;
  private merges!: Excel.RangeAreas;
  private first: Block | null = null;
  readonly worksheet: Excel.Worksheet;
  /** Bytes per row measured on what was read so far. */
  private bytesPerRow = 0;

  constructor(
    worksheet: Excel.Worksheet,
    private readonly limits: ReadLimits = READ_LIMITS,
  ) {
    this.worksheet = worksheet;
  }

  /**
   * Queues the first sync's reads: geometry, merged areas and (unless geometryOnly) the used range's first
   * rows — all of it for an ordinary sheet. The used range is never empty (a blank sheet's is A1), so its
   * first row always meets the block.
   */
  queue(geometryOnly = false): void {
    this.worksheet.load("name");
    this.used = this.worksheet.getUsedRange(true);
    this.used.load("rowIndex,columnIndex,rowCount,columnCount");
    this.merges = this.worksheet.getUsedRange(false).getMergedAreasOrNullObject();
    this.merges.load("isNullObject,address");
    this.first = geometryOnly
      ? null
      : queueBlock(
          this.used.getIntersection(this.used.getRow(0).getResizedRange(this.limits.firstRows - 1, 0)),
        );
  }

  /** After the first sync: the snapshot, reading the rest in row chunks where needed. */
  async finish(context: Excel.RequestContext): Promise<SheetRead> {
    const name = this.worksheet.name;
    const top = this.used.rowIndex + 1;
    const left = this.used.columnIndex + 1;
    const rows = this.used.rowCount;
    const cols = this.used.columnCount;
    const merges = this.merges.isNullObject ? [] : parseAreaList(this.merges.address);
    const values: unknown[][] = [];
    const dates = new Set<string>();
    let chunks = 0;

    const take = (block: Block, rowFrom: number) => {
      const v = block.values.values;
      if (v === null || v === undefined)
        throw errors.readNull(name, rangeAddress(rowFrom, left, rowFrom, left + cols - 1));
      for (const d of dateCells(block)) dates.add(d);
      v.forEach((row) => values.push(row));
      if (v.length) this.bytesPerRow = Math.max(this.bytesPerRow, utf8Bytes(v) / v.length);
    };

    // The first rows came with the geometry, unless they were too many cells (values null) or the read
    // fell back to geometry only; whatever is left is read in row chunks.
    const firstValues = this.first ? this.first.values.values : null;
    let r = 0;
    if (this.first && firstValues) {
      take(this.first, top);
      r = firstValues.length;
    }
    let size = this.chunkRows(cols);
    while (r < rows) {
      const n = Math.min(size, rows - r);
      const block = queueBlock(this.worksheet.getRangeByIndexes(top - 1 + r, left - 1, n, cols));
      try {
        await context.sync();
      } catch (e) {
        if (!isPayloadError(e) || n === 1) throw isPayloadError(e) ? errors.payload(name) : e;
        size = Math.max(1, Math.floor(n / 2));
        chunks++;
        continue;
      }
      chunks++;
      take(block, top + r);
      r += n;
      size = this.chunkRows(cols);
    }
    return { snapshot: this.snapshot(name, top, left, values, merges, dates), chunks };
  }

  /** Rows per chunk: under the cell limit and, by what was measured (or guessed), under the byte limit. */
  private chunkRows(cols: number): number {
    const perRow = this.bytesPerRow || cols * this.limits.guessBytesPerCell;
    return Math.max(
      1,
      Math.min(Math.floor(this.limits.maxCells / cols), Math.floor(this.limits.maxBytes / (perRow * 1.25))),
    );
  }

  private snapshot(
    name: string,
    top: number,
    left: number,
    raw: unknown[][],
    merges: CellRange[],
    dates: Set<string>,
  ): SheetSnapshot {
    const hasValues = raw.some((row) => row.some((v) => v !== "" && v !== null));
    if (!hasValues && merges.length === 0) return { name, origin: { row: 1, col: 1 }, values: [], merges };
    // The snapshot covers the values and every merged area, as the ExcelJS reader does.
    const box = hasValues
      ? { top, left, bottom: top + raw.length - 1, right: left + (raw[0]?.length ?? 1) - 1 }
      : { ...merges[0] };
    for (const m of merges) {
      box.top = Math.min(box.top, m.top);
      box.left = Math.min(box.left, m.left);
      box.bottom = Math.max(box.bottom, m.bottom);
      box.right = Math.max(box.right, m.right);
    }
    const values: CellValue[][] = [];
    for (let r = box.top; r <= box.bottom; r++) {
      const src = hasValues ? raw[r - top] : undefined;
      const row: CellValue[] = new Array(box.right - box.left + 1).fill(null);
      if (src)
        for (let c = Math.max(left, box.left); c < left + src.length; c++)
          row[c - box.left] = toCellValue(src[c - left], dates.has(`${r},${c}`));
      values.push(row);
    }
    return { name, origin: { row: box.top, col: box.left }, values, merges };
  }
}

/**
 * Runs the first sync of several readers (plus whatever else the caller queued), falling back to
 * geometry-only reads when the combined response is too large, then finishes each reader.
 */
export async function readSheets(
  context: Excel.RequestContext,
  readers: SheetReader[],
  queueOthers: () => void = () => undefined,
): Promise<SheetRead[]> {
  readers.forEach((r) => r.queue());
  queueOthers();
  try {
    await context.sync();
  } catch (e) {
    // Too large, or a used range so near the sheet's last row that its first rows run past it.
    if (!isPayloadError(e) && officeCode(e) !== "InvalidArgument") throw e;
    readers.forEach((r) => r.queue(true));
    queueOthers();
    await context.sync();
  }
  const out: SheetRead[] = [];
  for (const r of readers) out.push(await r.finish(context));
  return out;
}

/** One sheet as a snapshot (one sync for ordinary sheets). */
export async function readSheetSnapshot(
  context: Excel.RequestContext,
  sheetName: string,
): Promise<SheetSnapshot> {
  const [read] = await readSheets(context, [new SheetReader(context.workbook.worksheets.getItem(sheetName))]);
  return read.snapshot;
}

/** Every sheet but the add-in's state sheet: one sync for the list, one for ordinary sheets' contents. */
export async function readWorkbookSnapshots(context: Excel.RequestContext): Promise<SheetSnapshot[]> {
  const sheets = context.workbook.worksheets.load("items/name");
  await context.sync();
  const readers = sheets.items.filter((s) => s.name !== STATE_SHEET_NAME).map((s) => new SheetReader(s));
  return (await readSheets(context, readers)).map((r) => r.snapshot);
}
