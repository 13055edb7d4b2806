// Reading the fills of the cells the add-in colours or restores. Cells that probably share a fill are read
// together as one address list: Excel answers one fill for the whole list when its cells agree (a property
// that differs comes back null), so a column of plain cells costs one small record, not one per cell.
// Only the lists whose cells differ are then read cell by cell (one more sync), without the pattern's colour,
// which only a hatched cell needs (read for those cells alone, one more sync when there are any).

import { columnLetter, parseAddress } from "../core/address";
import type { FillState } from "../core/state";
import { addressLists } from "./office";

// What restores a cell exactly: the pattern, its colour and (for a hatched fill) the pattern's colour.
const FILL_LOAD = "color,pattern,patternColor";
const CELL_FILL = { format: { fill: { color: true, pattern: true } } };
const CELL_PATTERN_COLOR = { format: { fill: { patternColor: true } } };

/** A fill as Office reports it; null where the cells of a range differ. */
interface FillProps {
  color?: string | null;
  pattern?: string | null;
  patternColor?: string | null;
}

export function fillFromProps(f: FillProps | undefined): FillState {
  const pattern = f?.pattern ?? "None";
  return {
    pattern,
    color: (f?.color ?? "#FFFFFF").toUpperCase(),
    ...(pattern !== "None" && pattern !== "Solid" && f?.patternColor
      ? { patternColor: f.patternColor.toUpperCase() }
      : {}),
  };
}

/** The fill every cell of a list has, or null when they differ in something a restore needs. */
export function commonFill(f: FillProps): FillState | null {
  if (f.pattern === null || f.pattern === undefined) return null;
  // No fill reads as white whatever else is set; its colour does not matter.
  if (f.pattern === "None") return fillFromProps({ pattern: "None" });
  if (f.color === null || f.color === undefined) return null;
  if (f.pattern !== "Solid" && !f.patternColor) return null;
  return fillFromProps(f);
}

export interface FillCell {
  sheet: string;
  cell: string;
  /** The fill the cell probably has (e.g. the colour the add-in gave it); cells alike are read together. */
  expect?: string;
}

/** Request bytes of list reads per sync (each list ≤ 8,000 characters of addresses). */
const LIST_BYTES_PER_SYNC = 2_000_000;
/** Cells read one by one per sync (≈ 60 bytes each in the answer). */
const CELLS_PER_SYNC = 40_000;
/** Longest run of one column read as one area (so a cell-by-cell read of it fits in a sync). */
const RUN_MAX = 10_000;

interface Area {
  sheet: string;
  address: string;
  col: number;
  top: number;
  bottom: number;
}

const keyOf = (sheet: string, row: number, col: number) => `${sheet}!${row},${col}`;

/** Cells as areas: runs of consecutive rows in one column. */
function runs(sheet: string, cells: { row: number; col: number }[]): Area[] {
  const sorted = [...cells].sort((a, b) => a.col - b.col || a.row - b.row);
  const out: Area[] = [];
  for (const c of sorted) {
    const last = out[out.length - 1];
    if (last && last.col === c.col && last.bottom + 1 === c.row && c.row - last.top < RUN_MAX)
      last.bottom = c.row;
    else out.push({ sheet, address: "", col: c.col, top: c.row, bottom: c.row });
  }
  for (const a of out) {
    const col = columnLetter(a.col);
    a.address = a.top === a.bottom ? `${col}${a.top}` : `${col}${a.top}:${col}${a.bottom}`;
  }
  return out;
}

/**
 * The current fills of cells, read with as few bytes as Office allows. One reader serves one run of the
 * add-in, so a cell read early (with the state sheet) is not read again.
 */
export class FillReader {
  private readonly known = new Map<string, FillState>();
  /** Areas of lists whose cells differ, still to be read cell by cell. */
  private mixed: Area[] = [];
  private readonly inMixed = new Set<string>();

  constructor(private readonly sheets: Map<string, Excel.Worksheet>) {}

  /** The fill read for a cell (any address form: "$B$2" and "B2" are the same cell). */
  get(sheet: string, cell: string): FillState | undefined {
    const p = parseAddress(cell);
    return p ? this.known.get(keyOf(sheet, p.row, p.col)) : undefined;
  }

  /**
   * Queues list reads of the cells not read yet, up to one sync's worth; after that sync, call the function
   * returned (null when there was nothing to queue). Cells beyond one sync's worth are left for the next
   * call. Queuing again before the sync (a batch retried) simply queues the same lists again.
   */
  queue(cells: FillCell[]): (() => void) | null {
    const groups = new Map<string, { sheet: string; cells: { row: number; col: number }[] }>();
    const seen = new Set<string>();
    for (const c of cells) {
      const p = parseAddress(c.cell);
      if (!p || !this.sheets.has(c.sheet)) continue;
      const k = keyOf(c.sheet, p.row, p.col);
      if (this.known.has(k) || this.inMixed.has(k) || seen.has(k)) continue;
      seen.add(k);
      const g = `${c.sheet}\u0000${c.expect ?? ""}`;
      const group = groups.get(g) ?? { sheet: c.sheet, cells: [] };
      group.cells.push(p);
      groups.set(g, group);
    }
    const queued: { areas: Area[]; fill: Excel.RangeFill }[] = [];
    let bytes = 0;
    for (const { sheet, cells: list } of groups.values()) {
      const areas = runs(sheet, list);
      const byAddress = new Map(areas.map((a) => [a.address, a]));
      for (const addresses of addressLists(areas.map((a) => a.address))) {
        if (queued.length && bytes + addresses.length > LIST_BYTES_PER_SYNC) break;
        bytes += addresses.length;
        const fill = this.sheets.get(sheet)!.getRanges(addresses).format.fill.load(FILL_LOAD);
        queued.push({ areas: addresses.split(",").map((a) => byAddress.get(a)!), fill });
      }
    }
    if (!queued.length) return null;
    return () => {
      for (const { areas, fill } of queued) {
        const common = commonFill(fill);
        for (const a of areas) {
          if (!common) {
            this.mixed.push(a);
            for (let r = a.top; r <= a.bottom; r++) this.inMixed.add(keyOf(a.sheet, r, a.col));
          } else for (let r = a.top; r <= a.bottom; r++) this.known.set(keyOf(a.sheet, r, a.col), common);
        }
      }
    };
  }

  /** Reads every cell's fill not read yet: lists first, then cell by cell inside the lists that differ. */
  async read(context: Excel.RequestContext, cells: FillCell[]): Promise<void> {
    for (let settle = this.queue(cells); settle; settle = this.queue(cells)) {
      await context.sync();
      settle();
    }
    const hatched: { sheet: string; row: number; col: number; fill: FillState }[] = [];
    while (this.mixed.length) {
      const batch: { area: Area; props: OfficeExtension.ClientResult<Excel.CellProperties[][]> }[] = [];
      let n = 0;
      while (this.mixed.length && (!batch.length || n + size(this.mixed[0]) <= CELLS_PER_SYNC)) {
        const area = this.mixed.shift()!;
        n += size(area);
        const range = this.sheets.get(area.sheet)!.getRange(area.address);
        batch.push({ area, props: range.getCellProperties(CELL_FILL) });
      }
      await context.sync();
      for (const { area, props } of batch)
        props.value.forEach((row, i) => {
          const fill = fillFromProps(row[0]?.format?.fill);
          const at = { sheet: area.sheet, row: area.top + i, col: area.col, fill };
          if (fill.pattern === "None" || fill.pattern === "Solid") this.settle(at);
          else hatched.push(at);
        });
    }
    for (let i = 0; i < hatched.length; i += CELLS_PER_SYNC) {
      const batch = hatched.slice(i, i + CELLS_PER_SYNC).map((at) => ({
        at,
        props: this.sheets
          .get(at.sheet)!
          .getRange(`${columnLetter(at.col)}${at.row}`)
          .getCellProperties(CELL_PATTERN_COLOR),
      }));
      await context.sync();
      for (const { at, props } of batch) {
        const patternColor = props.value[0]?.[0]?.format?.fill?.patternColor;
        this.settle({ ...at, fill: fillFromProps({ ...at.fill, patternColor }) });
      }
    }
  }

  private settle(at: { sheet: string; row: number; col: number; fill: FillState }): void {
    const k = keyOf(at.sheet, at.row, at.col);
    this.inMixed.delete(k);
    this.known.set(k, at.fill);
  }
}

const size = (a: Area) => a.bottom - a.top + 1;
