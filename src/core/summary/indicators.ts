// 指標の達成状況: every graded indicator with its baseline, target, latest actual, 達成率 and grade,
// and the count of A–D per policy (docs/indicators.md).

import { formatJapaneseFiscalYear } from "../fiscal";
import { GRADES } from "../indicators/grade";
import { emptyCounts, indicatorFigures, type GradeCounts } from "../indicators/rows";
import type { Lang } from "../messages";
import type { Message } from "../rules/rule";
import { originColumns, reviewSubtitle, text } from "./columns";
import { fileLabel, type SummarySource } from "./entries";
import { COLUMN, ROW, SUMMARY_SHEETS, TITLE } from "./labels";
import type { SummaryColumn, SummaryLink, SummaryRow, SummaryTable } from "./tables";

const LABEL = {
  indicator: { ja: "指標", en: "Indicator" },
  unit: { ja: "単位", en: "Unit" },
  direction: { ja: "方向", en: "Direction" },
  baseline: { ja: "基準値", en: "Baseline" },
  target: { ja: "目標値", en: "Target" },
  actual: { ja: "実績値（最新）", en: "Latest actual" },
  rate: { ja: "達成率", en: "Achievement" },
  grade: { ja: "評価", en: "Grade" },
  bar: { ja: "達成率のグラフ", en: "Achievement bar" },
  none: { ja: "未評価", en: "Ungraded" },
  up: { ja: "↑ 増加", en: "↑ Up" },
  down: { ja: "↓ 減少", en: "↓ Down" },
  midTerm: { ja: "中間", en: "mid-term" },
} satisfies Record<string, Message>;

export const INDICATOR_NOTE: Message = {
  ja: "達成率 =（実績値 − 基準値）÷（目標値 − 基準値）。評価は A（100%以上）・B（80%以上）・C（0%以上）・D（基準値より悪化）で、設定で変えられます。目標値が基準値と同じか「減少」などの語だけのときは、達成（A）・悪化（D）・その他（C）で評価します。",
  en: "Achievement = (actual − baseline) ÷ (target − baseline). Grades: A (100% or more), B (80% or more), C (0% or more), D (worse than the baseline), changeable in the settings. Where the target equals the baseline or is only a word such as 減少, the grade says reached (A), worse (D) or neither (C).",
};

/** A bar of ten cells' width drawn with ■ and □ (a 達成率 over 100% adds ＋, worse than the baseline is ▼). */
export function drawnBar(rate: number | null): string | null {
  if (rate === null) return null;
  if (rate < 0) return "▼";
  const filled = Math.round(Math.min(rate, 1) * 10);
  return "■".repeat(filled) + "□".repeat(10 - filled) + (rate > 1 ? "＋" : "");
}

const year = (y: number | null, lang: Lang) =>
  y === null ? "" : lang === "ja" ? formatJapaneseFiscalYear(y) : `FY${y}`;

/** A value with its year: "43.8（平成30年度）". */
function withYear(v: number | string | null, y: number | null, lang: Lang, mid = false): string | null {
  if (v === null) return null;
  const when = [mid ? LABEL.midTerm[lang] : "", year(y, lang)].filter(Boolean).join(" ");
  return when ? (lang === "ja" ? `${v}（${when}）` : `${v} (${when})`) : String(v);
}

const countCells = (c: GradeCounts) => [...GRADES.map((g) => c[g]), c.none];

/** The table, or null when no checked sheet has a graded indicator table. */
export function indicatorTable(sources: SummarySource[], lang: Lang): SummaryTable | null {
  const sheets = sources.flatMap((source) =>
    source.report.sheets.filter((s) => s.indicators?.length).map((sheet) => ({ source, sheet })),
  );
  if (sheets.length === 0) return null;
  const o = { file: sources.length > 1, sheet: new Set(sheets.map((s) => s.sheet.name)).size > 1 };
  const rows: SummaryRow[] = [];
  const total = emptyCounts();
  for (const { source, sheet } of sheets) {
    const origin = [
      ...(o.file ? [fileLabel(source, sources.indexOf(source))] : []),
      ...(o.sheet ? [sheet.name] : []),
    ];
    const blank = origin.map(() => null);
    // Policies in the sheet's order, each followed by its count of grades.
    const byPolicy = new Map<string, ReturnType<typeof indicatorFigures>[]>();
    for (const g of sheet.indicators ?? []) {
      const f = indicatorFigures(g);
      const list = byPolicy.get(f.policy) ?? [];
      list.push(f);
      byPolicy.set(f.policy, list);
    }
    for (const [policy, list] of byPolicy) {
      const counts = emptyCounts();
      for (const f of list) {
        counts[f.grade ?? "none"]++;
        const link: SummaryLink = {
          sheet: sheet.name,
          cell: f.cell,
          ...(source.file !== undefined ? { file: fileLabel(source, sources.indexOf(source)) } : {}),
        };
        const cells = [
          ...origin,
          policy || ROW.noPolicy[lang],
          f.name,
          f.unit || null,
          LABEL[f.direction][lang],
          withYear(f.baseline, f.baselineYear, lang),
          withYear(f.target, f.targetYear, lang, f.midTerm),
          withYear(f.actual, f.actualYear, lang),
          f.rate,
          f.grade ?? LABEL.none[lang],
          drawnBar(f.rate),
          ...countCells(emptyCounts()).map(() => null),
          `${sheet.name}!${f.cell}`,
        ];
        rows.push({ cells, links: cells.map((_, i) => (i === cells.length - 1 ? link : null)) });
      }
      for (const g of [...GRADES, "none" as const]) total[g] += counts[g];
      const label = `${policy || ROW.noPolicy[lang]} ${ROW.policyTotal[lang]}`;
      rows.push({
        cells: [
          ...blank,
          label,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          ...countCells(counts),
          null,
        ],
        style: "subtotal",
      });
    }
  }
  rows.push({
    cells: [
      ...origin0(o),
      ROW.total[lang],
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      ...countCells(total),
      null,
    ],
    style: "total",
  });
  const integer = (key: string, title: Message): SummaryColumn => ({ key, title, kind: "integer", width: 5 });
  return {
    sheetName: SUMMARY_SHEETS.indicators,
    title: TITLE.indicators,
    subtitle: reviewSubtitle(
      sheets.map((s) => s.source),
      null,
    ),
    notes: [INDICATOR_NOTE],
    columns: [
      ...originColumns(o),
      text("policy", 16, true),
      { key: "indicator", title: LABEL.indicator, kind: "text", width: 26, wrap: true },
      { key: "unit", title: LABEL.unit, kind: "text", width: 6 },
      { key: "direction", title: LABEL.direction, kind: "text", width: 8 },
      { key: "baseline", title: LABEL.baseline, kind: "text", width: 16, wrap: true },
      { key: "target", title: LABEL.target, kind: "text", width: 16, wrap: true },
      { key: "actual", title: LABEL.actual, kind: "text", width: 16, wrap: true },
      { key: "rate", title: LABEL.rate, kind: "percent", width: 9 },
      { key: "grade", title: LABEL.grade, kind: "text", width: 6 },
      { key: "bar", title: LABEL.bar, kind: "text", width: 14 },
      integer("A", { ja: "A", en: "A" }),
      integer("B", { ja: "B", en: "B" }),
      integer("C", { ja: "C", en: "C" }),
      integer("D", { ja: "D", en: "D" }),
      integer("none", LABEL.none),
      { key: "cell", title: COLUMN.cell, kind: "link", width: 12 },
    ],
    rows,
    bar: "bar",
  };
}

/** Blank origin cells of the total row. */
function origin0(o: { file: boolean; sheet: boolean }): null[] {
  return [...(o.file ? [null] : []), ...(o.sheet ? [null] : [])];
}
