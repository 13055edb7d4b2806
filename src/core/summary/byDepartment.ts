// 集計_担当課別: per department over every workbook; an item with two departments counts for both.

import type { Lang } from "../messages";
import { figureCells, figureColumns, reviewSubtitle, text } from "./columns";
import { entryDepartments, summaryEntries, type SummarySource } from "./entries";
import { NOTE, ROW, SUMMARY_SHEETS, TITLE } from "./labels";
import { Tally, tableBasis } from "./tally";
import type { SummaryRow, SummaryTable } from "./tables";

const NONE = "\u0000none";

export function departmentTable(sources: SummarySource[], lang: Lang): SummaryTable {
  const entries = summaryEntries(sources);
  const byKey = new Map<string, { name: string; tally: Tally }>();
  const perDepartment = new Tally();
  const distinct = new Tally();
  for (const e of entries) {
    distinct.add(e.reading);
    const names = entryDepartments(e);
    for (const d of names.length ? names : [{ key: NONE, name: ROW.noDepartment[lang] }]) {
      let g = byKey.get(d.key);
      if (!g) byKey.set(d.key, (g = { name: d.name, tally: new Tally() }));
      g.tally.add(e.reading);
      perDepartment.add(e.reading);
    }
  }
  // Departments in the order they first appear; items without one last.
  const groups = [...byKey].sort(([a], [b]) => Number(a === NONE) - Number(b === NONE)).map(([, g]) => g);
  const rows: SummaryRow[] = groups.map((g) => ({
    cells: [g.name, ...figureCells(g.tally.figures(), lang)],
  }));
  if (entries.length > 0) {
    rows.push(
      {
        cells: [ROW.countedPerDepartment[lang], ...figureCells(perDepartment.figures(), lang)],
        style: "subtotal",
      },
      { cells: [ROW.distinctItems[lang], ...figureCells(distinct.figures(), lang)], style: "total" },
    );
  }
  const basis = tableBasis(groups.map((g) => g.tally.figures()));
  return {
    sheetName: SUMMARY_SHEETS.byDepartment,
    title: TITLE.byDepartment,
    subtitle: reviewSubtitle(sources, basis),
    notes: [NOTE.perDepartment, NOTE.rate, ...(basis === "actual" ? [] : [NOTE.planBasis])],
    columns: [text("department", 26, true), ...figureColumns(basis)],
    rows,
  };
}
