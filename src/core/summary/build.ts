// The summary sheets of one or several checked workbooks, as plain tables both doors render.

import type { Lang } from "../messages";
import { departmentTable } from "./byDepartment";
import { fileTable } from "./byFile";
import { policyTable } from "./byPolicy";
import type { SummarySource } from "./entries";
import { flaggedTable } from "./flagged";
import { indicatorTable } from "./indicators";
import type { SummaryTable } from "./tables";
import { yearEndTable } from "./yearEnd";

export interface SummaryOptions {
  lang: Lang;
  /** Add 集計_ファイル別 in front (a summary over a folder); default: when there are several sources. */
  perFile?: boolean;
}

/**
 * 集計_方針別, 集計_担当課別, 未実施・期限超過一覧, 年度末実施結果 (and 集計_ファイル別 when asked),
 * and 指標の達成状況 when a checked sheet has graded indicators.
 */
export function summaryTables(sources: SummarySource[], opts: SummaryOptions): SummaryTable[] {
  const perFile = opts.perFile ?? sources.length > 1;
  const indicators = indicatorTable(sources, opts.lang);
  return [
    ...(perFile ? [fileTable(sources, opts.lang)] : []),
    policyTable(sources, opts.lang),
    departmentTable(sources, opts.lang),
    flaggedTable(sources, opts.lang),
    yearEndTable(sources, opts.lang),
    ...(indicators ? [indicators] : []),
  ];
}
