// The task pane's service over Excel: each call is one Excel.run around the Excel layer's functions.

import type { WorkbookReport } from "../core/check";
import type { Lang } from "../core/messages";
import type { WorkbookSettings } from "../core/settings";
import { compareWorkbooks } from "../core/diff/compare";
import { diffTable } from "../core/diff/table";
import { isoDay, yearBefore } from "../core/fiscal";
import { checkOptionsFromSettings } from "../core/settings";
import { summaryTables } from "../core/summary/build";
import { collectTables } from "../core/summary/collected";
import { counted } from "../core/summary/entries";
import { isCollectedSheetName } from "../core/summary/labels";
import { collectFiles } from "../xlsx/collectFiles";
import type { AsyncInflate } from "../xlsx/readInBrowser";
import type { Finding, RuleId } from "../core/types";
import * as layer from "../excel";
import type { Runner, Supports } from "../excel";
import { loadState } from "../excel/stateSheet";
import {
  countFindings,
  findingsOf,
  type CollectOutcome,
  type CompareOutcome,
  type PaneState,
  type PlanReviewService,
  type Scope,
  type SummaryOutcome,
  type ValidateOutcome,
} from "./service";

export interface ExcelServiceOptions {
  /** Excel.run (the tests pass the fake Excel's run). */
  run: Runner;
  lang: Lang;
  supports?: Supports;
  /** The inflater collecting reads files with (default: the platform's, else fflate). */
  inflate?: AsyncInflate;
}

/** A comparison that cannot be made, said in the pane's language (errors.ts shows `messages`). */
function refusal(text: string): Error & { messages: Record<Lang, string> } {
  return Object.assign(new Error(text), { messages: { ja: text, en: text } });
}

export function createExcelService(opts: ExcelServiceOptions): PlanReviewService {
  const { run, lang } = opts;
  // While a person types in a cell, Excel waits for them instead of refusing (delayForCellEdit).
  const inExcel = <T>(batch: (ctx: Excel.RequestContext) => Promise<T>) => run(layer.RUN_OPTIONS, batch);
  const fixOpts = { run, ...(opts.supports ? { supports: opts.supports } : {}) };
  let last: WorkbookReport | null = null;
  let live: layer.LiveMode | null = null;

  const fix = async (findings: Finding[]) => {
    const fixes = layer.fixesOf(findings);
    if (!fixes.length) return 0;
    return (await inExcel((ctx) => layer.applyFixes(ctx, fixes, fixOpts))).applied;
  };

  return {
    async validate(scope: Scope, asOf?: string): Promise<ValidateOutcome> {
      const result = await inExcel((ctx) => layer.validate(ctx, { scope, ...(asOf ? { asOf } : {}) }));
      last = result.report;
      return {
        report: result.report,
        counts: countFindings(findingsOf(result.report)),
        highlighted: result.highlighted,
        problems: result.stateProblems.map((p) => p.reason),
      };
    },
    select: (sheet, cell) => inExcel((ctx) => layer.selectCell(ctx, sheet, cell)),
    fix,
    async fixAll(rule: RuleId) {
      return fix(last ? findingsOf(last).filter((f) => f.rule === rule) : []);
    },
    async revertLastFix() {
      return (await inExcel((ctx) => layer.revertLastFix(ctx, fixOpts))).applied;
    },
    async clearHighlights() {
      return (await inExcel((ctx) => layer.clearHighlights(ctx))).restored;
    },
    async setInputRules(asOf?: string) {
      const r = await inExcel((ctx) => layer.setInputRules(ctx, { lang, ...(asOf ? { asOf } : {}) }));
      return { guarded: r.guarded, left: r.left.map(({ sheet, cell, value }) => ({ sheet, cell, value })) };
    },
    async clearInputRules() {
      const r = await inExcel((ctx) => layer.clearInputRules(ctx));
      return { restored: r.restored, notRestored: r.notRestored.length };
    },
    async buildSummary(): Promise<SummaryOutcome> {
      return inExcel(async (ctx) => {
        // The same check as 検証 (all plan sheets; the add-in's own sheets are skipped).
        const { report } = await layer.validate(ctx, { scope: "all" });
        last = report;
        const tables = summaryTables([{ report }], { lang });
        const { sheets } = await layer.writeSummarySheets(ctx, tables, { lang });
        return { sheets, tables };
      });
    },
    async collectBooks(files, progress): Promise<CollectOutcome> {
      // The open workbook's settings stand where the command line's would: its review day for files
      // with none of their own, its master for files without a 課一覧 sheet or saved master.
      const settings = (await inExcel((ctx) => layer.loadSettings(ctx))).settings;
      const saved = checkOptionsFromSettings(settings);
      const collected = await collectFiles(
        files,
        {
          defaultAsOf: saved.asOf ?? isoDay(),
          ...(saved.master ? { master: saved.master } : {}),
        },
        lang,
        progress,
        opts.inflate,
      );
      const tables = collectTables(collected, lang);
      // Regenerating drops collecting's own 取りまとめ_N of a layout the new files no longer have.
      const { sheets } = await inExcel((ctx) =>
        layer.writeSummarySheets(ctx, tables, { lang, replaceAlso: isCollectedSheetName }),
      );
      return {
        sheets,
        files: collected.map((f) =>
          f.report
            ? { file: f.file, items: f.report.sheets.filter(counted).reduce((n, s) => n + s.items.length, 0) }
            : { file: f.file, error: f.error },
        ),
      };
    },
    async compareWithLast(file, asOf): Promise<CompareOutcome> {
      const saved = checkOptionsFromSettings((await inExcel((ctx) => layer.loadSettings(ctx))).settings);
      // This year's: every plan sheet, checked as 検証 checks them.
      const report = await inExcel(
        async (ctx) => (await layer.validate(ctx, { scope: "all", ...(asOf ? { asOf } : {}) })).report,
      );
      last = report;
      // Last year's: as of the day saved in it, else a year before this year's.
      const [picked] = await collectFiles(
        [file],
        { defaultAsOf: yearBefore(report.asOf), ...(saved.master ? { master: saved.master } : {}) },
        lang,
        () => undefined,
        opts.inflate,
      );
      if (!picked.report) throw refusal(`${file.name}: ${picked.error ?? ""}`);
      if (picked.report.fiscalYear > report.fiscalYear)
        throw refusal(
          lang === "ja"
            ? `${file.name} の基準日（${picked.report.asOf}）がこのブックの基準日（${report.asOf}）より後の年度です — 前年度のブックを選んでください`
            : `${file.name} is reviewed as of ${picked.report.asOf}, a later year than this workbook (${report.asOf}) — pick last year's workbook`,
        );
      const diff = compareWorkbooks(picked.report, report, { rules: saved.rules });
      const table = diffTable(
        diff,
        { last: file.name, this: lang === "ja" ? "このブック" : "this workbook" },
        lang,
      );
      const { sheets } = await inExcel((ctx) =>
        layer.writeSummarySheets(ctx, [table], { lang, externalLinks: true }),
      );
      const first = layer.firstTableRow(table);
      return {
        diff,
        report,
        lastFile: file.name,
        sheet: sheets[0],
        rows: diff.findings.map((_, i) => first + i),
      };
    },
    async loadSettings(): Promise<WorkbookSettings> {
      return (await inExcel((ctx) => layer.loadSettings(ctx))).settings;
    },
    saveSettings: (settings) => inExcel((ctx) => layer.saveSettings(ctx, settings)),
    paneState: () =>
      inExcel(async (ctx): Promise<PaneState> => {
        const active = ctx.workbook.worksheets.getActiveWorksheet();
        const { loaded } = await loadState(ctx, () => active.load("name"));
        const checked = loaded.state.highlights.some((h) => h.sheet === active.name);
        return { lastFix: loaded.state.lastFix.length, checkedSheet: checked ? active.name : null };
      }),
    async watchSelection(onSelect) {
      // WorksheetCollection.onSelectionChanged is ExcelApi 1.9: where Excel lacks it, nothing is followed.
      return inExcel(async (ctx) => {
        const sheets = ctx.workbook.worksheets;
        if (!("onSelectionChanged" in sheets) || !sheets.onSelectionChanged) return async () => undefined;
        const names = new Map<string, string>();
        const handler = sheets.onSelectionChanged.add(async (e) => {
          let name = names.get(e.worksheetId);
          if (name === undefined) {
            await run(layer.RUN_OPTIONS, async (c) => {
              const ws = c.workbook.worksheets.getItem(e.worksheetId).load("name");
              await c.sync();
              name = ws.name;
            });
            names.set(e.worksheetId, name!);
          }
          onSelect(name!, e.address);
        });
        await ctx.sync();
        // Handlers are removed in a batch on their own context (Office.js's documented pattern:
        // Excel.run(eventResult.context, …)); the run that added this one has ended.
        return () =>
          run({ ...layer.RUN_OPTIONS, previousObjects: handler.context }, async (c) => {
            handler.remove();
            await c.sync();
          });
      });
    },
    async setLive(on, onUpdate) {
      if (live) {
        await live.stop();
        live = null;
      }
      if (!on) return;
      live = await inExcel((ctx) =>
        layer.startLiveMode(ctx, {
          run,
          onUpdate: (u) => onUpdate?.({ sheet: u.sheet, counts: countFindings(findingsOf(u.result.report)) }),
        }),
      );
    },
  };
}
