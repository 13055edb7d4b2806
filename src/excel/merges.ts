// Merged areas, read in blocks. Range.getMergedAreasOrNullObject fails when its range holds more than 512
// merged areas (index.d.ts) and returns an area only from the range that holds its top-left cell
// (office-js#3611), so blocks that partition the cells give every area exactly once. A card sheet of 52
// cards already holds 542 areas; a plan with merged year cells holds thousands.

import type { CellRange } from "../core/types";
import { isEditModeError } from "./errors";
import { parseAreaList } from "./office";

/** Areas one getMergedAreasOrNullObject call may return (index.d.ts, Range.getMergedAreasOrNullObject). */
export const MERGED_AREAS_LIMIT = 512;
const SHEET_ROWS = 1_048_576;
const SHEET_COLS = 16_384;

/**
 * Row blocks of the first attempt, sheet-absolute so they need no geometry: 512 rows each up to row
 * 10,240 (a sheet with at most one merged area per row never fails there), then doubling to the sheet's
 * end — 27 blocks, about 1.5 KB of request and answer for a sheet without merged areas.
 */
export function firstMergeBlocks(): { top: number; rows: number }[] {
  const out: { top: number; rows: number }[] = [];
  let top = 1;
  let rows = 512;
  while (top <= SHEET_ROWS) {
    const n = Math.min(rows, SHEET_ROWS - top + 1);
    out.push({ top, rows: n });
    top += n;
    if (top > 10_240) rows = top - 1;
  }
  return out;
}

/** Blocks of at most `cells` cells partitioning an area: row bands, cut into column slices when wide. */
export function mergeBlocks(area: CellRange, cells: number): CellRange[] {
  const width = area.right - area.left + 1;
  const out: CellRange[] = [];
  if (width <= cells) {
    const band = Math.max(1, Math.floor(cells / width));
    for (let top = area.top; top <= area.bottom; top += band)
      out.push({ top, left: area.left, bottom: Math.min(area.bottom, top + band - 1), right: area.right });
    return out;
  }
  for (let row = area.top; row <= area.bottom; row++)
    for (let left = area.left; left <= area.right; left += cells)
      out.push({ top: row, left, bottom: row, right: Math.min(area.right, left + cells - 1) });
  return out;
}

/** Blocks queued in one sync at most (each is one small request). */
const BLOCKS_PER_SYNC = 20_000;
/** Blocks an area is first cut into when the first attempt failed; fewer cells per block on each failure. */
const TARGET_BLOCKS = 2_000;

function queueArea(ws: Excel.Worksheet, b: CellRange): Excel.RangeAreas {
  const areas = ws
    .getRangeByIndexes(b.top - 1, b.left - 1, b.bottom - b.top + 1, b.right - b.left + 1)
    .getMergedAreasOrNullObject();
  areas.load("isNullObject,address");
  return areas;
}

function collect(list: Excel.RangeAreas[]): CellRange[] {
  return list.flatMap((a) => (a.isNullObject ? [] : parseAreaList(a.address)));
}

/** A sheet's merged areas: with its first read (whole-row blocks), or after it in blocks of the used range. */
export class MergeReader {
  private queued: Excel.RangeAreas[] = [];

  constructor(private readonly ws: Excel.Worksheet) {}

  /** Queues the first attempt's blocks (they go first in the batch: a refusal stops it before the values). */
  queue(): void {
    this.queued = firstMergeBlocks().map((b) =>
      queueArea(this.ws, { top: b.top, left: 1, bottom: b.top + b.rows - 1, right: SHEET_COLS }),
    );
  }

  /** The areas of the first attempt, after its sync. */
  result(): CellRange[] {
    return collect(this.queued);
  }

  /**
   * The areas inside `area` (the formatted used range) when the first attempt was refused: blocks sized so
   * that about 2,000 cover it, cut to an eighth on each refusal, down to 512 cells — which cannot hold more
   * than 512 areas, since each area has its own top-left cell.
   */
  async read(context: Excel.RequestContext, area: CellRange): Promise<{ areas: CellRange[]; syncs: number }> {
    const cells = (area.bottom - area.top + 1) * (area.right - area.left + 1);
    let size = Math.max(MERGED_AREAS_LIMIT, Math.ceil(cells / TARGET_BLOCKS));
    let syncs = 0;
    for (;;) {
      const blocks = mergeBlocks(area, size);
      const out: CellRange[] = [];
      try {
        for (let i = 0; i < blocks.length; i += BLOCKS_PER_SYNC) {
          const list = blocks.slice(i, i + BLOCKS_PER_SYNC).map((b) => queueArea(this.ws, b));
          syncs++;
          await context.sync();
          out.push(...collect(list));
        }
        return { areas: out, syncs };
      } catch (e) {
        if (size <= MERGED_AREAS_LIMIT || isEditModeError(e)) throw e;
        size = Math.max(MERGED_AREAS_LIMIT, Math.floor(size / 8));
      }
    }
  }
}
