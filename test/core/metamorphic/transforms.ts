// Edits that, per plan-sheets.md, change nothing but addresses: what people add above a header
// (dates, authors, notes, instructions, legends — in one cell or across cells, merged or not), a
// table moved, hierarchy cells unmerged, a legend written another way or elsewhere, notes below
// the table, other header words for the same role, empty columns, other sheet names and order.
//
// A transform is told what the original reading was (which sheets are plans, their columns): it
// decides *where* to edit from that, never *what the engine should read* — the comparison does.

import type { SheetReport, WorkbookReport } from "../../../src/core/check";
import { EditableSheet } from "./grid";

export interface Book {
  sheets: EditableSheet[];
  /** Current sheet → the original sheet's name (absent for sheets a transform added). */
  original: Map<EditableSheet, string>;
}

export interface Transform {
  name: string;
  /** Edits the book; returns how many sheets it changed (0: not applicable to this workbook). */
  apply(book: Book, report: WorkbookReport): number;
}

/** Sheets the original check read as plans (any layout but none). */
function planSheets(book: Book, report: WorkbookReport): { sheet: EditableSheet; report: SheetReport }[] {
  const out: { sheet: EditableSheet; report: SheetReport }[] = [];
  for (const sheet of book.sheets) {
    const name = book.original.get(sheet);
    const r = report.sheets.find((s) => s.name === name);
    if (r && r.layout !== "none" && r.items.length > 0) out.push({ sheet, report: r });
  }
  return out;
}

/** The first row holding two or more cells: the table's header, or a card's first label row. */
function firstMultiCellRow(sheet: EditableSheet): number {
  for (let r = 1; r <= sheet.height; r++) if (sheet.filled(r).length >= 2) return r;
  return 1;
}

/** The last row holding anything. */
function lastRow(sheet: EditableSheet): number {
  for (let r = sheet.height; r >= 1; r--) if (sheet.filled(r).length > 0) return r;
  return 0;
}

// ---- rows people write above a header -------------------------------------------------------

/** A row as written: its texts, one per cell from the first column, and how far the last spreads. */
export interface RowForm {
  texts: string[];
  /** Where the row stands and how far its last cell is merged: the whole width, half, none, or in the last column. */
  place: "whole" | "half" | "single" | "last";
}

export const ABOVE_HEADER_ROWS: Record<string, RowForm[]> = {
  "an as-of date": [{ texts: ["令和5年3月末時点"], place: "single" }],
  "an update day in the last column": [{ texts: ["更新日 R5.5.12"], place: "last" }],
  "a creation date with the department, merged across": [
    { texts: ["作成日：2023年4月1日　総合政策部企画調整課"], place: "whole" },
  ],
  "a Western date": [{ texts: ["2024/3/31 現在"], place: "last" }],
  "an author": [{ texts: ["所管：企画調整課"], place: "half" }],
  "an author as label and value": [{ texts: ["作成部署", "総合政策部 企画調整課"], place: "half" }],
  "an author in brackets": [{ texts: ["（企画調整課作成）"], place: "last" }],
  "a note": [{ texts: ["※ 状況欄には年度末の状況を記入してください。"], place: "whole" }],
  "a numbered note": [{ texts: ["注1）金額の単位は千円です"], place: "single" }],
  "a filling-in instruction": [
    {
      texts: ["記載要領：計画欄には「検討」「準備」「実施」「完了」のいずれかを記入すること"],
      place: "whole",
    },
  ],
  "an instruction asking to submit": [
    { texts: ["各課で入力後、企画調整課へ提出してください"], place: "half" },
  ],
  "a legend in one cell": [{ texts: ["凡例：☆＝重点取組　◇＝新規取組"], place: "half" }],
  "a legend label and its marks in the next cell": [
    { texts: ["凡例", "☆ 重点取組　◇ 新規取組"], place: "half" },
  ],
  "a remark label and its text": [{ texts: ["備考", "本表は毎年度更新する"], place: "whole" }],
  "an empty row": [{ texts: [], place: "single" }],
  "several at once": [
    { texts: ["令和5年4月1日 作成"], place: "last" },
    { texts: ["所管：企画調整課"], place: "last" },
    { texts: [], place: "single" },
    { texts: ["※ 実績欄は年度末に記入すること"], place: "whole" },
    { texts: ["凡例：☆＝重点取組　◇＝新規取組"], place: "single" },
  ],
};

function writeForm(sheet: EditableSheet, row: number, form: RowForm, width: number): void {
  if (form.texts.length === 0) return;
  if (form.place === "last") {
    sheet.writeRow(row, width - form.texts.length + 1, form.texts);
    return;
  }
  const to = form.place === "whole" ? width : form.place === "half" ? Math.ceil(width / 2) : undefined;
  sheet.writeRow(row, 1, form.texts, to);
}

/** Inserts the rows above the first row of several cells (the header), or at the very top. */
export function rowsAbove(label: string, forms: RowForm[], where: "header" | "top"): Transform {
  return {
    name: `${label} ${where === "top" ? "at the top of the sheet" : "between title and header"}`,
    apply(book, report) {
      const plans = planSheets(book, report);
      for (const { sheet } of plans) {
        const width = Math.max(sheet.width, 3);
        const at = where === "top" ? 1 : firstMultiCellRow(sheet);
        sheet.insertRows(at, forms.length);
        forms.forEach((f, i) => writeForm(sheet, at + i, f, width));
      }
      return plans.length;
    },
  };
}

/** Notes people add after the last item: merged across, in the first column, as label and text. */
export const notesAfter: Transform = {
  name: "notes after the last item",
  apply(book, report) {
    const plans = planSheets(book, report);
    for (const { sheet } of plans) {
      const width = Math.max(sheet.width, 3);
      const at = lastRow(sheet) + 2;
      writeForm(sheet, at, { texts: ["※ 本表は令和6年3月31日現在の状況である。"], place: "whole" }, width);
      writeForm(
        sheet,
        at + 1,
        { texts: ["注2　「⇒」は前年度の取組を継続することを示す。"], place: "single" },
        width,
      );
      writeForm(sheet, at + 2, { texts: ["※1", "計画は当初計画による"], place: "half" }, width);
    }
    return plans.length;
  },
};

// ---- the table moved --------------------------------------------------------------------------

export function shifted(rows: number, cols: number): Transform {
  return {
    name: `the sheet's content moved ${rows} rows down and ${cols} columns right`,
    apply(book) {
      for (const sheet of book.sheets) {
        sheet.insertRows(1, rows);
        sheet.insertColumns(1, cols);
      }
      return book.sheets.length;
    },
  };
}

// ---- hierarchy unmerged -----------------------------------------------------------------------

/** The outermost hierarchy column the original reading found (policy role, leftmost). */
function outermostColumn(r: SheetReport): number | null {
  const policy = r.columns.filter((c) => c.role === "policy").map((c) => c.col);
  return policy.length ? Math.min(...policy) : null;
}

export function hierarchyUnmerged(how: "blank below" | "repeated"): Transform {
  return {
    name: `the outermost hierarchy unmerged, ${how === "repeated" ? "repeated on every row" : "written once, blank below"}`,
    apply(book, report) {
      let n = 0;
      for (const { sheet, report: r } of planSheets(book, report)) {
        const original = outermostColumn(r);
        if (original === null) continue;
        const col = sheet.mapCell(1, original)!.col;
        // Merges over items' rows only: a header cell merged down its two header rows stays.
        const itemRows = new Set(r.items.map((i) => sheet.mapCell(i.row, original)!.row));
        const merges = sheet.merges.filter(
          (m) => m.left === col && m.right === col && m.bottom > m.top && itemRows.has(m.top),
        );
        if (merges.length === 0) continue;
        for (const m of merges) {
          sheet.unmerge(m);
          if (how === "repeated")
            for (let row = m.top + 1; row <= m.bottom; row++) sheet.set(row, col, sheet.get(m.top, col));
        }
        n++;
      }
      return n;
    },
  };
}

/** Section rows merged across the table written in their first cell only. */
export const headingsUnmerged: Transform = {
  name: "heading, title and note rows unmerged",
  apply(book, report) {
    let n = 0;
    for (const { sheet } of planSheets(book, report)) {
      const wide = sheet.merges.filter(
        (m) => m.top === m.bottom && m.right > m.left && sheet.filled(m.top).length === 1,
      );
      for (const m of wide) sheet.unmerge(m);
      if (wide.length) n++;
    }
    return n;
  },
};

// ---- legends written another way, or elsewhere -------------------------------------------------

const LEGEND_CAPTION = /^[【[(（]?\s*(凡例|進捗|記号|評価)\s*[】\])）]?\s*[:：\s]\s*/u;

/** Rows holding one text that is a legend: a caption (凡例, 進捗 …) followed by entries. */
function legendRows(sheet: EditableSheet): { row: number; caption: string; entries: string[] }[] {
  const out: { row: number; caption: string; entries: string[] }[] = [];
  for (let r = 1; r <= sheet.height; r++) {
    const cells = sheet.filled(r);
    if (cells.length !== 1) continue;
    const text = sheet.text(r, cells[0]);
    const m = LEGEND_CAPTION.exec(text);
    if (!m) continue;
    const entries = text
      .slice(m[0].length)
      .split(/[、，,]|\s+|\u3000+/u)
      .map((e) => e.trim())
      .filter((e) => e !== "");
    out.push({ row: r, caption: m[1], entries: joinMarkAndMeaning(entries) });
  }
  return out;
}

/** "◎" "完了" written with a space between are one entry. */
function joinMarkAndMeaning(parts: string[]): string[] {
  const out: string[] = [];
  for (const p of parts) {
    const prev = out[out.length - 1];
    if (prev !== undefined && [...prev].length === 1) out[out.length - 1] = `${prev} ${p}`;
    else out.push(p);
  }
  return out;
}

export function legendRewritten(
  form: "label cell" | "one entry per cell" | "below the table" | "legend sheet",
): Transform {
  return {
    name: `the legend ${form === "label cell" ? "label in its own cell, marks merged beside it" : form === "one entry per cell" ? "one entry per cell across a row" : form === "below the table" ? "moved below the table" : "moved to a sheet named 凡例"}`,
    apply(book, report) {
      let n = 0;
      for (const { sheet } of planSheets(book, report)) {
        for (const legend of legendRows(sheet).reverse()) {
          const width = Math.max(sheet.width, legend.entries.length + 1);
          const m = sheet.mergeAt(legend.row, 1);
          if (m) sheet.unmerge(m);
          for (let c = 1; c <= width; c++) sheet.set(legend.row, c, null);
          if (form === "label cell") {
            sheet.writeRow(legend.row, 1, [legend.caption, legend.entries.join("　")], width);
          } else if (form === "one entry per cell") {
            sheet.writeRow(legend.row, 1, [legend.caption, ...legend.entries]);
          } else {
            sheet.deleteRow(legend.row);
            if (form === "below the table") {
              const at = lastRow(sheet) + 2;
              sheet.writeRow(at, 1, [`${legend.caption}：${legend.entries.join(" ")}`]);
            } else {
              const extra = new EditableSheet({
                name: "凡例",
                origin: { row: 1, col: 1 },
                values: [],
                merges: [],
              });
              extra.writeRow(1, 1, ["記号", "意味"]);
              legend.entries.forEach((e, i) => {
                const [mark, ...meaning] = e.split(/\s*[=＝:：\s]\s*/u);
                extra.writeRow(i + 2, 1, meaning.length ? [mark, meaning.join("")] : [[...e][0], e.slice(1)]);
              });
              book.sheets.push(extra);
            }
          }
          n++;
        }
      }
      return n;
    },
  };
}

// 関係課 is left out: a header word that is also the generic department people write in cells.
// ---- other header words for the same role ------------------------------------------------------

/** Header words and a synonym from the spec's table of header words (same role). */
const SYNONYMS: Record<string, string> = {
  分野: "区分",
  節: "分野",
  推進方針: "方針",
  推進施策: "施策",
  取組内容: "推進項目",
  取り組み項目: "取組内容",
  項目: "事業名",
  推進項目: "取組",
  内容: "推進内容",
  各課での具体的な動き: "具体的な動き",
  アクションプランの内容: "内容",
  担当課: "所管課",
  関係部署: "担当部署",
  実施結果: "実績",
  実績: "実施状況",
  計画: "年次計画",
  年次計画: "年度別計画",
  整理番号: "No.",
  検証指標: "指標",
};

const ENUMERATOR = /^((?:[(（][^)）]{1,3}[)）]|[\u2460-\u2473])\s*)/u;

/** A year header written the other common way: H24 ↔ 平成24年度. */
function otherYear(text: string): string | null {
  const h = /^[HＨ]\s*([0-9０-９]{1,2})$/u.exec(text);
  if (h) return `平成${h[1].normalize("NFKC")}年度`;
  const heisei = /^平成([0-9]{1,2})年度$/.exec(text);
  if (heisei) return `H${heisei[1]}`;
  return null;
}

export const headerSynonyms: Transform = {
  name: "header words swapped for synonyms",
  apply(book, report) {
    let n = 0;
    for (const { sheet } of planSheets(book, report)) {
      let changed = 0;
      for (let r = 1; r <= sheet.height; r++) {
        // Header rows (and a card's label rows) hold two or more such words; a data cell that
        // happens to read 関係課 stands with data.
        const swaps = sheet.filled(r).flatMap((c) => {
          const text = sheet.text(r, c);
          const prefix = ENUMERATOR.exec(text)?.[1] ?? "";
          const word = text.slice(prefix.length).replace(/[\s\u3000]/g, "");
          const swap = SYNONYMS[word] ?? otherYear(word);
          return swap ? [{ c, to: prefix + swap }] : [];
        });
        if (swaps.length < 2) continue;
        for (const { c, to } of swaps) sheet.set(r, c, to);
        changed += swaps.length;
      }
      if (changed) n++;
    }
    return n;
  },
};

// ---- empty columns ----------------------------------------------------------------------------

/** An empty column between the first two columns of a tabular sheet (neither is a year). */
export const emptyColumnInserted: Transform = {
  name: "an empty column inserted between two non-year columns",
  apply(book, report) {
    let n = 0;
    for (const { sheet, report: r } of planSheets(book, report)) {
      if (r.layout === "cards") continue; // a card's value stands in the cell after its label
      const cols = r.columns.filter((c) => c.year === undefined).map((c) => c.col);
      const pair = cols.find((c, i) => cols[i + 1] === c + 1);
      if (pair === undefined) continue;
      sheet.insertColumns(sheet.mapCell(1, pair)!.col + 1);
      n++;
    }
    return n;
  },
};

// ---- sheets renamed and reordered --------------------------------------------------------------

/**
 * Plan sheets get names that say nothing (Sheet1, 計画(案)) — not names with a year, which give a
 * results sheet its year, nor the names the spec reserves (課一覧, 語彙, 凡例) — and the sheets are
 * shuffled (a fixed seed, so a failure repeats).
 */
export const renamedAndShuffled: Transform = {
  name: "plan sheets renamed and the sheets shuffled",
  apply(book, report) {
    const plans = planSheets(book, report);
    const names = ["Sheet1", "計画(案)", "シート2", "Bob's plan", "Sheet 3"];
    plans.forEach(
      ({ sheet }, i) => (sheet.name = names[i % names.length] + (i >= names.length ? `-${i}` : "")),
    );
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let i = book.sheets.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [book.sheets[i], book.sheets[j]] = [book.sheets[j], book.sheets[i]];
    }
    return plans.length;
  },
};

/** Applies transforms one after another. */
export function combined(...ts: Transform[]): Transform {
  return {
    name: ts.map((t) => t.name).join(" + "),
    apply(book, report) {
      return ts.reduce((n, t) => n + t.apply(book, report), 0);
    },
  };
}

/** The transformations every workbook of the suite goes through, alone and combined. */
export const TRANSFORMS: Transform[] = [
  ...Object.entries(ABOVE_HEADER_ROWS).map(([label, forms]) => rowsAbove(label, forms, "header")),
  rowsAbove("several rows", ABOVE_HEADER_ROWS["several at once"], "top"),
  rowsAbove("an as-of date", ABOVE_HEADER_ROWS["an as-of date"], "top"),
  shifted(3, 2),
  hierarchyUnmerged("blank below"),
  hierarchyUnmerged("repeated"),
  headingsUnmerged,
  legendRewritten("label cell"),
  legendRewritten("one entry per cell"),
  legendRewritten("below the table"),
  legendRewritten("legend sheet"),
  notesAfter,
  headerSynonyms,
  emptyColumnInserted,
  renamedAndShuffled,
  combined(
    shifted(2, 1),
    rowsAbove("several rows", ABOVE_HEADER_ROWS["several at once"], "header"),
    notesAfter,
  ),
  combined(hierarchyUnmerged("blank below"), headerSynonyms, legendRewritten("below the table")),
  combined(headingsUnmerged, emptyColumnInserted, renamedAndShuffled, shifted(1, 0)),
];
