// Reads worksheets into the engine's snapshots: the cells that hold values and the merged areas, in one sync
// for ordinary sheets and in chunks for large ones (Excel on the web's 5 MB payload and every platform's
// 5,000,000-cell read limits). The number of syncs grows with chunks, never with rows or items.
// The first sync reads the geometry with the used range's first rows and columns only, so a large sheet is
// never asked for whole (Excel would build the whole answer before refusing it). The rest is read by what
// that sync measured: more rows in row chunks, and columns past the first ones only where cells hold
// something (the used range of bands of columns, Range.getUsedRangeOrNullObject, ExcelApi 1.4), so a stray
// value far to the right of the data costs one small read, not millions of empty cells. Snapshots are sparse: an empty row or cell is a hole.

import { rangeAddress } from "../core/address";
import { STATE_SHEET_NAME } from "../core/state";
import type { CellRange, CellValue, SheetSnapshot } from "../core/types";
import { isDateFormat, serialToIsoDate } from "./dates";
import { errors, fromOffice, isEditModeError, isSizeError, officeCode } from "./errors";
import { MergeReader } from "./merges";
import { parseAreaList } from "./office";

export interface ReadLimits {
  /** Bytes a chunk may return (Excel on the web rejects over 5 MB). */
  maxBytes: number;
  /** Cells one read may cover (past 5,000,000 Excel returns null or throws). */
  maxCells: number;
  /** Bytes per cell assumed before anything was measured. */
  guessBytesPerCell: number;
  /**
   * Rows read with the geometry in the first sync: a sheet of up to this many rows is read in that sync
   * alone. 20,000 rows of a plan sheet (≈ 125–200 bytes a row) stay under 5 MB; a sheet whose first rows
   * are larger than that pays one refused attempt, then is read in chunks.
   */
  firstRows: number;
  /**
   * Columns (from the used range's left) read with the first rows: a plan sheet's columns, whatever a stray
   * value far to the right makes of the used range. Columns past them are read only where they hold values.
   */
  firstCols: number;
}

export const READ_LIMITS: ReadLimits = {
  maxBytes: 4_000_000,
  maxCells: 4_000_000,
  guessBytesPerCell: 120,
  firstRows: 20_000,
  firstCols: 64,
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
  return { values: range, numbers: queueNumbers(range) };
}

function queueNumbers(range: Excel.Range): Excel.RangeAreas[] {
  return (["Constants", "Formulas"] as const).map((t) => {
    const areas = range.getSpecialCellsOrNullObject(t, "Numbers");
    areas.load("isNullObject");
    areas.areas.load("items/address,items/numberFormat");
    return areas;
  });
}

function dateCells(numbers: Excel.RangeAreas[], into: Set<string>): void {
  for (const areas of numbers) {
    if (areas.isNullObject) continue;
    for (const area of areas.areas.items) {
      const [r] = parseAreaList(area.address);
      if (!r) continue;
      area.numberFormat.forEach((row, i) =>
        row.forEach((f, j) => isDateFormat(String(f)) && into.add(`${r.top + i},${r.left + j}`)),
      );
    }
  }
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

/** Columns per band when looking for the values far to the right. */
const FAR_BAND = 256;

const rangeOf = (ws: Excel.Worksheet, r: CellRange) =>
  ws.getRangeByIndexes(r.top - 1, r.left - 1, r.bottom - r.top + 1, r.right - r.left + 1);
const cellsOf = (r: CellRange) => (r.bottom - r.top + 1) * (r.right - r.left + 1);

/** What the first sync asks of a sheet: merged areas and values may be left out after a refusal. */
export interface FirstRead {
  merges: boolean;
  values: boolean;
}

/** The reading of one sheet, queued so several can share the first sync. */
export class SheetReader {
  private used!: Excel.Range;
  private formatted: Excel.Range | null = null;
  private merges: MergeReader;
  private mergesRead = false;
  private first: Block | null = null;
  readonly worksheet: Excel.Worksheet;
  /** Bytes per cell measured on what was read so far. */
  private bytesPerCell = 0;
  /** Non-empty cells by sheet row − used top, then column − used left. */
  private cells: CellValue[][] = [];
  private dates = new Set<string>();

  constructor(
    worksheet: Excel.Worksheet,
    private readonly limits: ReadLimits = READ_LIMITS,
  ) {
    this.worksheet = worksheet;
    this.merges = new MergeReader(worksheet);
  }

  /** Queues the merged areas of the first attempt (first in the batch: their refusal stops it early). */
  queueMerges(): void {
    this.merges.queue();
  }

  /**
   * Queues the first sync's reads: geometry and (unless left out) the used range's first rows and columns —
   * all of an ordinary sheet. The used range is never empty (a blank sheet's is A1), so its first cell always
   * meets the block. Without the merged areas, the formatted used range's geometry is read for them.
   */
  queue(what: FirstRead): void {
    this.worksheet.load("name");
    this.used = this.worksheet.getUsedRange(true);
    this.used.load("rowIndex,columnIndex,rowCount,columnCount");
    this.mergesRead = what.merges;
    this.formatted = null;
    if (!what.merges) {
      this.formatted = this.worksheet.getUsedRange(false);
      this.formatted.load("rowIndex,columnIndex,rowCount,columnCount");
    }
    const { firstRows, firstCols } = this.limits;
    this.first = what.values
      ? queueBlock(
          this.used
            .getCell(0, 0)
            .getResizedRange(firstRows - 1, firstCols - 1)
            .getIntersection(this.used),
        )
      : null;
  }

  /** After the first sync: the snapshot, reading the rest (rows, far columns, merged areas) where needed. */
  async finish(context: Excel.RequestContext): Promise<SheetRead> {
    const name = this.worksheet.name;
    const top = this.used.rowIndex + 1;
    const left = this.used.columnIndex + 1;
    const rows = this.used.rowCount;
    const cols = this.used.columnCount;
    let chunks = 0;
    this.cells = [];
    this.dates = new Set();

    // The first rows and columns came with the geometry, unless they were refused or came back null
    // (Excel's answer past its cell limit: office-js#4783, #6781); then they are read in chunks too.
    const near = Math.min(cols, this.limits.firstCols);
    let r = 0;
    const firstValues = this.first?.values.values;
    if (this.first && firstValues) {
      this.take(this.first, top, left, top, left);
      r = firstValues.length;
    }
    // Further rows of the near columns, in row chunks sized by what was measured; a chunk refused or null
    // is halved, and a single row that still comes back null is an error, never an empty sheet.
    let size = this.chunkRows(near);
    while (r < rows) {
      const n = Math.min(size, rows - r);
      const box = { top: top + r, left, bottom: top + r + n - 1, right: left + near - 1 };
      const block = queueBlock(rangeOf(this.worksheet, box));
      const refused = await syncUnlessTooLarge(context);
      chunks++;
      const v = refused ? null : block.values.values;
      if (v === null || v === undefined) {
        if (n > 1) size = Math.max(1, Math.floor(n / 2));
        else if (refused && !isNullLimit(refused)) throw errors.payload(name);
        else throw errors.readNull(name, rangeAddress(box.top, box.left, box.bottom, box.right));
        continue;
      }
      this.take(block, box.top, box.left, top, left);
      r += n;
      size = this.chunkRows(near);
    }
    // Columns past the near ones: only the cells that hold something.
    if (cols > near)
      chunks += await this.readFar(
        context,
        name,
        {
          top,
          left: left + near,
          bottom: top + rows - 1,
          right: left + cols - 1,
        },
        top,
        left,
      );

    let merges: CellRange[];
    if (this.mergesRead) merges = this.merges.result();
    else {
      const f = this.formatted!;
      const area = {
        top: f.rowIndex + 1,
        left: f.columnIndex + 1,
        bottom: f.rowIndex + f.rowCount,
        right: f.columnIndex + f.columnCount,
      };
      const read = await this.merges.read(context, area);
      merges = read.areas;
      chunks += read.syncs;
    }
    return { snapshot: this.snapshot(name, top, left, merges), chunks };
  }

  /**
   * Reads the cells of a region that hold something: first, in one sync, where the values lie in each band of
   * 256 columns (Range.getUsedRangeOrNullObject(true), ExcelApi 1.4: the band's used range, or a null object
   * when it holds nothing), then those boxes' values in chunks under the cell and byte limits. A stray value
   * far to the right costs a box of one cell. Returns the syncs it took.
   */
  private async readFar(
    context: Excel.RequestContext,
    name: string,
    region: CellRange,
    top: number,
    left: number,
  ): Promise<number> {
    const probes: Excel.Range[] = [];
    for (let r = region.top; r <= region.bottom; r += this.limits.firstRows)
      for (let c = region.left; c <= region.right; c += FAR_BAND) {
        const band = {
          top: r,
          left: c,
          bottom: Math.min(region.bottom, r + this.limits.firstRows - 1),
          right: Math.min(region.right, c + FAR_BAND - 1),
        };
        const used = rangeOf(this.worksheet, band).getUsedRangeOrNullObject(true);
        used.load("isNullObject,rowIndex,columnIndex,rowCount,columnCount");
        probes.push(used);
      }
    await context.sync();
    let syncs = 1;
    const pieces: CellRange[] = [];
    for (const u of probes) {
      if (u.isNullObject) continue;
      const box = {
        top: u.rowIndex + 1,
        left: u.columnIndex + 1,
        bottom: u.rowIndex + u.rowCount,
        right: u.columnIndex + u.columnCount,
      };
      // Boxes larger than a chunk are cut into row bands.
      const band = Math.max(1, Math.floor(this.limits.maxCells / (box.right - box.left + 1)));
      for (let t = box.top; t <= box.bottom; t += band)
        pieces.push({ ...box, top: t, bottom: Math.min(box.bottom, t + band - 1) });
    }
    // A batch refused (or null) is halved; a piece refused alone is cut in two.
    let scale = 1;
    while (pieces.length) {
      const perCell = this.bytesPerCell || this.limits.guessBytesPerCell;
      const maxCells = this.limits.maxCells * scale;
      const maxBytes = this.limits.maxBytes * scale;
      let n = 0;
      let cells = 0;
      while (
        n < pieces.length &&
        (n === 0 ||
          (cells + cellsOf(pieces[n]) <= maxCells &&
            (cells + cellsOf(pieces[n])) * perCell * 1.25 <= maxBytes))
      )
        cells += cellsOf(pieces[n++]);
      const batch = pieces
        .slice(0, n)
        .map((box) => ({ box, block: queueBlock(rangeOf(this.worksheet, box)) }));
      const refused = await syncUnlessTooLarge(context);
      syncs++;
      if (refused || batch.some((b) => !b.block.values.values)) {
        const [one] = pieces;
        if (n > 1) scale /= 2;
        else if (one.bottom > one.top) {
          const mid = one.top + Math.floor((one.bottom - one.top) / 2);
          pieces.splice(0, 1, { ...one, bottom: mid }, { ...one, top: mid + 1 });
        } else if (refused && !isNullLimit(refused)) throw errors.payload(name);
        else throw errors.readNull(name, rangeAddress(one.top, one.left, one.bottom, one.right));
        continue;
      }
      pieces.splice(0, n);
      for (const { box, block } of batch) this.take(block, box.top, box.left, top, left);
    }
    return syncs;
  }

  /** Keeps a block's non-empty cells (sparse) and its date cells; measures bytes per cell. */
  private take(block: Block, rowFrom: number, colFrom: number, top: number, left: number): void {
    const v = block.values.values;
    dateCells(block.numbers, this.dates);
    let n = 0;
    v.forEach((row, i) => {
      n += row.length;
      row.forEach((x, j) => {
        if (x === "" || x === null || x === undefined) return;
        const sr = rowFrom + i;
        const sc = colFrom + j;
        (this.cells[sr - top] ??= [])[sc - left] = toCellValue(x, this.dates.has(`${sr},${sc}`));
      });
    });
    if (n) this.bytesPerCell = Math.max(this.bytesPerCell, utf8Bytes(v) / n);
  }

  /** Rows per chunk: under the cell limit and, by what was measured (or guessed), under the byte limit. */
  private chunkRows(cols: number): number {
    const perRow = (this.bytesPerCell || this.limits.guessBytesPerCell) * cols;
    return Math.max(
      1,
      Math.min(Math.floor(this.limits.maxCells / cols), Math.floor(this.limits.maxBytes / (perRow * 1.25))),
    );
  }

  /**
   * The snapshot covers the cells that hold values and every merged area, as the ExcelJS reader does;
   * rows and cells that hold nothing are holes (nothing is allocated for the empty rectangle).
   */
  private snapshot(name: string, top: number, left: number, merges: CellRange[]): SheetSnapshot {
    let box: CellRange | null = null;
    const grow = (r: CellRange) => {
      if (!box) box = { ...r };
      else {
        box.top = Math.min(box.top, r.top);
        box.left = Math.min(box.left, r.left);
        box.bottom = Math.max(box.bottom, r.bottom);
        box.right = Math.max(box.right, r.right);
      }
    };
    this.cells.forEach((row, i) => {
      let lo = -1;
      let hi = -1;
      row.forEach((_, j) => {
        if (lo < 0) lo = j;
        hi = j;
      });
      if (lo >= 0) grow({ top: top + i, left: left + lo, bottom: top + i, right: left + hi });
    });
    merges.forEach(grow);
    const b = box as CellRange | null;
    if (!b) return { name, origin: { row: 1, col: 1 }, values: [], merges };
    const values: CellValue[][] = new Array<CellValue[]>(b.bottom - b.top + 1);
    const dr = top - b.top;
    const dc = left - b.left;
    this.cells.forEach((row, i) => {
      if (!dc) values[i + dr] = row;
      else {
        const moved: CellValue[] = [];
        row.forEach((v, j) => (moved[j + dc] = v));
        values[i + dr] = moved;
      }
    });
    // The box's width travels with its first row (a row of holes when it holds nothing).
    const head = (values[0] ??= []);
    if (head.length < b.right - b.left + 1) head.length = b.right - b.left + 1;
    return { name, origin: { row: b.top, col: b.left }, values, merges };
  }
}

/** Refused for its cell count (Excel's other answer past the limit, besides null values). */
const isNullLimit = (e: unknown) => officeCode(e) === "RangeExceedsLimit";

/**
 * Runs the first sync of several readers (plus whatever else the caller queued). When Excel refuses it, it
 * is asked again with less: without the values when they were too large (payload or cell limit), without
 * the merged areas otherwise (more than 512 in a block), then geometry alone; each reader then reads the
 * rest in chunks. A batch refused because a person is typing in a cell is not asked again.
 */
export async function readSheets(
  context: Excel.RequestContext,
  readers: SheetReader[],
  queueOthers: () => void = () => undefined,
): Promise<SheetRead[]> {
  const what: FirstRead = { merges: true, values: true };
  for (;;) {
    if (what.merges) readers.forEach((r) => r.queueMerges());
    readers.forEach((r) => r.queue(what));
    queueOthers();
    try {
      await context.sync();
      break;
    } catch (e) {
      if (isEditModeError(e)) throw e;
      // The values asked too much (payload, cell limit), or their block ran past the sheet's last row or
      // column (InvalidArgument: a used range near the sheet's end).
      const values = isSizeError(e) || officeCode(e) === "InvalidArgument";
      if (values && what.values) what.values = false;
      else if (what.merges) what.merges = false;
      else if (what.values) what.values = false;
      else throw e;
    }
  }
  const out: SheetRead[] = [];
  for (const r of readers) out.push(await r.finish(context));
  return out;
}

const READING = { ja: "シートの読み取り", en: "Reading the sheets" };

/** One sheet as a snapshot (one sync for ordinary sheets). */
export async function readSheetSnapshot(
  context: Excel.RequestContext,
  sheetName: string,
): Promise<SheetSnapshot> {
  try {
    const reader = new SheetReader(context.workbook.worksheets.getItem(sheetName));
    const [read] = await readSheets(context, [reader]);
    return read.snapshot;
  } catch (e) {
    throw fromOffice(e, READING);
  }
}

/** Every sheet but the add-in's state sheet: one sync for the list, one for ordinary sheets' contents. */
export async function readWorkbookSnapshots(context: Excel.RequestContext): Promise<SheetSnapshot[]> {
  try {
    const sheets = context.workbook.worksheets.load("items/name");
    await context.sync();
    const readers = sheets.items.filter((s) => s.name !== STATE_SHEET_NAME).map((s) => new SheetReader(s));
    return (await readSheets(context, readers)).map((r) => r.snapshot);
  } catch (e) {
    throw fromOffice(e, READING);
  }
}

/** Syncs; a batch Excel refuses for its size is returned (to be read again smaller), any other error thrown. */
async function syncUnlessTooLarge(context: Excel.RequestContext): Promise<unknown> {
  try {
    await context.sync();
    return null;
  } catch (e) {
    if (!isSizeError(e)) throw e;
    return e;
  }
}
