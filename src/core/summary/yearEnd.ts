// 年度末実施結果: per policy, each item with its plan for the review year and its result.

import type { Lang } from "../messages";
import { originColumns, planColumnTitle, reviewSubtitle, text } from "./columns";
import { fileLabel, origins, summaryEntries, type SummarySource } from "./entries";
import {
  actualText,
  departmentText,
  linkText,
  planText,
  resultText,
  sourceLink,
  stateLabel,
} from "./itemCells";
import { COLUMN, NOTE, ROW, SUMMARY_SHEETS, TITLE } from "./labels";
import type { SummaryRow, SummaryTable } from "./tables";

export function yearEndTable(sources: SummarySource[], lang: Lang): SummaryTable {
  // Results are reported where the sheet records them: a plan-only sheet (no actual for the review
  // year) would print pages of empty result columns, so its items are named in a note instead.
  const all = summaryEntries(sources);
  const entries = all.filter((e) => e.reading.basis === "actual");
  const planOnly = [...new Set(all.filter((e) => e.reading.basis !== "actual").map((e) => e.sheet.name))];
  const o = origins(entries, sources);
  const rows: SummaryRow[] = [];
  let group = "";
  for (const e of entries) {
    const origin = [
      ...(o.file ? [fileLabel(e.source, sources.indexOf(e.source))] : []),
      ...(o.sheet ? [e.sheet.name] : []),
    ];
    const policy = e.item.path[0] || ROW.noPolicy[lang];
    const key = `${sources.indexOf(e.source)}\u0000${e.sheet.name}\u0000${policy}`;
    if (key !== group) {
      group = key;
      rows.push({ cells: [...origin, policy, null, null, null, null, null, null, null], style: "group" });
    }
    const link = sourceLink(e, sources);
    const cells = [
      ...origin,
      e.item.title || null,
      e.item.detail || null,
      departmentText(e),
      planText(e, lang),
      actualText(e),
      resultText(e),
      stateLabel(e, lang),
      linkText(link),
    ];
    rows.push({ cells, links: cells.map((_, i) => (i === cells.length - 1 ? link : null)) });
  }
  return {
    sheetName: SUMMARY_SHEETS.yearEnd,
    title: TITLE.yearEnd,
    subtitle: reviewSubtitle(sources, null),
    ...(planOnly.length ? { notes: [NOTE.planOnlyLeftOut(planOnly)] } : {}),
    columns: [
      ...originColumns(o),
      text("title", 24, true),
      text("detail", 30, true),
      text("department", 12, true),
      { key: "plan", title: planColumnTitle(sources), kind: "text", width: 12, wrap: true },
      text("actual", 6),
      text("result", 44, true),
      text("state", 9),
      { key: "cell", title: COLUMN.cell, kind: "link", width: 12 },
    ],
    rows,
  };
}
