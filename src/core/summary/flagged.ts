// 未実施・期限超過一覧: every item not done, overdue, partly done or unclear in the review year.

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
  stateFinding,
  stateLabel,
} from "./itemCells";
import { COLUMN, ROW, SUMMARY_SHEETS, TITLE } from "./labels";
import type { ItemState } from "./state";
import type { SummaryRow, SummaryTable } from "./tables";

export const FLAGGED_STATES: readonly ItemState[] = ["notDone", "overdue", "partly", "unclear"];

/** The actual mark and the result text together, an ideographic space between ("△ 提案制度の骨子案を…"). */
function resultCell(mark: string | null, result: string | null): string | null {
  if (mark && result) return `${mark}\u3000${result}`;
  return mark ?? result;
}

export function flaggedTable(sources: SummarySource[], lang: Lang): SummaryTable {
  const all = summaryEntries(sources);
  const o = origins(all, sources);
  const flagged = all.filter((e) => FLAGGED_STATES.includes(e.reading.state));
  const rows: SummaryRow[] = flagged.map((e) => {
    const link = sourceLink(e, sources);
    const finding = stateFinding(e);
    const cells = [
      ...(o.file ? [fileLabel(e.source, sources.indexOf(e.source))] : []),
      ...(o.sheet ? [e.sheet.name] : []),
      e.item.path[0] || ROW.noPolicy[lang],
      e.item.title || null,
      e.item.detail || null,
      departmentText(e),
      stateLabel(e, lang),
      planText(e, lang),
      resultCell(actualText(e), resultText(e)),
      finding ? (lang === "ja" ? finding.message : finding.messageEn) : null,
      linkText(link),
    ];
    return { cells, links: cells.map((_, i) => (i === cells.length - 1 ? link : null)) };
  });
  return {
    sheetName: SUMMARY_SHEETS.flagged,
    title: TITLE.flagged,
    subtitle: reviewSubtitle(sources, null),
    columns: [
      ...originColumns(o),
      text("policy", 14, true),
      text("title", 22, true),
      text("detail", 26, true),
      text("department", 12, true),
      text("state", 9),
      { key: "plan", title: planColumnTitle(sources), kind: "text", width: 12, wrap: true },
      text("result", 32, true),
      text("finding", 28, true),
      { key: "cell", title: COLUMN.cell, kind: "link", width: 12 },
    ],
    rows,
    filter: true,
  };
}
