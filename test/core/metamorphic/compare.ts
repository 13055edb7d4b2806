// What must not change when a sheet is edited in a way that, per the spec, changes only addresses:
// the layout, the items (titles, policy paths, rows, departments), every policy's figures and
// every finding (rule, severity, message, value, fix) with its cell moved where the edit moved it.

import { address, parseAddress } from "../../../src/core/address";
import type { WorkbookReport } from "../../../src/core/check";
import type { EditableSheet } from "./grid";

export interface Reading {
  sheet: string;
  layout: string;
  items: { title: string; detail: string; path: string[]; row: number; department: string | null }[];
  policies: unknown[];
  findings: string[];
}

/** One sheet's report as comparable data, its addresses moved through `sheet` (when given). */
export function reading(report: WorkbookReport, name: string, moved?: EditableSheet): Reading {
  const s = report.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`sheet ${name} not in the report`);
  const cell = (a: string): string => {
    if (!moved) return a;
    const p = parseAddress(a)!;
    const m = moved.mapCell(p.row, p.col);
    return m ? address(m.row, m.col) : `(deleted ${a})`;
  };
  const row = (r: number): number => (moved ? (moved.mapCell(r, 1)?.row ?? -1) : r);
  return {
    sheet: moved ? moved.name : name,
    layout: s.layout,
    items: s.items.map((i) => ({
      title: i.title,
      detail: i.detail,
      path: i.path,
      row: row(i.row),
      department: i.department ? cell(i.department.address) : null,
    })),
    policies: s.policies,
    findings: s.findings
      .map((f) =>
        [cell(f.cell), f.rule, f.severity, f.message, JSON.stringify(f.value), f.fix ?? ""].join(" | "),
      )
      .sort(),
  };
}
