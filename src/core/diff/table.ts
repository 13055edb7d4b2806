// The 前年度比較 sheet as a summary table: one row per change, with a link to the cell of this
// year's workbook (inside the workbook the sheet is written into) and to last year's (another file).

import { formatJapaneseFiscalYear, reviewYear } from "../fiscal";
import type { Lang } from "../messages";
import { RULES } from "../rules";
import type { Message } from "../rules/rule";
import { COLUMN, DIFF_SHEET, DIFF_TITLE, ROW, SEVERITY_WORD } from "../summary/labels";
import { linkText } from "../summary/itemCells";
import type { SummaryLink, SummaryRow, SummaryTable } from "../summary/tables";
import type { DiffFinding, DiffReportOut } from "./compare";

const DIFF_COLUMN: Record<string, Message> = {
  severity: { ja: "重要度", en: "Severity" },
  change: { ja: "変更", en: "Change" },
  thisCell: { ja: "今年度のセル", en: "This year's cell" },
  lastCell: { ja: "前年度のセル", en: "Last year's cell" },
};

const DESCRIPTION = new Map(RULES.map((r) => [r.meta.id, r.meta.description]));

/** The rule's description without the "前年度比較: " every comparison rule starts with. */
function changeName(f: DiffFinding, lang: Lang): string {
  const d = DESCRIPTION.get(f.rule)![lang];
  return d.replace(/^(?:前年度比較|Compared with last year)[:：]\s*/u, "");
}

const day = (asOf: string, lang: Lang) => {
  const year = reviewYear(asOf).fiscalYear;
  return lang === "ja" ? `${formatJapaneseFiscalYear(year)}（基準日 ${asOf}）` : `FY${year} (as of ${asOf})`;
};

export interface DiffFiles {
  /** Last year's file as the links name it (its name, or a path relative to the written workbook). */
  last: string;
  /** This year's file as the subtitle names it. */
  this: string;
}

export function diffTable(out: DiffReportOut, files: DiffFiles, lang: Lang): SummaryTable {
  const rows: SummaryRow[] = out.findings.map((f) => {
    const lastAt = f.book === "last" ? { sheet: f.sheet, cell: f.cell } : f.last;
    const thisLink: SummaryLink | null = f.book === "this" ? { sheet: f.sheet, cell: f.cell } : null;
    const lastLink: SummaryLink | null = lastAt ? { ...lastAt, file: files.last } : null;
    const cells = [
      SEVERITY_WORD[lang][f.severity],
      changeName(f, lang),
      f.policy || ROW.noPolicy[lang],
      f.title || null,
      lang === "ja" ? f.message : f.messageEn,
      thisLink ? linkText(thisLink) : null,
      lastLink ? linkText(lastLink) : null,
    ];
    return { cells, links: [null, null, null, null, null, thisLink, lastLink] };
  });
  const counts: Message = {
    ja: `対応した取組 ${out.paired}件・前年度のみ ${out.dropped}件・今年度のみ ${out.added}件`,
    en: `${out.paired} items in both years, ${out.dropped} only last year, ${out.added} only this year`,
  };
  return {
    sheetName: DIFF_SHEET,
    title: DIFF_TITLE,
    subtitle: {
      ja: `前年度: ${files.last}・${day(out.lastAsOf, "ja")}\u3000今年度: ${files.this}・${day(out.thisAsOf, "ja")}`,
      en: `Last year: ${files.last}, ${day(out.lastAsOf, "en")}; this year: ${files.this}, ${day(out.thisAsOf, "en")}`,
    },
    notes: [
      counts,
      {
        ja: "前年度のブックの時点で終わっていた年度の計画・実施結果の書き換えを指摘します。前年度のセルへのリンクは、前年度のファイルがこのブックと同じ場所にあるときに開きます。",
        en: "Plans and results are compared for the years already over in last year's workbook. Links to last year's cells open when last year's file is where this workbook expects it.",
      },
    ],
    columns: [
      { key: "severity", title: DIFF_COLUMN.severity, kind: "text", width: 8 },
      { key: "change", title: DIFF_COLUMN.change, kind: "text", width: 22, wrap: true },
      { key: "policy", title: COLUMN.policy, kind: "text", width: 14, wrap: true },
      { key: "title", title: COLUMN.title, kind: "text", width: 22, wrap: true },
      { key: "finding", title: COLUMN.finding, kind: "text", width: 40, wrap: true },
      { key: "thisCell", title: DIFF_COLUMN.thisCell, kind: "link", width: 14 },
      { key: "lastCell", title: DIFF_COLUMN.lastCell, kind: "link", width: 14 },
    ],
    rows,
    filter: true,
  };
}
