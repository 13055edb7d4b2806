// The pane's service over the in-memory Excel: the real Excel implementation, the fake Excel under it,
// and a log of the calls so component tests can see what the pane asked for. Free of Node built-ins,
// so the browser test bundles it too.

import type { WorkbookReport } from "../../src/core/check";
import type { Lang } from "../../src/core/messages";
import { createExcelService } from "../../src/taskpane/excelService";
import { defaultSettings } from "../../src/core/settings";
import { countFindings, type PlanReviewService } from "../../src/taskpane/service";
import type { Runner } from "../../src/excel";
import type { FakeExcel } from "../fake-excel";

export interface FakeService extends PlanReviewService {
  fake: FakeExcel;
  /** Method names in call order. */
  calls: string[];
}

export function fakeService(fake: FakeExcel, lang: Lang = "ja"): FakeService {
  const run: Runner = (options, batch) => fake.run(options, batch);
  const inner = createExcelService({ run, lang, supports: () => false });
  const calls: string[] = [];
  const logged = {} as PlanReviewService;
  for (const key of Object.keys(inner) as (keyof PlanReviewService)[]) {
    const fn = inner[key] as (...args: unknown[]) => unknown;
    (logged as unknown as Record<string, unknown>)[key] = (...args: unknown[]) => {
      calls.push(key);
      return fn(...args);
    };
  }
  return { ...logged, fake, calls };
}

/** A service over plain data: validate returns this report (for sizes and values no workbook holds). */
export function dataService(report: WorkbookReport): PlanReviewService & {
  selected: string[];
  /** Excel selecting a cell by itself (the pane is told through watchSelection). */
  excelSelects(sheet: string, cell: string): void;
} {
  const selected: string[] = [];
  let listener: ((sheet: string, cell: string) => void) | null = null;
  const findings = report.sheets.flatMap((s) => s.findings);
  const nothing = async () => 0;
  return {
    selected,
    validate: async () => ({
      report,
      counts: countFindings(findings),
      highlighted: findings.length,
      problems: [],
    }),
    select: async (sheet, cell) => void selected.push(`${sheet}!${cell}`),
    fix: nothing,
    fixAll: nothing,
    revertLastFix: nothing,
    clearHighlights: nothing,
    setInputRules: async () => ({ guarded: 0, left: [] }),
    clearInputRules: async () => ({ restored: 0, notRestored: 0 }),
    buildSummary: async () => ({ sheets: [], tables: [] }),
    collectBooks: async () => ({ sheets: [], files: [] }),
    compareWithLast: async () => {
      throw new Error("not over plain data");
    },
    loadSettings: async () => defaultSettings(),
    saveSettings: async () => undefined,
    setLive: async () => undefined,
    paneState: async () => ({ lastFix: 0, checkedSheet: null }),
    watchSelection: async (onSelect) => {
      listener = onSelect;
      return async () => void (listener = null);
    },
    excelSelects: (sheet, cell) => listener?.(sheet, cell),
  };
}
