// plan-review diff LAST.xlsx THIS.xlsx [--out DIFF.xlsx]: the two workbooks checked, compared, the
// changes printed; with --out, a copy of this year's workbook with the 前年度比較 sheet added.

import { mkdir, stat } from "node:fs/promises";
import { basename, dirname, relative, resolve, sep } from "node:path";
import { compareWorkbooks, type DiffReportOut } from "../core/diff/compare";
import { diffTable } from "../core/diff/table";
import { formatJapaneseFiscalYear, isoDay, reviewYear, yearBefore } from "../core/fiscal";
import { Grid } from "../core/grid";
import type { Lang } from "../core/messages";
import { DIFF_SHEET, isSummarySheet } from "../core/summary/labels";
import type { Severity } from "../core/types";
import { readXlsx, XlsxReadError, type WorkbookSheet } from "../xlsx/readXlsx";
import { firstDifference } from "../xlsx/sameSheets";
import { checkOpened, type CheckSettings, type FileResult } from "./checkOpened";
import { openFile } from "./checkFile";
import { copyDiffers, copyUnwritable } from "./copyRefusal";
import { optionsForWorkbook, savedCheckOptions } from "../xlsx/checkSheets";
import { tableFooter } from "./table";
import { writeFailure } from "./writeFailure";

export interface DiffArgs {
  last: string;
  this: string;
  asOf?: string;
  out?: string;
  format: "table" | "json";
}

/** What the run prints and the exit code it gives. */
export interface DiffRun {
  stdout: string;
  stderr: string;
  code: number;
}

const failure = (message: string): DiffRun => ({ stdout: "", stderr: `plan-review: ${message}\n`, code: 2 });

async function checked(
  file: string,
  asOf: string | undefined,
  settings: CheckSettings,
  keep: boolean,
): Promise<{ result: FileResult; sheets: WorkbookSheet[]; buffer?: Uint8Array } | { error: string }> {
  const opened = await openFile(file, settings.lang, keep);
  if ("error" in opened) return { error: `${file}: ${opened.error}` };
  const result = await checkOpened(file, asOf, opened, settings);
  if (result.ownOutput)
    return {
      error:
        settings.lang === "ja"
          ? `${file}: plan-review が書き出した集計ブックです — 計画のブックを指定してください`
          : `${file}: a summary workbook written by plan-review — give a plan workbook`,
    };
  if (result.error || !result.report) return { error: `${file}: ${result.error ?? ""}` };
  return { result, sheets: opened.sheets, ...(opened.buffer ? { buffer: opened.buffer } : {}) };
}

function day(asOf: string, lang: Lang): string {
  const y = reviewYear(asOf).fiscalYear;
  return lang === "ja" ? `${formatJapaneseFiscalYear(y)}（基準日 ${asOf}）` : `FY${y} (as of ${asOf})`;
}

const LABEL: Record<Lang, Record<Severity, string>> = {
  ja: { error: "エラー", warning: "警告", info: "情報" },
  en: { error: "error", warning: "warning", info: "info" },
};

function renderTable(out: DiffReportOut, args: DiffArgs, lang: Lang, written: string | null): string {
  const ja = lang === "ja";
  const lines = [
    ja
      ? `前年度: ${args.last}  ${day(out.lastAsOf, lang)}`
      : `Last year: ${args.last}  ${day(out.lastAsOf, lang)}`,
    ja
      ? `今年度: ${args.this}  ${day(out.thisAsOf, lang)}`
      : `This year: ${args.this}  ${day(out.thisAsOf, lang)}`,
    ja
      ? `対応した取組 ${out.paired}件・前年度のみ ${out.dropped}件・今年度のみ ${out.added}件`
      : `${out.paired} items in both years, ${out.dropped} only last year, ${out.added} only this year`,
    "",
  ];
  const totals: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of out.findings) {
    totals[f.severity]++;
    const where =
      f.book === "last"
        ? ja
          ? `（前年度）${f.sheet}!${f.cell}`
          : `(last year) ${f.sheet}!${f.cell}`
        : `${f.sheet}!${f.cell}`;
    lines.push(`  ${where}  ${LABEL[lang][f.severity]}  ${f.rule}  ${ja ? f.message : f.messageEn}`);
  }
  if (out.findings.length === 0) lines.push(ja ? "  変わったところはありません" : "  nothing changed");
  lines.push("", tableFooter(totals, 0, lang, false));
  if (written)
    lines.push(ja ? `書き出し: ${written}（前年度比較）` : `Written: ${written} (sheet "前年度比較")`);
  return lines.join("\n") + "\n";
}

function renderJson(out: DiffReportOut, args: DiffArgs, written: string | null): string {
  return (
    JSON.stringify(
      {
        last: { file: args.last, asOf: out.lastAsOf },
        this: { file: args.this, asOf: out.thisAsOf },
        paired: out.paired,
        dropped: out.dropped,
        added: out.added,
        findings: out.findings.map((f) => ({
          book: f.book,
          sheet: f.sheet,
          cell: f.cell,
          ...(f.last ? { last: f.last } : {}),
          rule: f.rule,
          severity: f.severity,
          messageId: f.messageId,
          title: f.title,
          policy: f.policy,
          value: f.value,
          message: f.message,
          messageEn: f.messageEn,
        })),
        ...(written ? { written } : {}),
      },
      null,
      2,
    ) + "\n"
  );
}

/** A 前年度比較 sheet written earlier (by the add-in or this command): the copy replaces it. */
function isDiffSheet(s: WorkbookSheet): boolean {
  const grid = new Grid(s.snapshot);
  const base = s.snapshot.name.replace(/\s*\(\d+\)$/, "");
  return base === DIFF_SHEET && isSummarySheet(s.snapshot.name, grid.text(grid.top, grid.left));
}

/** Last year's file as a link from the written copy reaches it: relative, with forward slashes. */
function linkTarget(out: string, file: string): string {
  return relative(dirname(resolve(out)), resolve(file))
    .split(sep)
    .join("/");
}

export async function runDiff(args: DiffArgs, settings: CheckSettings): Promise<DiffRun> {
  const lang = settings.lang;
  const ja = lang === "ja";
  if (args.out && (await stat(args.out).catch(() => null)))
    return failure(
      ja
        ? `${args.out}: すでにあります — 上書きしないので、別の名前を指定するか、そのファイルを移してください`
        : `${args.out}: already exists — it is not overwritten; choose another name or move the file`,
    );
  const now = await checked(args.this, args.asOf, settings, args.out !== undefined);
  if ("error" in now) return failure(now.error);
  const thisAsOf = now.result.asOf ?? args.asOf ?? settings.defaultAsOf ?? isoDay();
  // Last year's review day: its own saved day, else the same day a year before this year's.
  const last = await checked(args.last, undefined, { ...settings, defaultAsOf: yearBefore(thisAsOf) }, false);
  if ("error" in last) return failure(last.error);
  const lastReport = last.result.report!;
  const thisReport = now.result.report!;
  if (lastReport.fiscalYear > thisReport.fiscalYear)
    return failure(
      ja
        ? `${args.last} の基準日（${lastReport.asOf}）が ${args.this} の基準日（${thisReport.asOf}）より後の年度です — 前年度のブック、今年度のブックの順に指定してください`
        : `${args.last} is reviewed as of ${lastReport.asOf}, a later year than ${args.this} (${thisReport.asOf}) — give last year's workbook first`,
    );
  // The rule settings this year's workbook was checked with (its saved ones, then --rule).
  const rules = optionsForWorkbook(savedCheckOptions(now.sheets), {
    defaultAsOf: thisAsOf,
    rules: settings.rules,
  }).rules;
  const out = compareWorkbooks(lastReport, thisReport, { rules });
  let written: string | null = null;
  if (args.out) {
    const { OutputError, writeDiffCopy } = await import("../xlsx/writeWorkbook");
    const target = args.out;
    const table = diffTable(out, { last: linkTarget(target, args.last), this: basename(args.this) }, lang);
    const verify = (copy: Uint8Array): void => {
      let sheets: WorkbookSheet[];
      try {
        sheets = readXlsx(copy);
      } catch (e) {
        if (e instanceof XlsxReadError) throw new OutputError(copyUnwritable(e.message, lang));
        throw e;
      }
      const d = firstDifference(
        now.sheets.filter((s) => !isDiffSheet(s)),
        sheets,
      );
      if (d) throw new OutputError(copyDiffers(d, lang));
    };
    try {
      await mkdir(dirname(resolve(target)), { recursive: true });
      await writeDiffCopy(
        Buffer.from(now.buffer!),
        table,
        target,
        [args.last, args.this],
        { lang, fileTarget: (f) => f },
        verify,
      );
      written = target;
    } catch (e) {
      return failure(writeFailure(target, e, lang, e instanceof OutputError));
    }
  }
  const stdout =
    args.format === "json" ? renderJson(out, args, written) : renderTable(out, args, lang, written);
  return { stdout, stderr: "", code: out.findings.some((f) => f.severity === "error") ? 1 : 0 };
}
