// The task pane's service over Excel: each call is one Excel.run around the Excel layer's functions.

import type { WorkbookReport } from "../core/check";
import type { Lang } from "../core/messages";
import type { WorkbookSettings } from "../core/settings";
import { summaryTables } from "../core/summary/build";
import type { Finding, RuleId } from "../core/types";
import * as layer from "../excel";
import type { Runner, Supports } from "../excel";
import {
  countFindings,
  findingsOf,
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
    async loadSettings(): Promise<WorkbookSettings> {
      return (await inExcel((ctx) => layer.loadSettings(ctx))).settings;
    },
    saveSettings: (settings) => inExcel((ctx) => layer.saveSettings(ctx, settings)),
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
