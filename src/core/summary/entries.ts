// The items a summary counts: one entry per plan item of every sheet that has states.

import type { SheetReport, WorkbookReport } from "../check";
import { splitDepartments, type DepartmentMaster } from "../departments";
import { cellText, squash } from "../text/normalize";
import type { Finding, PlanItem } from "../types";
import type { ItemStateReading } from "./state";

/** One checked workbook; `file` names it when the summary covers several (shown and linked). */
export interface SummarySource {
  file?: string;
  report: WorkbookReport;
  /** The department master the check used, to split names that contain a separator. */
  master?: DepartmentMaster | null;
}

export interface SummaryEntry {
  source: SummarySource;
  sheet: SheetReport;
  item: PlanItem;
  reading: ItemStateReading;
  /** The item's findings, in the sheet's order. */
  findings: Finding[];
}

/** Why a plan sheet's items are not counted in the summaries: they have no state in the review year. */
export type LeftOut = "list" | "matrix" | "indicators";

/**
 * The one rule for what the summaries count, used by every summary sheet and the command's count:
 * the items of tables, results sheets and cards; a list (取組一覧), an overview matrix and an
 * indicator table are checked but left out (null: counted, or no plan on the sheet).
 */
export function leftOut(sheet: SheetReport): LeftOut | null {
  if (sheet.layout === "matrix" || sheet.layout === "indicators") return sheet.layout;
  if (sheet.list) return "list";
  return null;
}

/** The sheet's items count in the summaries. */
export function counted(sheet: SheetReport): boolean {
  return sheet.layout !== "none" && leftOut(sheet) === null;
}

export function summaryEntries(sources: SummarySource[]): SummaryEntry[] {
  const out: SummaryEntry[] = [];
  for (const source of sources) {
    for (const sheet of source.report.sheets) {
      if (!counted(sheet)) continue;
      const byItem = new Map<number, Finding[]>();
      for (const f of sheet.findings) {
        if (f.item === undefined) continue;
        const list = byItem.get(f.item) ?? [];
        list.push(f);
        byItem.set(f.item, list);
      }
      sheet.items.forEach((item, i) => {
        const reading = sheet.states[i];
        if (reading) out.push({ source, sheet, item, reading, findings: byItem.get(item.index) ?? [] });
      });
    }
  }
  return out;
}

/** A department as shown: the name as written, a space before its parenthesised unit dropped. */
export interface DepartmentName {
  key: string;
  name: string;
}

/**
 * The departments an item names, each once (an item with two departments counts for both).
 * A former name the master maps to a new one counts under the new name.
 */
export function entryDepartments(e: SummaryEntry): DepartmentName[] {
  const text = e.item.department ? cellText(e.item.department.value) : "";
  if (!text) return [];
  const master = e.source.master ?? null;
  const seen = new Set<string>();
  const out: DepartmentName[] = [];
  for (const part of splitDepartments(text, master)) {
    const current = master && !master.byKey.has(part.key) ? master.aliases.get(part.key) : undefined;
    const key = current ? squash(current) : part.key;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ key, name: (current ?? part.text).replace(/[\s\u3000]+(?=[（(])/gu, "") });
  }
  return out;
}

/** Whether the summary needs a file column (several workbooks) and a sheet column (several sheets). */
export function origins(
  entries: SummaryEntry[],
  sources: SummarySource[],
): { file: boolean; sheet: boolean } {
  const sheets = new Set(entries.map((e) => `${sources.indexOf(e.source)}\u0000${e.sheet.name}`));
  return { file: sources.length > 1, sheet: sheets.size > 1 };
}

/** Name of a source as shown in the file column. */
export function fileLabel(source: SummarySource, index: number): string {
  return source.file ?? `#${index + 1}`;
}
