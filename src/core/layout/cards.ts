// Card sheets: one item per block of label/value rows (整理番号 … 推進項目 … 担当課 … 年次計画).

import { rangeAddress } from "../address";
import { eraOfText, parseYearHeader, resolveYearHeader, yearOfTitles, type ReviewYear } from "../fiscal";
import type { Grid } from "../grid";
import { statusCell } from "../status";
import type { CellRef, PlanItem } from "../types";
import type { Vocabulary } from "../vocabulary";
import { exactHeaderRole } from "./headerWords";
import { LevelNames, writtenText, type LevelName } from "./levelNames";
import { headingClass, lineOf, Outline, titleLines, type Line } from "./rows";

interface Label {
  row: number;
  col: number;
  role: ReturnType<typeof exactHeaderRole>;
}

/** Label cells of a row, left to right; the cell after a label is its value, never a label itself (担当課 | 関係課). */
function labelsOf(grid: Grid, row: number, labelCol: number): Label[] {
  const out: Label[] = [];
  const cells = grid.rowCells(row, labelCol);
  for (let i = 0; i < cells.length; i++) {
    const t = grid.text(row, cells[i]);
    const role = t.length > 12 ? null : exactHeaderRole(t);
    if (!role) continue;
    out.push({ row, col: cells[i], role });
    const valueCol = (grid.mergeAt(row, cells[i])?.right ?? cells[i]) + 1;
    if (role !== "plan" && cells[i + 1] === valueCol) i++;
  }
  return out;
}

function yearCells(grid: Grid, row: number, fromCol: number): { col: number; text: string }[] {
  const out: { col: number; text: string }[] = [];
  for (const col of grid.rowCells(row, fromCol + 1)) {
    const text = grid.text(row, col);
    if (parseYearHeader(text) !== null) out.push({ col, text });
  }
  return out;
}

/** The column holding card labels, when the sheet is a card sheet. */
export function findCardLabelColumn(grid: Grid): number | null {
  const limit = Math.min(grid.right, grid.left + 3);
  for (let c = grid.left; c <= limit; c++) {
    let schedules = 0;
    let items = 0;
    for (let r = grid.top; r <= grid.bottom; r++) {
      if (grid.isCovered(r, c)) continue;
      const t = grid.text(r, c);
      if (t === "" || t.length > 12) continue;
      const role = exactHeaderRole(t);
      if (role === "plan" && yearCells(grid, r, c).length >= 2) schedules++;
      else if ((role === "item" || role === "id") && grid.rowCells(r, c + 1).length > 0) {
        const next = grid.rowCells(r, c + 1)[0];
        if (exactHeaderRole(grid.text(r, next)) === null) items++;
      }
    }
    if (schedules >= 1 && items >= 1) return c;
  }
  return null;
}

export interface CardScan {
  items: PlanItem[];
  levelNames: LevelName[];
  eraTexts: string[];
  hasDepartments: boolean;
  yearCellsSeen: { row: number; col: number; text: string }[];
}

export function scanCards(grid: Grid, labelCol: number, vocab: Vocabulary, review: ReviewYear): CardScan {
  // Card starts: 整理番号 rows, or item rows when the cards carry no number.
  // The label column's role per row, read once (three passes below ask).
  const labelRoles: ReturnType<typeof exactHeaderRole>[] = [];
  let ids = 0;
  for (let r = grid.top; r <= grid.bottom; r++) {
    const role = exactHeaderRole(grid.text(r, labelCol));
    labelRoles.push(role);
    if (role === "id" && !grid.isCovered(r, labelCol)) ids++;
  }
  const startRole = ids > 0 ? "id" : "item";
  const isStart = (r: number) => labelRoles[r - grid.top] === startRole && !grid.isCovered(r, labelCol);

  const firstStart = firstCardRow(grid, isStart);
  const eraTexts: string[] = [];
  // Lines above the first card: the sheet's title may give its year.
  const titleTexts: string[] = [];
  const yearCellsSeen: { row: number; col: number; text: string }[] = [];
  for (let r = grid.top; r <= grid.bottom; r++) {
    // Titles and headings may name the era; dates a sheet was made or updated on never do.
    const line = lineOf(grid, r);
    if (line?.lone && (line.kind === "heading" || line.kind === "plain")) {
      eraTexts.push(line.text);
      if (r < firstStart) titleTexts.push(line.text);
    }
    if (labelRoles[r - grid.top] === "plan") {
      for (const y of yearCells(grid, r, labelCol)) {
        eraTexts.push(y.text);
        yearCellsSeen.push({ row: r, col: y.col, text: y.text });
      }
    }
  }
  const sheetYear = yearOfTitles([...titleTexts, grid.name]) ?? review.fiscalYear;
  const ctx = { era: eraOfText(eraTexts), sheetYear, review: review.fiscalYear };
  const yearOf = (text: string): number | undefined => {
    const y = parseYearHeader(text);
    return y ? resolveYearHeader(y, ctx) : undefined;
  };

  // Headings between cards: numbered or keyword lines in the label column (推進方針 I …), or a
  // policy label with its value just before a card (推進方針 | I …). Plain lines are titles or
  // labels whose value is empty, asides (dates, notes, legends) are nothing.
  const lines: Line[] = [];
  for (let r = grid.top; r <= grid.bottom; r++) {
    const line = lineOf(grid, r);
    if (line?.lone && line.col <= labelCol && exactHeaderRole(line.text) === null) lines.push(line);
  }
  const titles = titleLines(
    lines.filter((l) => l.kind === "heading" || l.kind === "plain"),
    firstStart,
  );
  const lineAt = new Map(lines.map((l) => [l.row, l]));

  const outline = new Outline();
  const items: PlanItem[] = [];
  let hasDepartments = false;
  type Card = { start: number; end: number; path: string[]; cells: { row: number; col: number }[] };
  let card: Card | null = null;
  const cards: Card[] = [];
  for (let r = grid.top; r <= grid.bottom; r++) {
    const line = lineAt.get(r);
    if (line) {
      if (line.kind === "heading" && !titles.has(r)) {
        outline.push(line.cls, line.text, r, line.col);
        card = null;
        continue;
      }
      // A plain line inside a card is a label whose value is empty: it belongs to the card.
      if (line.kind !== "plain" || card === null) continue;
    }
    const labelled = policyLabelHeading(grid, r, labelCol, isStart);
    if (labelled) {
      outline.push(headingClass(labelled), labelled, r, labelCol);
      card = null;
      continue;
    }
    if (isStart(r)) {
      card = { start: r, end: r, path: outline.path, cells: outline.cells };
      cards.push(card);
      continue;
    }
    if (card && (grid.rowCells(r).length > 0 || grid.isCovered(r, labelCol))) card.end = r;
    else if (card && grid.rowCells(r).length === 0) {
      // A blank row inside a merged label (the empty status row) still belongs to the card.
      const m = grid.mergeAt(r, labelCol);
      if (m && m.top >= card.start) card.end = r;
    }
  }

  const names = new LevelNames(writtenText(grid));
  for (const c of cards) {
    let title = "";
    let detail = "";
    let department: CellRef | null = null;
    const schedule: PlanItem["schedule"] = [];
    const actuals: PlanItem["actuals"] = [];
    const results: PlanItem["results"] = [];
    let right = labelCol;
    let years: { col: number; year: number }[] = [];
    // The card's own policy fields (推進方針 | I …), outermost first: they say more than headings.
    const fields: string[] = [];
    const fieldCells: { row: number; col: number }[] = [];
    for (let r = c.start; r <= c.end; r++) {
      right = Math.max(right, ...grid.rowCells(r));
      const labels = labelsOf(grid, r, labelCol);
      for (const label of labels) {
        const valueCol = grid.mergeAt(label.row, label.col)?.right ?? label.col;
        const vm = grid.master(r, valueCol + 1);
        const value = grid.text(vm.row, vm.col);
        switch (label.role) {
          case "item":
            if (!title) title = value;
            break;
          case "policy":
            if (value) {
              fields.push(value);
              fieldCells.push(vm);
            }
            break;
          case "detail":
            if (!detail) detail = value;
            break;
          case "department":
            // A label in the sheet's last column has no value cell inside the sheet: nothing to point at.
            department = vm.col <= grid.right ? grid.ref(vm.row, vm.col) : null;
            hasDepartments = true;
            break;
          case "plan": {
            years = yearCells(grid, r, label.col)
              .map((y) => ({ col: y.col, year: yearOf(y.text) }))
              .filter((y): y is { col: number; year: number } => y.year !== undefined);
            const statusRow = r + 1;
            // A year row in the sheet's last row has no status row below it.
            if (statusRow > grid.bottom) break;
            for (const y of years)
              schedule.push({ year: y.year, cell: statusCell(grid, statusRow, y.col, vocab) });
            break;
          }
          case "result": {
            const wide = grid.mergeAt(vm.row, vm.col);
            if (years.length && !(wide && wide.right > wide.left)) {
              for (const y of years) actuals.push({ year: y.year, cell: statusCell(grid, r, y.col, vocab) });
            } else {
              const latest = years.map((y) => y.year).filter((y) => y <= review.fiscalYear);
              const year = latest.length ? Math.max(...latest) : sheetYear;
              results.push({ year, cell: grid.ref(vm.row, vm.col) });
            }
            break;
          }
          default:
            break;
        }
      }
    }
    const path = fields.length ? [...c.path, ...fields] : c.path;
    names.add(path, [...c.cells, ...fieldCells], []);
    items.push({
      index: items.length,
      path,
      title,
      detail,
      row: c.start,
      department,
      schedule,
      actuals,
      results,
      range: rangeAddress(c.start, labelCol, c.end, right),
    });
  }
  return { items, levelNames: names.list, eraTexts, hasDepartments, yearCellsSeen };
}

function firstCardRow(grid: Grid, isStart: (r: number) => boolean): number {
  for (let r = grid.top; r <= grid.bottom; r++) if (isStart(r)) return r;
  return grid.bottom + 1;
}

/**
 * A policy label and its value standing just before a card (推進方針 | I 参加しやすく…): a heading
 * written as a label row, its text the label and value together. Inside a card the same row is
 * one of the card's fields.
 */
function policyLabelHeading(
  grid: Grid,
  row: number,
  labelCol: number,
  isStart: (r: number) => boolean,
): string | null {
  const cells = grid.rowCells(row);
  if (cells.length !== 2 || cells[0] !== labelCol) return null;
  const label = grid.text(row, labelCol);
  if (exactHeaderRole(label) !== "policy") return null;
  for (let r = row + 1; r <= grid.bottom; r++) {
    if (grid.rowCells(r).length === 0) continue;
    if (isStart(r)) return `${label} ${grid.text(row, cells[1])}`;
    if (exactHeaderRole(grid.text(r, labelCol)) === "policy" && grid.rowCells(r).length === 2) continue;
    return null;
  }
  return null;
}
