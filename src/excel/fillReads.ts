// Reading the fills of the cells the add-in colours or restores. Cells that probably share a fill are read
// together as one address list: Excel answers one fill for the whole list when its cells agree (a property
// that differs comes back null), so a column of plain cells costs one small record, not one per cell.
// Only the lists whose cells differ are then read cell by cell (one more sync), without the pattern's colour,
// which only a hatched cell needs (read for those cells alone, one more sync when there are any).

import { columnLetter, parseAddress } from "../core/address";
import type { FillState } from "../core/state";
import { addressLists } from "./office";

// What restores a cell exactly: the pattern, its colour and (for a hatched fill) the pattern's colour. The
// tints say whether the colours are theme colours lightened or darkened, which the layer cannot write back
// as they were (RangeFill.tintAndShade, patternTintAndShade: ExcelApi 1.9).
const FILL_LOAD = "color,pattern,patternColor,tintAndShade,patternTintAndShade";
const CELL_FILL = { format: { fill: { color: true, pattern: true } } };
const CELL_FILL_TINT = { format: { fill: { color: true, pattern: true, tintAndShade: true } } };
const CELL_PATTERN_COLOR = { format: { fill: { patternColor: true } } };
const CELL_PATTERN_COLOR_TINT = { format: { fill: { patternColor: true, patternTintAndShade: true } } };

/** A fill as Office reports it; null where the cells of a range differ. */
interface FillProps {
  color?: string | null;
  pattern?: string | null;
  patternColor?: string | null;
  tintAndShade?: number | null;
  patternTintAndShade?: number | null;
}

/**
 * Why a cell's fill cannot be put back as it was: a gradient (RangeFill.pattern: "LinearGradient and
 * RectangularGradient are not supported"), or a theme colour lightened or darkened (a tint: the add-in
 * writes colours as #RRGGBB). Such a cell is not coloured, so clearing never has to restore it.
 */
export type Unrestorable = "gradient" | "tint";

const GRADIENTS = new Set(["LinearGradient", "RectangularGradient"]);

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

function unrestorableOf(f: FillProps): Unrestorable | undefined {
  const pattern = f.pattern ?? "None";
  if (GRADIENTS.has(pattern)) return "gradient";
  if (pattern === "None") return undefined;
  if (f.tintAndShade) return "tint";
  if (pattern !== "Solid" && f.patternTintAndShade) return "tint";
  return undefined;
}

/** The fill every cell of a list has, or null when they differ in something a restore needs. */
export function commonFill(f: FillProps): ReadFill | null {
  if (f.pattern === null || f.pattern === undefined) return null;
  // No fill reads as white whatever else is set; its colour does not matter.
  if (f.pattern === "None") return { fill: fillFromProps({ pattern: "None" }) };
  // A gradient is never written back, whatever its colours.
  if (GRADIENTS.has(f.pattern)) return { fill: fillFromProps(f), unrestorable: "gradient" };
  if (f.color === null || f.color === undefined) return null;
  if (f.tintAndShade === null) return null;
  if (f.pattern !== "Solid" && (!f.patternColor || f.patternTintAndShade === null)) return null;
  const why = unrestorableOf(f);
  return { fill: fillFromProps(f), ...(why ? { unrestorable: why } : {}) };
}

/** A cell's fill as read, and whether it could be put back as it is. */
export interface ReadFill {
  fill: FillState;
  unrestorable?: Unrestorable;
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
  /** Whether the cells' tints differ (or are not 0), so each cell's is read too. */
  tints?: boolean;
  /** The same for the pattern colours' tints. */
  patternTints?: boolean;
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
  private readonly known = new Map<string, ReadFill>();
  /** Areas of lists whose cells differ, still to be read cell by cell. */
  private mixed: Area[] = [];
  private readonly inMixed = new Set<string>();

  constructor(private readonly sheets: Map<string, Excel.Worksheet>) {}

  /** The fill read for a cell (any address form: "$B$2" and "B2" are the same cell). */
  get(sheet: string, cell: string): FillState | undefined {
    return this.read1(sheet, cell)?.fill;
  }

  /** Why the cell's fill could not be put back as it is, when it could not. */
  unrestorable(sheet: string, cell: string): Unrestorable | undefined {
    return this.read1(sheet, cell)?.unrestorable;
  }

  private read1(sheet: string, cell: string): ReadFill | undefined {
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
            // The tints are read cell by cell only when they differ (most sheets have none at all).
            this.mixed.push({
              ...a,
              tints: fill.tintAndShade !== 0,
              patternTints: fill.patternTintAndShade !== 0,
            });
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
    const hatched: { sheet: string; row: number; col: number; read: ReadFill; tints?: boolean }[] = [];
    while (this.mixed.length) {
      const batch: { area: Area; props: OfficeExtension.ClientResult<Excel.CellProperties[][]> }[] = [];
      let n = 0;
      while (this.mixed.length && (!batch.length || n + size(this.mixed[0]) <= CELLS_PER_SYNC)) {
        const area = this.mixed.shift()!;
        n += size(area);
        const range = this.sheets.get(area.sheet)!.getRange(area.address);
        batch.push({ area, props: range.getCellProperties(area.tints ? CELL_FILL_TINT : CELL_FILL) });
      }
      await context.sync();
      for (const { area, props } of batch)
        props.value.forEach((row, i) => {
          const f = row[0]?.format?.fill;
          const read: ReadFill = { fill: fillFromProps(f) };
          const why = f && unrestorableOf(f);
          if (why) read.unrestorable = why;
          const at = { sheet: area.sheet, row: area.top + i, col: area.col, read, tints: area.patternTints };
          const pattern = read.fill.pattern;
          if (pattern === "None" || pattern === "Solid" || GRADIENTS.has(pattern)) this.settle(at);
          else hatched.push(at);
        });
    }
    for (let i = 0; i < hatched.length; i += CELLS_PER_SYNC) {
      const batch = hatched.slice(i, i + CELLS_PER_SYNC).map((at) => ({
        at,
        props: this.sheets
          .get(at.sheet)!
          .getRange(`${columnLetter(at.col)}${at.row}`)
          .getCellProperties(at.tints ? CELL_PATTERN_COLOR_TINT : CELL_PATTERN_COLOR),
      }));
      await context.sync();
      for (const { at, props } of batch) {
        const f = props.value[0]?.[0]?.format?.fill;
        const fill = fillFromProps({ ...at.read.fill, patternColor: f?.patternColor });
        const read: ReadFill = { ...at.read, fill };
        if (f?.patternTintAndShade) read.unrestorable = "tint";
        this.settle({ ...at, read });
      }
    }
  }

  private settle(at: { sheet: string; row: number; col: number; read: ReadFill; tints?: boolean }): void {
    const k = keyOf(at.sheet, at.row, at.col);
    this.inMixed.delete(k);
    this.known.set(k, at.read);
  }
}

const size = (a: Area) => a.bottom - a.top + 1;
