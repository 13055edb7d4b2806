// Tabular plan sheets: header rows, section rows, hierarchy columns, one item per row.

import { columnLetter } from "../address";
import { eraOfText, resolveYearHeader, type ReviewYear } from "../fiscal";
import type { Grid } from "../grid";
import { MARK_CHARS } from "../legend";
import { headerKey, squash } from "../text/normalize";
import type { ColumnInfo, ColumnRole } from "../types";
import { readStatus, type Vocabulary } from "../vocabulary";
import { ACTOR_WORDS } from "./headerWords";
import { isHeaderRow, readHeader, type Header, type HeaderColumn } from "./header";
import { isAsideLine } from "./lineKind";
import { isStrongHeading, lineOf, Outline, titleLines, type Line } from "./rows";
import type { LevelNames } from "./levelNames";
import { TableItem, type ItemColumns } from "./tableItem";

type Event =
  { kind: "heading" } | { kind: "row"; row: number; path: string[]; cells: { row: number; col: number }[] };

interface Block {
  header: Header;
  events: Event[];
}

export interface TableScan {
  blocks: Block[];
  /** Texts that may settle the era of bare years: titles, headings, headers (not dates or notes). */
  eraTexts: string[];
  /** Lines above the first header that title the sheet or head it: they may name the sheet's year. */
  titleTexts: string[];
}

/** Walks the sheet top to bottom: headers open blocks, headings build the outline, other rows are data. */
export function scanTables(grid: Grid): TableScan {
  const lines = new Map<number, Line>();
  const headerRows: number[] = [];
  for (let r = grid.top; r <= grid.bottom; r++) {
    if (isHeaderRow(grid, r)) headerRows.push(r);
    else {
      const l = lineOf(grid, r);
      if (l) lines.set(r, l);
    }
  }
  const firstHeader = headerRows.length ? headerRows[0] : grid.bottom + 1;
  const isHeader = new Set(headerRows);
  const headers = new Map<number, Header>();
  const headerAt = (row: number): Header => {
    let h = headers.get(row);
    if (!h) headers.set(row, (h = readHeader(grid, row)));
    return h;
  };
  /** The header of the table a row below it belongs to (the nearest header row above). */
  const headerOver = (row: number): Header | null => {
    let lo = 0;
    let hi = headerRows.length - 1;
    let at = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (headerRows[mid] < row) {
        at = headerRows[mid];
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (at < 0) return null;
    const h = headerAt(at);
    return row <= h.bottom ? null : h;
  };
  const candidates = [...lines.values()].filter(
    (l) => l.lone && (l.kind === "heading" || l.kind === "plain"),
  );
  const titles = titleLines(candidates, firstHeader);

  // Where a line stands says it heads a section: across the table, left of it, or over a header.
  const byPlace = new Map<number, boolean>();
  for (const l of candidates) {
    const header = headerOver(l.row);
    if (!header) continue;
    byPlace.set(
      l.row,
      l.span >= 2 ||
        l.col < header.left ||
        headingInIdColumn(header, l.col, l.text) ||
        isHeader.has(nextNonEmptyRow(grid, l.row)),
    );
  }
  // A numbering class seen heading a section heads one wherever it stands (its class recurs).
  const headingClasses = new Set<string>();
  let plainSections = false;
  for (const l of candidates) {
    if (titles.has(l.row)) continue;
    const above = l.row < firstHeader;
    if (l.kind === "heading" && (above || isStrongHeading(l.cls) || byPlace.get(l.row)))
      headingClasses.add(l.cls);
    if (l.kind === "plain" && !above && byPlace.get(l.row)) plainSections = true;
  }

  const outline = new Outline();
  const blocks: Block[] = [];
  const eraTexts: string[] = candidates.map((l) => l.text);
  // Titles and headings first; a note above the header may name the sheet's year too
  // (※令和5年度 事務事業評価 集計表) — never a date, whose month decides its fiscal year.
  const above = [...lines.values()].filter((l) => l.row < firstHeader);
  const titleTexts = [
    ...above.filter((l) => l.lone && (l.kind === "heading" || l.kind === "plain")),
    ...above.filter((l) => l.kind === "note"),
  ].map((l) => l.text);
  let block: Block | null = null;
  for (let r = grid.top; r <= grid.bottom; r++) {
    if (isHeader.has(r)) {
      const header = headerAt(r);
      eraTexts.push(...header.columns.map((c) => c.header));
      block = { header, events: [] };
      blocks.push(block);
      r = header.bottom;
      continue;
    }
    const line = lines.get(r);
    if (line) {
      if (isAsideLine(line.kind) || titles.has(r)) continue;
      const heading =
        line.kind === "heading"
          ? block === null ||
            isStrongHeading(line.cls) ||
            byPlace.get(r) === true ||
            headingClasses.has(line.cls)
          : block === null
            ? plainSections
            : byPlace.get(r) === true;
      if (heading) {
        outline.push(line.cls, line.text, r, line.col);
        block?.events.push({ kind: "heading" });
        continue;
      }
      if (block === null) continue;
    }
    if (block && grid.rowCells(r).length > 0)
      block.events.push({ kind: "row", row: r, path: outline.path, cells: outline.cells });
  }
  return { blocks, eraTexts, titleTexts };
}

/** A text standing alone just above a header row heads the next table ("第2期"), it is no item. */
function nextNonEmptyRow(grid: Grid, row: number): number {
  let r = row + 1;
  while (r <= grid.bottom && grid.rowCells(r).length === 0) r++;
  return r;
}

// Words, not a number: "Ⅰ 意識づくり" is a heading, "I-(1)-①" an id.
const WORDS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{2,}/u;

/** A row holding only words in the id column (番号) is a section row, not an item without a title. */
function headingInIdColumn(header: Header, col: number, text: string): boolean {
  return header.columns.find((c) => c.col === col)?.role === "id" && WORDS.test(text);
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
    // Amounts under year headers (事業費 per year) are no statuses.
    if (mostlyNumbers(norm)) return { role: "other" };
    return col.actual
      ? { role: "actual", kind: statusKind(norm, vocab) }
      : { role: "plan", kind: planKind(norm, vocab) };
  }
  if (markColumn && role !== "result") {
    return norm.every((t) => t === "" || /^[■□]$/.test(t)) ? { role: "target" } : { role: "actor" };
  }
  switch (role) {
    case "policy":
    case "item":
      // A number column beside the names (政策番号 written 1, 2, 3) holds no names.
      return mostlyNumbers(norm) ? { role: "id" } : { role };
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

/** Most filled cells, three or more, are numbers (1, 1,234, 0.5, 01): one stray number is a mistake. */
function mostlyNumbers(norm: string[]): boolean {
  const filled = norm.filter((t) => t !== "");
  return (
    filled.length >= 3 &&
    filled.filter((t) => /^[-+]?[\d,]+(?:\.\d+)?%?$/.test(t)).length * 5 >= filled.length * 4
  );
}

/**
 * A plan column holds statuses, or free text describing the year's plan (今年度計画 of an export):
 * three or more cells, most of them sentences. A stray sentence in a status column is a mistake.
 */
function planKind(norm: string[], vocab: Vocabulary): "status" | "text" {
  if (statusKind(norm, vocab) === "status") return "status";
  const filled = norm.filter((t) => t !== "");
  const long = filled.filter((t) => t.length > 12 || /[。．]/.test(t)).length;
  return filled.length >= 3 && long * 2 > filled.length ? "text" : "status";
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
    const rows = blockRows(block);
    for (let c = left; c <= right; c++) {
      const key = `${c}|${byCol.get(c)?.header ?? ""}`;
      const texts = pooled.get(key) ?? [];
      for (const r of rows) {
        if (grid.isCovered(r, c)) continue;
        const t = grid.text(r, c);
        if (t !== "") texts.push(t);
      }
      pooled.set(key, texts);
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
  // An indicator table lists indicators as its items; a table of items may have an indicator column.
  const indicatorTable =
    block.header.columns.some((c) => c.role === "indicator") &&
    !block.header.columns.some((c) => c.role === "item");
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

/** Year resolution for a sheet: bare years take the era the sheet names, relative ones its own year. */
export function yearResolver(
  eraTexts: string[],
  review: ReviewYear,
  sheetYear: number,
): { yearOf: (col: HeaderColumn) => number | undefined; ambiguous: boolean } {
  const era = eraOfText(eraTexts.filter((t) => !/^\d{1,2}年度$/.test(squash(t))));
  const ctx = { era, sheetYear, review: review.fiscalYear };
  return {
    ambiguous: era === null,
    yearOf: (col) => (col.year ? resolveYearHeader(col.year, ctx) : undefined),
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
  sheetYear: number,
  names: LevelNames,
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
  // A result column naming no year: the latest plan year up to the review year, else the sheet's year.
  const defaultResultYear = latest.length ? Math.max(...latest) : sheetYear;
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
    plan: planCols.filter((c) => c.kind !== "text").map(yearCol),
    planText: planCols.filter((c) => c.kind === "text").map(yearCol),
    actual: actualCols.filter((c) => c.kind !== "text").map(yearCol),
    result: actualCols.filter((c) => c.kind === "text").map(yearCol),
    department: deptCol ? deptCol.col : null,
    left,
    right,
  };

  const carry = new Map<number, string>();
  // Where each carried name is written (the master cell of its merge), for the level names.
  const carryCell = new Map<number, { row: number; col: number }>();
  const numberColsOf = new Map(levelCols.map((c) => [c.col, numberColumns(columns, c)]));
  const items: TableItem[] = [];
  // Rows under the same headings share one path array.
  let lastPath: string[] = [];
  const levels: string[] = [];
  const levelCells: number[] = [];
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
        // A level written again as it was (repeated on every row) starts no new group below it.
        if (v !== carry.get(hc.col)) reset = true;
        carry.set(hc.col, v);
        carryCell.set(hc.col, m);
      } else if (!own) {
        carry.set(hc.col, v);
        carryCell.set(hc.col, m);
      } else if (reset) carry.set(hc.col, "");
    }
    if (!grid.rowCells(r, left, right).some((c) => !policyCols.has(c))) continue;

    levels.length = 0;
    levelCells.length = 0;
    for (const c of levelCols) {
      const t = carry.get(c.col) ?? "";
      if (t !== "") {
        levels.push(t);
        levelCells.push(c.col);
      }
    }
    if (ev.path.length + policyColumns.length === 0) levels.length = levelCells.length = 0;
    const path = samePath(ev.path, levels, lastPath) ? lastPath : [...ev.path, ...levels];
    lastPath = path;
    if (path.length) {
      const at = (i: number) =>
        i < ev.cells.length ? ev.cells[i] : carryCell.get(levelCells[i - ev.cells.length]);
      const num = (i: number) =>
        i < ev.cells.length ? null : levelNumber(grid, r, numberColsOf.get(levelCells[i - ev.cells.length]));
      names.add(path, [at(0), at(1)], [num(0), num(1)]);
    }
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

/**
 * The number columns of a hierarchy column: the id columns just left of it (政策番号 | 政策名, or
 * a number split into 十の位 | 一の位 — columns whose contents are numbers).
 */
function numberColumns(columns: ResolvedColumn[], level: ResolvedColumn): number[] {
  const out: number[] = [];
  const byCol = new Map(columns.map((c) => [c.col, c]));
  const isNumber = (c: ResolvedColumn | undefined) =>
    c !== undefined &&
    (c.role === "id" || (c.role === "other" && /位$|番号|コード|no\.?$/i.test(headerKey(c.header))));
  for (let c = level.col - 1; isNumber(byCol.get(c)); c--) out.unshift(c);
  return out;
}

/** A level's number from its number columns on a row (null when it has none or they are empty). */
function levelNumber(grid: Grid, row: number, cols: number[] | undefined): string | null {
  if (!cols || cols.length === 0) return null;
  const n = cols.map((c) => grid.shown(row, c)).join("");
  return n === "" ? null : squash(n);
}

/** True when `path` is `head` followed by `tail`. */
function samePath(head: string[], tail: string[], path: string[]): boolean {
  if (path.length !== head.length + tail.length) return false;
  for (let i = 0; i < head.length; i++) if (path[i] !== head[i]) return false;
  for (let i = 0; i < tail.length; i++) if (path[head.length + i] !== tail[i]) return false;
  return true;
}

export type { Block };
