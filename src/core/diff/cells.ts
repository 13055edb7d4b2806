// What the comparison rules say about cells: the item's own cell, the year in words, a text cut short.

import { parseAddress } from "../address";
import { formatJapaneseFiscalYear } from "../fiscal";
import { cellText } from "../text/normalize";
import type { CellRef, PlanItem, StatusCell } from "../types";

/** The item's first cell (where its row or card starts), holding its title as the finding's value. */
export function itemCell(item: PlanItem): CellRef {
  const first = item.range.split(":")[0];
  const at = parseAddress(first) ?? { row: item.row, col: 1 };
  return { ...at, address: first, value: item.title };
}

/** The year in both messages' forms: {year} 令和6年度, {yearEn} 2024. */
export function yearData(year: number): { year: string; yearEn: number } {
  return { year: formatJapaneseFiscalYear(year), yearEn: year };
}

const LONGEST = 40;

/** A cell's text as a message quotes it: one line, at most 40 characters. */
export function quoted(value: CellRef["value"]): string {
  const t = cellText(value).replace(/\s*\n\s*/g, " ");
  const chars = [...t];
  return chars.length > LONGEST ? `${chars.slice(0, LONGEST - 1).join("")}…` : t;
}

/** A status cell as written; a continuation as the status it continues. */
export function statusText(cell: StatusCell | null): string {
  return cell ? quoted(cell.value) : "";
}

/** The item's policy as its messages name it. */
export function policyOf(item: PlanItem): string {
  return item.path[0] ?? "";
}
