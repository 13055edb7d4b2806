// 集計_ファイル別: one row per plan sheet of every workbook — findings by severity and flagged items;
// a sheet left out of the summaries says so and why, and its items are not in the total.

import type { Lang } from "../messages";
import type { Severity } from "../types";
import { reviewSubtitle, text } from "./columns";
import { quantity, NOUN } from "../plural";
import { fileLabel, leftOut, type SummarySource } from "./entries";
import {
  BASIS_LABEL,
  COLUMN,
  LAYOUT_NAME,
  LEFT_OUT_REASON,
  NOTE,
  ROW,
  stateTitle,
  SUMMARY_SHEETS,
  TITLE,
} from "./labels";
import { Tally } from "./tally";
import type { SummaryColumn, SummaryRow, SummaryTable } from "./tables";

const SEVERITIES: Severity[] = ["error", "warning", "info"];
const FLAGGED = ["notDone", "overdue", "partly", "unclear"] as const;

export function fileTable(sources: SummarySource[], lang: Lang): SummaryTable {
  const rows: SummaryRow[] = [];
  const total = new Tally();
  const totalFindings: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  let totalItems = 0;
  let anyLeftOut = false;
  sources.forEach((source, i) => {
    for (const sheet of source.report.sheets) {
      if (sheet.layout === "none") continue;
      // A sheet left out of the summaries is checked (its findings count) but its items are not.
      const findings = SEVERITIES.map((s) => sheet.findings.filter((f) => f.severity === s).length);
      SEVERITIES.forEach((s, k) => (totalFindings[s] += findings[k]));
      const why = leftOut(sheet);
      const layout = LAYOUT_NAME[sheet.layout]?.[lang] ?? sheet.layout;
      const place = [fileLabel(source, i), sheet.name, layout, source.report.asOf];
      if (why) {
        anyLeftOut = true;
        const note =
          lang === "ja"
            ? `集計対象外: ${LEFT_OUT_REASON[why].ja}（${quantity(sheet.items.length, NOUN.item, lang)}）`
            : `Not counted: ${LEFT_OUT_REASON[why].en} (${quantity(sheet.items.length, NOUN.item, lang)})`;
        rows.push({ cells: [...place, null, ...findings, null, null, null, null, null, null, note] });
        continue;
      }
      totalItems += sheet.items.length;
      const head = [...place, sheet.items.length];
      const tally = new Tally();
      for (const r of sheet.states) {
        tally.add(r);
        total.add(r);
      }
      const f = tally.figures();
      rows.push({
        cells: [
          ...head,
          ...findings,
          ...FLAGGED.map((s) => f.counts[s]),
          f.rate,
          BASIS_LABEL[f.basis][lang],
          null,
        ],
      });
    }
  });
  const t = total.figures();
  rows.push({
    cells: [
      ROW.total[lang],
      null,
      null,
      null,
      totalItems,
      ...SEVERITIES.map((s) => totalFindings[s]),
      ...FLAGGED.map((s) => t.counts[s]),
      t.rate,
      BASIS_LABEL[t.basis][lang],
      null,
    ],
    style: "total",
  });
  const columns: SummaryColumn[] = [
    text("file", 28, true),
    text("sheet", 14, true),
    text("layout", 10, true),
    text("asOf", 11),
    { key: "items", title: COLUMN.items, kind: "integer", width: 6 },
    ...SEVERITIES.map((s): SummaryColumn => ({ key: s, title: COLUMN[s], kind: "integer", width: 7 })),
    ...FLAGGED.map((s): SummaryColumn => ({
      key: s,
      title: stateTitle(s, "actual"),
      kind: "integer",
      width: 8,
    })),
    { key: "rate", title: COLUMN.rate, kind: "percent", width: 9 },
    text("basis", 10),
    text("note", 36, true),
  ];
  return {
    sheetName: SUMMARY_SHEETS.byFile,
    title: TITLE.byFile,
    subtitle: reviewSubtitle(sources, null),
    ...(anyLeftOut ? { notes: [NOTE.leftOut] } : {}),
    columns,
    rows,
  };
}
