// Columns and cells shared by the summary tables: origin (file, sheet), state counts, subtitle.

import { formatJapaneseFiscalYear } from "../fiscal";
import type { Lang } from "../messages";
import type { Message } from "../rules/rule";
import { BASIS_LABEL, COLUMN, stateTitle, type Basis } from "./labels";
import { STATES } from "./state";
import { counted, type SummarySource } from "./entries";
import type { TallyFigures } from "./tally";
import type { SummaryColumn } from "./tables";

export function text(key: string, width: number, wrap = false): SummaryColumn {
  return { key, title: COLUMN[key], kind: "text", width, ...(wrap ? { wrap } : {}) };
}

/** A header as a column title: trimmed, a leading enumerator such as 「(ア)」「①」「1.」 dropped. */
const headerWord = (header: string) =>
  header
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^(?:[（(][^）)]{1,3}[）)]|[①-⑳]|\d{1,2}[.．、])\s*/u, "")
    .trim();

/**
 * The title of a hierarchy level (0: the policy, 1: the level below) in the sheets' own words: the
 * header of that hierarchy column when every summarised sheet that has one calls it the same; else
 * the default (方針, 区分).
 */
export function levelTitle(sources: SummarySource[], level: 0 | 1): Message {
  const words = new Set<string>();
  for (const s of sources)
    for (const sheet of s.report.sheets) {
      if (!counted(sheet)) continue;
      const levels = sheet.columns.filter((c) => c.role === "policy").sort((a, b) => a.col - b.col);
      // A sheet whose groups are headings (施策1 …, ■ …) or that has none names them no word: the
      // generic title then stands for every sheet.
      words.add(levels[level] ? headerWord(levels[level].header) : "");
    }
  const fallback = COLUMN[level === 0 ? "policy" : "second"];
  const [word] = words;
  if (words.size !== 1 || !word) return fallback;
  return { ja: word, en: word };
}

export function originColumns(o: { file: boolean; sheet: boolean }): SummaryColumn[] {
  return [...(o.file ? [text("file", 22, true)] : []), ...(o.sheet ? [text("sheet", 12, true)] : [])];
}

/** 件数, the eight states (titled for the basis), 実施率, 集計基準. */
export function figureColumns(basis: Basis): SummaryColumn[] {
  return [
    { key: "items", title: COLUMN.items, kind: "integer", width: 6 },
    ...STATES.map((s): SummaryColumn => ({ key: s, title: stateTitle(s, basis), kind: "integer", width: 7 })),
    { key: "rate", title: COLUMN.rate, kind: "percent", width: 9 },
    { key: "basis", title: COLUMN.basis, kind: "text", width: 10 },
  ];
}

export function figureCells(f: TallyFigures, lang: Lang): (string | number | null)[] {
  return [f.counts.items, ...STATES.map((s) => f.counts[s]), f.rate, BASIS_LABEL[f.basis][lang]];
}

/** "平成25年度（基準日 2014-03-31）・実績ベース", or a note that the review days differ by file. */
export function reviewSubtitle(sources: SummarySource[], basis: Basis | null): Message {
  const days = [...new Set(sources.map((s) => s.report.asOf))];
  const years = [...new Set(sources.map((s) => s.report.fiscalYear))];
  let ja: string;
  let en: string;
  if (days.length === 1 && years.length === 1) {
    ja = `${formatJapaneseFiscalYear(years[0])}（基準日 ${days[0]}）`;
    en = `FY${years[0]} (as of ${days[0]})`;
  } else {
    ja = "基準日はファイルごと（ファイル別の集計を参照）";
    en = "Review day per file (see the summary per file)";
  }
  if (basis) {
    ja += `・${BASIS_LABEL[basis].ja}`;
    en += ` · ${BASIS_LABEL[basis].en}`;
  }
  return { ja, en };
}

/** The plan column's title: "平成25年度の計画", or "当該年度の計画" when the files' review years differ. */
export function planColumnTitle(sources: SummarySource[]): Message {
  const years = [...new Set(sources.map((s) => s.report.fiscalYear))];
  if (years.length === 1)
    return { ja: `${formatJapaneseFiscalYear(years[0])}の計画`, en: `Plan FY${years[0]}` };
  return { ja: "当該年度の計画", en: "Plan for the review year" };
}
