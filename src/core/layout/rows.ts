// Rows read as lines of text: a lone text (a title, heading, date, note, legend …), or a row of
// several cells that together say one such thing (凡例 | ◎ 達成 | ○ 順調, 作成部署 | 企画調整課,
// ※1 | 計画は当初計画による). What the line is comes from lineKind; this file only finds the lines.

import type { Grid } from "../grid";
import { isLegend } from "../legend";
import { squash } from "../text/normalize";
import { headingClass, isStrongHeading, lineKind, type LineKind } from "./lineKind";

export { headingClass, isStrongHeading } from "./lineKind";

/** A row holding one text (possibly merged across): its column and text, or null. */
export function loneText(grid: Grid, row: number): { col: number; text: string; span: number } | null {
  const cells = grid.rowCells(row);
  if (cells.length !== 1) return null;
  const col = cells[0];
  const raw = grid.raw(row, col);
  if (typeof raw !== "string") return null;
  const m = grid.mergeAt(row, col);
  const span = m ? m.right - m.left + 1 : 1;
  return { col, text: raw.trim(), span };
}

export interface Line {
  row: number;
  /** The first cell of the line. */
  col: number;
  /** The line's text: a lone cell's text, or the cells joined (a label joined to its value with ：). */
  text: string;
  /** Columns the line covers: a lone cell's merge, or from its first to its last cell. */
  span: number;
  /** True when the line is one cell. */
  lone: boolean;
  kind: LineKind;
  /** The outline class of its numbering (for headings and plain text). */
  cls: string;
}

/** Labels people put in a cell of their own before what they say (凡例 | ◎ 達成, 作成日 | R5.4.1). */
const LABELS = new Set(
  [
    "凡例",
    "進捗",
    "進捗状況",
    "評価",
    "達成度",
    "記号",
    "記号の説明",
    "備考",
    "注",
    "注意",
    "注記",
    "参考",
    "作成",
    "作成日",
    "更新日",
    "基準日",
    "作成者",
    "作成部署",
    "作成課",
    "所管",
    "所管課",
    "担当",
    "担当者",
    "文責",
    "問合せ先",
    "問い合わせ先",
    "連絡先",
    "記載要領",
    "記入要領",
    "記入方法",
  ].map((w) => squash(w)),
);

const NOTE_START = /^[注※*＊†]/;
const MARK_START = /^[◎○●◯△▲▽×✕✖★☆◇◆□■A-DＡ-Ｄ]/u;
// Rows starting with these sum up the rows above: no item, whatever else they hold.
const TOTAL = /^(?:合計|小計|総計|計)$/;

/** A row of several cells that says one aside: a legend, note, date or author written across cells. */
function asideAcross(grid: Grid, row: number, cells: number[]): Line | null {
  if (cells.length > 16) return null;
  const texts: string[] = [];
  for (const c of cells) {
    const t = grid.text(row, c);
    if (t.length > 60) return null;
    texts.push(t);
  }
  const first = squash(texts[0]).replace(/[【】[\]()（）:：]/g, "");
  const labelled = LABELS.has(first);
  if (TOTAL.test(first)) return line(row, cells, texts.join(" "), "note");
  if (
    !labelled &&
    !NOTE_START.test(texts[0]) &&
    !(MARK_START.test(texts[0]) && texts.every((t) => t.length <= 20))
  )
    return null;
  const text = labelled ? `${texts[0]}：${texts.slice(1).join(" ")}` : texts.join(" ");
  // Unlabelled, a row starting with a mark is an aside only as a legend (◎ | 達成 | ○ | 順調); a
  // table row starting with a marker (◎ | 講座 | 講座を開いた。) reads as a sentence, never as one.
  const kind = labelled
    ? lineKind(text)
    : NOTE_START.test(texts[0])
      ? "note"
      : isLegend(text)
        ? "legend"
        : null;
  if (kind === null || kind === "heading" || kind === "plain") return null;
  return line(row, cells, text, kind);
}

function line(row: number, cells: number[], text: string, kind: LineKind): Line {
  return {
    row,
    col: cells[0],
    text,
    span: cells[cells.length - 1] - cells[0] + 1,
    lone: false,
    kind,
    cls: "plain",
  };
}

/** The row as a line, or null when it is a row of a table (cells that are not one line). */
export function lineOf(grid: Grid, row: number): Line | null {
  const cells = grid.rowCells(row);
  if (cells.length === 0) return null;
  if (cells.length === 1) {
    const lone = loneText(grid, row);
    if (!lone) return null;
    const kind = lineKind(lone.text);
    return { row, ...lone, lone: true, kind, cls: headingClass(lone.text) };
  }
  return asideAcross(grid, row, cells);
}

/**
 * The sheet's title: the first line above the first header (or card) that is plain text or a heading whose
 * numbering neither recurs nor is a keyword or mark ("6 取組の実施年次指標" over tables headed
 * "1 …", "2 …" is a heading too; "Ⅷ …検証指標一覧" alone is a title), and any line wholly in
 * brackets standing above the header (（平成22年度～平成27年度）).
 */
export function titleLines(candidates: Line[], firstHeader: number): Set<number> {
  const titles = new Set<number>();
  const above = candidates.filter((l) => l.row < firstHeader);
  const first = above[0];
  if (first && !isStrongHeading(first.cls)) {
    const recurs = candidates.some((l) => l.row > first.row && l.cls === first.cls && l.kind === "heading");
    if (first.kind === "plain" || !recurs) titles.add(first.row);
  }
  for (const l of above) if (/^[（(].*[)）]$/.test(l.text)) titles.add(l.row);
  return titles;
}

/** The outline of headings: a class seen before returns to its level, a new class goes one deeper. */
export class Outline {
  private stack: { cls: string; text: string; row: number; col: number }[] = [];
  private cachedPath: string[] | null = null;
  private cachedCells: { row: number; col: number }[] | null = null;

  push(cls: string, text: string, row: number, col: number): void {
    const i = this.stack.findIndex((h) => h.cls === cls);
    if (i >= 0) this.stack.length = i;
    this.stack.push({ cls, text, row, col });
    this.cachedPath = null;
    this.cachedCells = null;
  }

  /** The current path; the same array until the next heading (rows share it, nobody mutates it). */
  get path(): string[] {
    return (this.cachedPath ??= this.stack.map((h) => h.text));
  }

  /** The heading cells of the current path, shared the same way. */
  get cells(): { row: number; col: number }[] {
    return (this.cachedCells ??= this.stack.map((h) => ({ row: h.row, col: h.col })));
  }

  get depth(): number {
    return this.stack.length;
  }
}
