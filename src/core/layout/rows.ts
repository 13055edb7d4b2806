// What a lone text row is: a title, a heading (and its outline class), a legend, or a note.

import type { Grid } from "../grid";
import { isLegend } from "../legend";

/** The outline class of a heading's numbering: headings of one class share a level. */
export function headingClass(text: string): string {
  const s = text.normalize("NFKC").trim();
  const kw =
    /^(推進方針|推進施策|推進方策|基本方針|基本目標|基本施策|重点施策|施策|方針|政策|目標|分野|重点項目)/.exec(
      s,
    );
  if (kw) return `kw:${kw[1]}`;
  const dai = /^第\s*[0-9一二三四五六七八九十]+\s*([章節編部款項期])/.exec(s);
  if (dai) return `dai:${dai[1]}`;
  const bullet = /^([■□◆◇●○◎★☆▲△▼▽・◯])/.exec(s);
  if (bullet) return `bullet:${bullet[1]}`;
  if (/^\d+\s*[-－―ー‐]\s*/.test(s)) return "numdash";
  if (/^[(（]\d+[)）]/.test(s)) return "paren";
  if (/^\d+/.test(s)) return "num";
  if (/^[\u2460-\u2473]/.test(s)) return "circled";
  if (/^[IVXⅠ-Ⅻ]+(?:[\s.．、]|$)/.test(s)) return "roman";
  if (/^[ア-ン][\s.．、)）]/.test(s)) return "kana";
  return "plain";
}

/** Numbered or keyword headings, as opposed to plain text. */
export function isStrongHeading(cls: string): boolean {
  return cls.startsWith("kw:") || cls.startsWith("dai:") || cls.startsWith("bullet:") || cls === "numdash";
}

export function isNote(text: string): boolean {
  return /^[注※*＊]/.test(text.trim());
}

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

export type LoneKind = "note" | "legend" | "heading";

export function loneKind(text: string): LoneKind {
  if (isNote(text)) return "note";
  if (isLegend(text)) return "legend";
  return "heading";
}

/** The outline of headings: a class seen before returns to its level, a new class goes one deeper. */
export class Outline {
  private stack: { cls: string; text: string; row: number; col: number }[] = [];
  private cachedPath: string[] | null = null;

  push(cls: string, text: string, row: number, col: number): void {
    const i = this.stack.findIndex((h) => h.cls === cls);
    if (i >= 0) this.stack.length = i;
    this.stack.push({ cls, text, row, col });
    this.cachedPath = null;
  }

  /** The current path; the same array until the next heading (rows share it, nobody mutates it). */
  get path(): string[] {
    return (this.cachedPath ??= this.stack.map((h) => h.text));
  }

  get cells(): { row: number; col: number }[] {
    return this.stack.map((h) => ({ row: h.row, col: h.col }));
  }

  get depth(): number {
    return this.stack.length;
  }
}
