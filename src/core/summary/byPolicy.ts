// 集計_方針別: per policy, with subtotals by the second level, per sheet and over everything.

import type { Lang } from "../messages";
import { figureCells, figureColumns, levelTitle, originColumns, reviewSubtitle, text } from "./columns";
import { fileLabel, origins, summaryEntries, type SummaryEntry, type SummarySource } from "./entries";
import { NOTE, ROW, SUMMARY_SHEETS, TITLE } from "./labels";
import { Tally, tableBasis } from "./tally";
import type { SummaryRow, SummaryTable } from "./tables";

interface Group<T> {
  key: string;
  entries: SummaryEntry[];
  tally: Tally;
  children: T[];
}

function groupBy<T>(
  list: SummaryEntry[],
  keyOf: (e: SummaryEntry) => string,
  make: (g: SummaryEntry[]) => T[],
) {
  const groups = new Map<string, SummaryEntry[]>();
  for (const e of list) {
    const k = keyOf(e);
    const g = groups.get(k) ?? [];
    g.push(e);
    groups.set(k, g);
  }
  return [...groups].map(([key, entries]): Group<T> => {
    const tally = new Tally();
    for (const e of entries) tally.add(e.reading);
    return { key, entries, tally, children: make(entries) };
  });
}

export function policyTable(sources: SummarySource[], lang: Lang): SummaryTable {
  const entries = summaryEntries(sources);
  const o = origins(entries, sources);
  const sheets = groupBy(
    entries,
    (e) => `${sources.indexOf(e.source)}\u0000${e.sheet.name}`,
    (inSheet) =>
      groupBy(
        inSheet,
        (e) => e.item.path[0] ?? "",
        (inPolicy) =>
          groupBy(
            inPolicy,
            (e) => e.item.path[1] ?? "",
            () => [] as never[],
          ),
      ),
  );
  const rows: SummaryRow[] = [];
  const total = new Tally();
  for (const sheet of sheets) {
    const first = sheet.entries[0];
    const origin = [
      ...(o.file ? [fileLabel(first.source, sources.indexOf(first.source))] : []),
      ...(o.sheet ? [first.sheet.name] : []),
    ];
    for (const policy of sheet.children) {
      rows.push({
        cells: [
          ...origin,
          policy.key || ROW.noPolicy[lang],
          null,
          ...figureCells(policy.tally.figures(), lang),
        ],
        style: "group",
      });
      if (policy.children.some((c) => c.key !== "")) {
        for (const second of policy.children) {
          rows.push({
            cells: [...origin, null, second.key || "－", ...figureCells(second.tally.figures(), lang)],
          });
        }
      }
    }
    if (sheets.length > 1) {
      rows.push({
        cells: [...origin, ROW.subtotal[lang], null, ...figureCells(sheet.tally.figures(), lang)],
        style: "subtotal",
      });
    }
  }
  for (const e of entries) total.add(e.reading);
  const totalFigures = total.figures();
  const blanks = originColumns(o).map(() => null);
  if (entries.length > 0) {
    rows.push({
      cells: [...blanks, ROW.total[lang], null, ...figureCells(totalFigures, lang)],
      style: "total",
    });
  }
  const basis = tableBasis(sheets.flatMap((s) => s.children.map((p) => p.tally.figures())));
  return {
    sheetName: SUMMARY_SHEETS.byPolicy,
    title: TITLE.byPolicy,
    subtitle: reviewSubtitle(sources, basis),
    notes: basis === "actual" ? [NOTE.rate] : [NOTE.rate, NOTE.planBasis],
    columns: [
      ...originColumns(o),
      { ...text("policy", 24, true), title: levelTitle(sources, 0) },
      { ...text("second", 30, true), title: levelTitle(sources, 1) },
      ...figureColumns(basis),
    ],
    rows,
  };
}
