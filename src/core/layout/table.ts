// Tabular plan sheets: header rows, section rows, hierarchy columns, one item per row.

import { columnLetter } from "../address";
import { eraOfText, guessBareYear, resolveBareYear, type ReviewYear } from "../fiscal";
import type { Grid } from "../grid";
import { MARK_CHARS } from "../legend";
import { squash } from "../text/normalize";
import type { ColumnInfo, ColumnRole } from "../types";
import { readStatus, type Vocabulary } from "../vocabulary";
import { ACTOR_WORDS } from "./headerWords";
import { isHeaderRow, readHeader, type Header, type HeaderColumn } from "./header";
import { headingClass, isStrongHeading, loneKind, loneText, Outline } from "./rows";
import { TableItem, type ItemColumns } from "./tableItem";

type Event = { kind: "heading" } | { kind: "row"; row: number; path: string[] };

interface Block {
  header: Header;
  events: Event[];
}

export interface TableScan {
  blocks: Block[];
  /** Texts that may settle the era of bare years: titles, headings, headers. */
  eraTexts: string[];
  /** Every lone text row (titles, headings, legends, notes), for legends. */
  lone: { row: number; text: string }[];
}

/** Walks the sheet top to bottom: headers open blocks, headings build the outline, other rows are data. */
export function scanTables(grid: Grid): TableScan {
  const lones: { row: number; col: number; text: string; span: number; cls: string }[] = [];
  const headerRows = new Set<number>();
  for (let r = grid.top; r <= grid.bottom; r = grid.nextRow(r)) {
    if (isHeaderRow(grid, r)) headerRows.add(r);
    const lone = loneText(grid, r);
    if (lone) lones.push({ row: r, ...lone, cls: headingClass(lone.text) });
  }
  const firstRow = firstNonEmptyRow(grid);
  const titleRows = new Set<number>();
  const first = lones[0];
  if (first && first.row === firstRow && loneKind(first.text) === "heading" && !isStrongHeading(first.cls)) {
    const recurs = lones.some(
      (l) => l.row > first.row && l.cls === first.cls && loneKind(l.text) === "heading",
    );
    if (first.cls === "plain" || !recurs) titleRows.add(first.row);
  }
  const firstHeader = Math.min(...headerRows, grid.bottom + 1);
  for (const l of lones) {
    if (l.row < firstHeader && /^[（(].*[)）]$/.test(l.text.trim())) titleRows.add(l.row);
  }

  const outline = new Outline();
  const blocks: Block[] = [];
  const eraTexts: string[] = lones.map((l) => l.text);
  const loneByRow = new Map(lones.map((l) => [l.row, l]));
  let block: Block | null = null;
  for (let r = grid.top; r <= grid.bottom; r = grid.nextRow(r)) {
    if (headerRows.has(r)) {
      const header = readHeader(grid, r);
      eraTexts.push(...header.columns.map((c) => c.header));
      block = { header, events: [] };
      blocks.push(block);
      r = header.bottom;
      continue;
    }
    const lone = loneByRow.get(r);
    if (lone) {
      if (titleRows.has(r)) continue;
      const kind = loneKind(lone.text);
      if (kind !== "heading") continue;
      const sectionRow =
        block === null ||
        lone.span >= 2 ||
        isStrongHeading(lone.cls) ||
        lone.col < block.header.left ||
        headingInIdColumn(block.header, lone.col, lone.text) ||
        headerRows.has(nextNonEmptyRow(grid, r));
      if (sectionRow) {
        outline.push(lone.cls, lone.text, r, lone.col);
        block?.events.push({ kind: "heading" });
        continue;
      }
    }
    if (block && grid.rowCells(r).length > 0) block.events.push({ kind: "row", row: r, path: outline.path });
  }
  return { blocks, eraTexts, lone: lones.map((l) => ({ row: l.row, text: l.text })) };
}

/** A text standing alone just above a header row heads the next table ("第2期"), it is no item. */
function nextNonEmptyRow(grid: Grid, row: number): number {
  let r = grid.nextRow(row);
  while (r <= grid.bottom && grid.rowCells(r).length === 0) r = grid.nextRow(r);
  return r;
}

// Words, not a number: "Ⅰ 意識づくり" is a heading, "I-(1)-①" an id.
const WORDS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{2,}/u;

/** A row holding only words in the id column (番号) is a section row, not an item without a title. */
function headingInIdColumn(header: Header, col: number, text: string): boolean {
  return header.columns.find((c) => c.col === col)?.role === "id" && WORDS.test(text);
}

function firstNonEmptyRow(grid: Grid): number {
  for (let r = grid.top; r <= grid.bottom; r = grid.nextRow(r)) if (grid.rowCells(r).length > 0) return r;
  return grid.top;
}

/** Up to n texts spread evenly over the column: enough to tell what a column holds. */
function sample(texts: string[], n: number): string[] {
  if (texts.length <= n) return texts;
  const step = texts.length / n;
  return Array.from({ length: n }, (_, i) => texts[Math.floor(i * step)]);
}

const MARK_RE = new RegExp(`^[${MARK_CHARS}]$`, "u");
const DEPARTMENT_LIKE = /(課|室|局|部|センター|事務局|役所|所|館|係)(\(.*\))?$/;

function looksLikeSentences(texts: string[]): boolean {
  if (texts.length === 0) return false;
  const long = texts.filter((t) => t.length > 20 || /[。．]/.test(t)).length;
  return long * 2 > texts.length;
}

/** Confirms or corrects a header's role from the contents of the column. */
function contentRole(
  col: HeaderColumn | null,
  texts: string[],
  vocab: Vocabulary,
  indicatorTable: boolean,
): { role: ColumnRole; kind?: "status" | "text" } {
  const role = col?.role ?? null;
  const norm = sample(texts, 2000).map((t) => squash(t));
  const marks = norm.filter((t) => MARK_RE.test(t)).length;
  // Over the sample the marks were counted in.
  const markColumn = norm.length > 0 && marks / norm.length >= 0.6;
  if (col?.year) {
    if (indicatorTable || role === "baseline" || role === "indicator" || role === "unit")
      return { role: "other" };
    return col.actual ? { role: "actual", kind: statusKind(norm, vocab) } : { role: "plan", kind: "status" };
  }
  if (markColumn && role !== "result") {
    return norm.every((t) => t === "" || /^[■□]$/.test(t)) ? { role: "target" } : { role: "actor" };
  }
  switch (role) {
    case "policy":
    case "item":
    case "detail":
    case "id":
    case "indicator":
      return { role };
    case "department":
      if (looksLikeSentences(texts)) return { role: "result", kind: "text" };
      if (actorColumn(norm)) return { role: "actor" };
      return { role: "department" };
    case "actor":
      return departmentColumn(norm) ? { role: "department" } : { role: "actor" };
    case "result":
      return { role: "result", kind: statusKind(norm, vocab) };
    default:
      return { role: "other" };
  }
}

function actorColumn(norm: string[]): boolean {
  const words = norm.flatMap((t) => t.split(/[・、,/]|\n/)).filter((w) => w !== "");
  return words.length > 0 && words.filter((w) => ACTOR_WORDS.includes(w)).length * 2 > words.length;
}

function departmentColumn(norm: string[]): boolean {
  const words = norm.flatMap((t) => t.split(/[・、,/]/)).filter((w) => w !== "");
  return words.length > 0 && words.filter((w) => DEPARTMENT_LIKE.test(w)).length * 2 > words.length;
}

function statusKind(norm: string[], vocab: Vocabulary): "status" | "text" {
  const filled = norm.filter((t) => t !== "");
  if (filled.length === 0) return "status";
  const statuses = filled.filter((t) => readStatus(t, vocab).kind !== "unknown" || MARK_RE.test(t)).length;
  return statuses * 2 >= filled.length ? "status" : "text";
}

export interface ResolvedColumn extends ColumnInfo {
  headerCol: HeaderColumn | null;
}

const rowsOfBlock = new WeakMap<Block, number[]>();

function blockRows(block: Block): number[] {
  let rows = rowsOfBlock.get(block);
  if (!rows) {
    rows = [];
    for (const e of block.events) if (e.kind === "row") rows.push(e.row);
    rowsOfBlock.set(block, rows);
  }
  return rows;
}

/** The column span of a block: its header, widened to the data below it (an unheaded marker column). */
function blockSpan(grid: Grid, block: Block): { left: number; right: number } {
  let left = block.header.left;
  let right = block.header.right;
  for (const r of blockRows(block)) {
    const cells = grid.rowCells(r);
    if (cells.length) {
      left = Math.min(left, cells[0]);
      right = Math.max(right, cells[cells.length - 1]);
    }
  }
  return { left, right };
}

/**
 * Texts of each column under the same header across all blocks of the sheet: a block of one row
 * cannot tell a department column from a result column, the sheet's blocks together can.
 */
export function pooledColumnTexts(grid: Grid, blocks: Block[]): Map<string, string[]> {
  const pooled = new Map<string, string[]>();
  for (const block of blocks) {
    const { left, right } = blockSpan(grid, block);
    const byCol = new Map(block.header.columns.map((c) => [c.col, c]));
    // Row by row through the cells that hold text (rowCells: own, not covered), never column by
    // column across the span: a stray cell far right would make that millions of empty cells.
    for (const r of blockRows(block)) {
      for (const c of grid.rowCells(r, left, right)) {
        const key = `${c}|${byCol.get(c)?.header ?? ""}`;
        let texts = pooled.get(key);
        if (!texts) pooled.set(key, (texts = []));
        texts.push(grid.text(r, c));
      }
    }
  }
  return pooled;
}

/** Columns of a block with roles confirmed by contents and years resolved. */
export function resolveColumns(
  grid: Grid,
  block: Block,
  pooled: Map<string, string[]>,
  vocab: Vocabulary,
  yearOf: (col: HeaderColumn) => number | undefined,
  overrides: Record<string, ColumnRole> | undefined,
): ResolvedColumn[] {
  const { left, right } = blockSpan(grid, block);
  const byCol = new Map(block.header.columns.map((c) => [c.col, c]));
  const indicatorTable = block.header.columns.some((c) => c.role === "indicator");
  const out: ResolvedColumn[] = [];
  for (let c = left; c <= right; c++) {
    const hc = byCol.get(c) ?? null;
    const texts = pooled.get(`${c}|${hc?.header ?? ""}`) ?? [];
    const letter = columnLetter(c);
    const override = overrides?.[letter];
    const found = contentRole(hc, texts, vocab, indicatorTable);
    const role = override ?? found.role;
    const year = hc?.year ? yearOf(hc) : undefined;
    out.push({ col: c, letter, header: hc?.header ?? "", role, year, kind: found.kind, headerCol: hc });
  }
  return out;
}

/** Year resolution for a sheet: bare years take the era the sheet names, else the nearest reading. */
export function yearResolver(
  eraTexts: string[],
  review: ReviewYear,
): { yearOf: (col: HeaderColumn) => number | undefined; ambiguous: boolean } {
  const era = eraOfText(eraTexts.filter((t) => !/^\d{1,2}年度$/.test(squash(t))));
  return {
    ambiguous: era === null,
    yearOf: (col) => {
      const y = col.year;
      if (!y) return undefined;
      if (y.year !== null) return y.year;
      if (y.bare === undefined) return undefined;
      return era ? (resolveBareYear(y.bare, era) ?? undefined) : guessBareYear(y.bare, review.fiscalYear);
    },
  };
}

/** Items of one block: one per data row that carries something of its own beyond the grouping columns. */
export function blockItems(
  grid: Grid,
  block: Block,
  columns: ResolvedColumn[],
  vocab: Vocabulary,
  review: ReviewYear,
  firstIndex: number,
): { items: TableItem[]; cells: ItemColumns } {
  const hierarchy = columns.filter((c) => c.role === "policy" || c.role === "item");
  const itemCols = columns.filter((c) => c.role === "item");
  const detailCol = columns.find((c) => c.role === "detail");
  const indicatorCol = columns.find((c) => c.role === "indicator");
  const deptCol = columns.find((c) => c.role === "department");
  const planCols = columns
    .filter((c) => c.role === "plan" && c.year !== undefined)
    .sort((a, b) => a.year! - b.year!);
  const planYears = planCols.map((c) => c.year!);
  const latest = planYears.filter((y) => y <= review.fiscalYear);
  const defaultResultYear = latest.length ? Math.max(...latest) : review.fiscalYear;
  const actualCols = columns.filter((c) => c.role === "actual" || c.role === "result");
  const titleCol = itemCols.length ? itemCols[itemCols.length - 1] : (detailCol ?? indicatorCol);
  const groupingItemCols = detailCol ? itemCols : itemCols.slice(0, -1);
  const policyColumns = columns.filter((c) => c.role === "policy");
  const policyCols = new Set(policyColumns.map((c) => c.col));
  const levelCols = [...policyColumns, ...groupingItemCols];
  const left = columns[0].col;
  const right = columns[columns.length - 1].col;
  const yearCol = (c: ResolvedColumn) => ({ year: c.year ?? defaultResultYear, col: c.col });
  const cells: ItemColumns = {
    grid,
    vocab,
    plan: planCols.map(yearCol),
    actual: actualCols.filter((c) => c.kind !== "text").map(yearCol),
    result: actualCols.filter((c) => c.kind === "text").map(yearCol),
    department: deptCol ? deptCol.col : null,
    left,
    right,
  };

  const carry = new Map<number, string>();
  const items: TableItem[] = [];
  // Rows under the same headings share one path array.
  let lastPath: string[] = [];
  const levels: string[] = [];
  for (const ev of block.events) {
    if (ev.kind === "heading") {
      carry.clear();
      continue;
    }
    const r = ev.row;
    let reset = false;
    for (const hc of hierarchy) {
      const m = grid.master(r, hc.col);
      const own = m.row === r && m.col === hc.col;
      const v = grid.text(m.row, m.col);
      if (own && v !== "") {
        carry.set(hc.col, v);
        reset = true;
      } else if (!own) carry.set(hc.col, v);
      else if (reset) carry.set(hc.col, "");
    }
    if (!grid.rowCells(r, left, right).some((c) => !policyCols.has(c))) continue;

    levels.length = 0;
    for (const c of levelCols) {
      const t = carry.get(c.col) ?? "";
      if (t !== "") levels.push(t);
    }
    if (ev.path.length + policyColumns.length === 0) levels.length = 0;
    const path = samePath(ev.path, levels, lastPath) ? lastPath : [...ev.path, ...levels];
    lastPath = path;
    const titleText = titleCol
      ? titleCol.role === "item"
        ? (carry.get(titleCol.col) ?? "")
        : grid.shown(r, titleCol.col)
      : "";
    const detail = detailCol ? grid.shown(r, detailCol.col) : "";
    items.push(
      new TableItem(firstIndex + items.length, path, titleText || detail, titleText ? detail : "", r, cells),
    );
  }
  return { items, cells };
}

/** True when `path` is `head` followed by `tail`. */
function samePath(head: string[], tail: string[], path: string[]): boolean {
  if (path.length !== head.length + tail.length) return false;
  for (let i = 0; i < head.length; i++) if (path[i] !== head[i]) return false;
  for (let i = 0; i < tail.length; i++) if (path[head.length + i] !== tail[i]) return false;
  return true;
}

export type { Block };
