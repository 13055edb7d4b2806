// The human-readable report: findings grouped by file and sheet, totals per severity.

import { formatJapaneseFiscalYear, reviewYear } from "../core/fiscal";
import type { Lang } from "../core/messages";
import { NOUN, quantity } from "../core/plural";
import { counted, leftOut } from "../core/summary/entries";
import {
  COLLECTED_FILES_SHEET,
  COLLECTED_FILES_TITLE,
  COLLECTED_SHEET,
  COLLECTED_TITLE,
  LEFT_OUT_KIND,
  SUMMARY_SHEETS,
  TITLE,
} from "../core/summary/labels";
import { STATES } from "../core/summary/state";
import type { Severity } from "../core/types";
import type { FileResult } from "./checkFile";

const COLOR: Record<Severity, string> = { error: "\x1b[31m", warning: "\x1b[33m", info: "\x1b[36m" };
const RESET = "\x1b[0m";
const LABEL: Record<Lang, Record<Severity, string>> = {
  ja: { error: "エラー", warning: "警告", info: "情報" },
  en: { error: "error", warning: "warning", info: "info" },
};
const SEVERITIES: Severity[] = ["error", "warning", "info"];

/** Pads to a display width (full-width characters take two columns on a terminal). */
function pad(text: string, width: number): string {
  let w = 0;
  for (const ch of text) w += /[\u0020-\u00ff\uff61-\uff9f]/u.test(ch) ? 1 : 2;
  return text + " ".repeat(Math.max(0, width - w));
}

export function tableHeading(asOf: string, lang: Lang): string {
  const review = reviewYear(asOf);
  const year = lang === "ja" ? formatJapaneseFiscalYear(review.fiscalYear) : `FY${review.fiscalYear}`;
  return lang === "ja" ? `基準日 ${asOf}（${year}）` : `As of ${asOf} (${year})`;
}

/** A file's own review day, when the workbook's saved settings gave it. */
export function savedDay(asOf: string, lang: Lang): string {
  return `${tableHeading(asOf, lang)}${lang === "ja" ? " — ブックに保存された基準日" : " — the day saved in the workbook"}`;
}

function noPlanTable(sheets: number, lang: Lang): string {
  if (sheets === 0)
    return lang === "ja"
      ? "シートがありません — 計画表のあるブックを指定してください"
      : "the workbook has no sheets — give a workbook holding a plan table";
  return lang === "ja"
    ? "計画表が見つかりませんでした — 見出し行（取組内容・担当課・年度など）のある表か確かめてください"
    : "no plan table found — check that a sheet has a header row (item, department, years …)";
}

/** What is said of a summary workbook this command wrote, met among the inputs. */
export function ownOutputNote(lang: Lang): string {
  return lang === "ja"
    ? "plan-review が書き出した集計ブックです — 入力としては読みません"
    : "a summary workbook written by plan-review — not read as an input";
}

/**
 * One file's lines (a blank line first); counts its findings into `totals`. A file checked as of a
 * day of its own (saved in the workbook) says so under its name.
 */
export function tableFileLines(
  r: FileResult,
  lang: Lang,
  color: boolean,
  totals: Record<Severity, number>,
  runAsOf?: string,
): string[] {
  const paint = (s: Severity, text: string) => (color ? `${COLOR[s]}${text}${RESET}` : text);
  const lines: string[] = ["", r.file];
  if (r.asOf && r.asOfFrom === "saved" && r.asOf !== runAsOf) lines.push(`  ${savedDay(r.asOf, lang)}`);
  if (r.ownOutput) {
    lines.push(`  ${ownOutputNote(lang)}`);
    return lines;
  }
  if (r.error) {
    lines.push(`  ${paint("error", r.error)}`);
    if (!r.report) return lines;
  }
  const sheets = r.report?.sheets ?? [];
  // Say so rather than print nothing: the wrong file, or a plan the engine cannot read.
  if (r.report && sheets.every((s) => s.layout === "none"))
    lines.push(`  ${noPlanTable(sheets.length, lang)}`);
  for (const s of sheets) {
    if (s.layout === "none") continue;
    lines.push(`  ${s.name}  (${s.layout}, ${quantity(s.items.length, NOUN.item, lang)})`);
    for (const f of s.findings) {
      totals[f.severity]++;
      const msg = lang === "ja" ? f.message : f.messageEn;
      const fix = f.fix !== undefined ? (lang === "ja" ? ` → 修正案「${f.fix}」` : ` → fix "${f.fix}"`) : "";
      const label = pad(LABEL[lang][f.severity], lang === "ja" ? 6 : 7);
      lines.push(`    ${f.cell.padEnd(6)} ${paint(f.severity, label)} ${f.rule.padEnd(26)} ${msg}${fix}`);
    }
  }
  if (r.written) lines.push(`  → ${lang === "ja" ? "注釈付きコピー" : "annotated copy"}: ${r.written}`);
  return lines;
}

/** The last line: findings per severity and the files that could not be checked. */
export function tableFooter(
  totals: Record<Severity, number>,
  failed: number,
  lang: Lang,
  color: boolean,
): string {
  const paint = (s: Severity, text: string) => (color ? `${COLOR[s]}${text}${RESET}` : text);
  return [
    ...SEVERITIES.map((s) => paint(s, `${LABEL[lang][s]} ${totals[s]}`)),
    ...(failed ? [lang === "ja" ? `読めなかったファイル ${failed}` : `files not checked ${failed}`] : []),
  ].join(lang === "ja" ? "　" : ", ");
}

export function formatTable(
  asOf: string,
  results: FileResult[],
  lang: Lang,
  color: boolean,
  heading: string = tableHeading(asOf, lang),
): string {
  const totals: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const lines: string[] = [heading];
  for (const r of results) lines.push(...tableFileLines(r, lang, color, totals, asOf));
  const failed = results.filter((r) => r.error).length;
  lines.push("", tableFooter(totals, failed, lang, color));
  return lines.join("\n") + "\n";
}

/** What `summary` prints: the items counted per file, the flagged states, and where the workbook is. */
export function formatSummaryReport(results: FileResult[], out: string, lang: Lang, collect = false): string {
  const lines: string[] = [];
  const counts = Object.fromEntries(STATES.map((s) => [s, 0])) as Record<(typeof STATES)[number], number>;
  let items = 0;
  let checked = 0;
  for (const r of results) {
    if (r.error) {
      lines.push(`${r.file}: ${r.error}`);
      continue;
    }
    if (r.ownOutput) {
      lines.push(`${r.file}: ${ownOutputNote(lang)}`);
      continue;
    }
    checked++;
    // The one rule of the summary sheets (core/summary/entries.ts): what they count, this counts.
    const all = (r.report?.sheets ?? []).filter((s) => s.layout !== "none");
    const inSummary = all.filter(counted);
    const n = inSummary.reduce((a, s) => a + s.states.length, 0);
    for (const s of inSummary) for (const st of s.states) counts[st.state]++;
    items += n;
    const out = all.flatMap((s) => {
      const why = leftOut(s);
      if (!why) return [];
      return [
        lang === "ja" ? `${s.name}（${LEFT_OUT_KIND[why].ja}）` : `${s.name} (${LEFT_OUT_KIND[why].en})`,
      ];
    });
    const asOf = r.report!.asOf;
    const figures = `${quantity(inSummary.length, NOUN.sheet, lang)}${lang === "ja" ? " " : ", "}${quantity(n, NOUN.item, lang)}`;
    const left = out.length
      ? lang === "ja"
        ? `（集計対象外: ${out.join("・")}）`
        : ` (not counted: ${out.join(", ")})`
      : "";
    const head = lang === "ja" ? `${r.file}  基準日 ${asOf}  ` : `${r.file}  as of ${asOf}  `;
    if (all.length === 0) lines.push(`${r.file}: ${noPlanTable(r.report!.sheets.length, lang)}`);
    else if (inSummary.length === 0)
      lines.push(
        head +
          (lang === "ja"
            ? `集計するシートなし（集計対象外: ${out.join("・")}）`
            : `no sheet counted (not counted: ${out.join(", ")})`),
      );
    else lines.push(head + figures + left);
  }
  const flagged =
    lang === "ja"
      ? `未実施 ${counts.notDone}・期限超過 ${counts.overdue}・一部未実施 ${counts.partly}・要確認 ${counts.unclear}`
      : `not done ${counts.notDone}, overdue ${counts.overdue}, partly done ${counts.partly}, unclear ${counts.unclear}`;
  // The sheets by their names (Japanese whatever the language); in English, by what they hold.
  // 指標の達成状況 is written only when a file has graded indicators (core/summary/build.ts).
  const graded = results.some((r) => r.report?.sheets.some((s) => s.indicators?.length));
  const keys = (Object.keys(SUMMARY_SHEETS) as (keyof typeof SUMMARY_SHEETS)[]).filter(
    (k) => k !== "indicators" || graded,
  );
  const collected = collect
    ? [
        lang === "ja"
          ? `${COLLECTED_SHEET}・${COLLECTED_FILES_SHEET}`
          : `${COLLECTED_TITLE.en}; ${COLLECTED_FILES_TITLE.en}`,
      ]
    : [];
  const sheets = [
    ...collected,
    lang === "ja" ? keys.map((k) => SUMMARY_SHEETS[k]).join("・") : keys.map((k) => TITLE[k].en).join("; "),
  ].join(lang === "ja" ? "・" : "; ");
  lines.push(
    "",
    lang === "ja"
      ? `集計: ${quantity(checked, NOUN.file, lang)} ${quantity(items, NOUN.item, lang)}（${flagged}）`
      : `Summary: ${quantity(checked, NOUN.file, lang)}, ${quantity(items, NOUN.item, lang)} (${flagged})`,
    lang === "ja" ? `書き出し: ${out}（${sheets}）` : `Written: ${out} (${sheets})`,
  );
  return lines.join("\n") + "\n";
}
