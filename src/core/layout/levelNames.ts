// The names of the policy level and the second level as the sheet writes them: each cell (or merged
// area) that writes one, the number it carries and how many items stand under it. Rule
// policy-variant compares them; nothing else reads the cells again.

import type { Grid } from "../grid";

/** A cell writing a name of the policy level (0) or the second level (1). */
export interface LevelName {
  level: 0 | 1;
  /** The name of the level above (the policy, for the second level; "" for the policy level). */
  parent: string;
  /** The name as the path shows it (trimmed). */
  text: string;
  /** The cell's value as written (a leading ideographic space included). */
  value: string;
  /** The cell holds the whole name (not a heading composed of a label and its value). */
  whole: boolean;
  /** Its number: a leading numbering (1, (1), ①, 第1節, 施策1, Ⅲ) or its number column's value. */
  number: string | null;
  row: number;
  col: number;
  items: number;
}

/** A grid's cells as written (raw text, numbers as text). */
export function writtenText(grid: Grid): (row: number, col: number) => string {
  return (row, col) => {
    const v = grid.raw(row, col);
    return v === null ? "" : typeof v === "object" ? v.date : String(v);
  };
}

/** Collects level names cell by cell while items are read. */
export class LevelNames {
  private readonly byCell = new Map<string, LevelName>();

  /** `written` gives a cell's value as written. */
  constructor(private readonly written: (row: number, col: number) => string) {}

  /** Counts one item under the names of its first two levels. */
  add(path: string[], cells: ({ row: number; col: number } | undefined)[], numbers: (string | null)[]): void {
    for (let level = 0; level < Math.min(2, path.length); level++) {
      const cell = cells[level];
      if (!cell) continue;
      const parent = level === 0 ? "" : path[0];
      const key = `${level}|${parent}|${cell.row}|${cell.col}`;
      let name = this.byCell.get(key);
      if (!name) {
        const text = path[level];
        const raw = this.written(cell.row, cell.col);
        // A heading written as label and value (推進方針 | I …) shows more than its first cell.
        const whole = raw.trim() === text;
        const value = whole ? raw : text;
        const number = numbers[level] ?? leadingNumber(text);
        name = {
          level: level as 0 | 1,
          parent,
          text,
          value,
          whole,
          number,
          row: cell.row,
          col: cell.col,
          items: 0,
        };
        this.byCell.set(key, name);
      }
      name.items++;
    }
  }

  get list(): LevelName[] {
    return [...this.byCell.values()];
  }
}

const KEYWORD =
  "推進方針|推進施策|推進方策|基本方針|基本目標|基本施策|重点施策|重点目標|重点項目|政策|施策|方針|目標|分野|領域|柱";
const KEYWORD_ONLY = new RegExp(`^(?:${KEYWORD})$`, "u");
const ONE = String.raw`(?:\(\s*[0-9]+\s*\)|[0-9]+|\(\s*[ア-ン]\s*\)|[IVX]+(?![A-Za-z])|[一二三四五六七八九十]+(?=[\s\u3000、.．)]))`;
const SEP = String.raw`\s*[-－―ー‐.．]\s*`;
const NUMBERING = new RegExp(
  String.raw`^(?:(?:${KEYWORD})\s*)?(?:第\s*[0-9一二三四五六七八九十]+\s*[章節編部款項期条]|${ONE}(?:${SEP}${ONE})*)`,
  "u",
);

/**
 * The leading numbering of a name, normalised (NFKC, no spaces): "1", "(1)", "施策1", "第1節",
 * "III", "1-(1)". A numbering followed by a dash and a word ("2 - (4) - 場・施設") numbers that word
 * too: the whole name is its number. Null when the name carries none.
 */
export function leadingNumber(text: string): string | null {
  const s = text.normalize("NFKC").trim();
  const m = NUMBERING.exec(s);
  if (!m || m[0].trim() === "" || KEYWORD_ONLY.test(m[0].trim())) return null;
  const rest = s.slice(m[0].length);
  const whole = /^\s*[-－―ー‐]\s*\S/u.test(rest) ? s : m[0];
  return whole.replace(/[\s\u3000]/g, "");
}
