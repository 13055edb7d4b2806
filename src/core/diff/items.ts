// The items of one workbook as the comparison sees them: where each stands, and the keys it is
// matched by, read once.

import type { WorkbookReport } from "../check";
import { splitDepartments } from "../departments";
import { cellText, squash, stripFinalPunctuation } from "../text/normalize";
import type { PlanItem, StatusCell } from "../types";
import { textKey } from "./itemKey";

export interface DiffItem {
  sheet: string;
  item: PlanItem;
  /** Position among the items of its sheet. */
  pos: number;
  /** Position among every compared sheet's items of its workbook. */
  order: number;
  title: string;
  /** The policy path, each level's key, outermost first. */
  path: string;
  /** The departments named, each normalised, sorted ("" when none). */
  department: string;
  /** What the plan says year by year (see planReadings); "" when it says nothing. */
  schedule: string;
}

/** The sheets whose items are compared: plan sheets with items, not lists that repeat them. */
export function comparedSheets(report: WorkbookReport) {
  return report.sheets.filter((s) => !s.list && s.items.length > 0 && s.layout !== "none");
}

/** A status cell's text as compared: normalised, final punctuation off. */
export function statusKey(cell: StatusCell): string {
  return cell.kind === "empty" ? "" : stripFinalPunctuation(cell.normalized);
}

/** A year's cell, and the cell that says its status (itself, or the one a continuation continues). */
export interface YearCell {
  cell: StatusCell;
  says: StatusCell | null;
}

/**
 * Each year's status: a continuation (an arrow, a status merged across years) says what the nearest
 * earlier written cell says, as timeline.ts resolves it, so "実施 → →" and "実施 実施 実施" are one
 * plan (the cell, not only its categories: a rewrite is told by the words). `says` is null for a
 * year that says nothing. A year with two columns (an empty one beside it) is read from the one
 * that says something.
 */
export function speakingCells(cells: { year: number; cell: StatusCell }[]): Map<number, YearCell> {
  const out = new Map<number, YearCell>();
  let previous: StatusCell | null = null;
  for (const { year, cell } of cells) {
    if (cell.kind === "status" || cell.kind === "unknown") previous = cell;
    const says = cell.kind === "continue" ? previous : cell.kind === "empty" ? null : cell;
    const had = out.get(year);
    if (!had || (!had.says && says)) out.set(year, { cell, says });
  }
  return out;
}

/** What each year's cell says, as compared ("" for nothing). */
export function effectiveStatuses(cells: { year: number; cell: StatusCell }[]): Map<number, string> {
  const out = new Map<number, string>();
  for (const [year, c] of speakingCells(cells)) out.set(year, c.says ? statusKey(c.says) : "");
  return out;
}

/** A department cell's departments as one key: each part normalised, in order of their keys. */
export function departmentKey(item: PlanItem): string {
  const text = item.department ? cellText(item.department.value) : "";
  if (!text) return "";
  return splitDepartments(text, null)
    .map((p) => p.key)
    .sort()
    .join("・");
}

/** A free-text cell as compared: normalised, spaces and final punctuation off. */
export function textCellKey(value: PlanItem["results"][number]["cell"]["value"]): string {
  return stripFinalPunctuation(squash(cellText(value)));
}

export function diffItems(report: WorkbookReport): DiffItem[] {
  const out: DiffItem[] = [];
  for (const sheet of comparedSheets(report)) {
    sheet.items.forEach((item, pos) => {
      const plan = [...effectiveStatuses(item.schedule)].filter(([, s]) => s !== "");
      out.push({
        sheet: sheet.name,
        item,
        pos,
        order: out.length,
        title: textKey(item.title),
        path: item.path.map(textKey).join("\u0000"),
        department: departmentKey(item),
        schedule: plan.map(([y, s]) => `${y}:${s}`).join("|"),
      });
    });
  }
  return out;
}
