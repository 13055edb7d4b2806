// What the task pane asks of Excel, as one interface: the pane's components only call this, so the
// component tests hand in a fake and the add-in hands in the Excel implementation (excelService.ts).

import type { WorkbookReport } from "../core/check";
import type { DiffReportOut } from "../core/diff/compare";
import type { Message } from "../core/rules/rule";
import type { WorkbookSettings } from "../core/settings";
import type { SummaryTable } from "../core/summary/tables";
import type { Finding, RuleId, Severity } from "../core/types";
import type { FileProgress, PickedFile } from "../xlsx/collectFiles";

export type { FileProgress, PickedFile };

export type Scope = "active" | "all";

export interface Counts {
  total: number;
  bySeverity: Record<Severity, number>;
  byRule: Partial<Record<RuleId, number>>;
}

export interface ValidateOutcome {
  report: WorkbookReport;
  counts: Counts;
  /** Cells coloured. */
  highlighted: number;
  /** Hand-edited state rows that were skipped (shown as a note). */
  problems: Message[];
}

/** One cell a fix would change, shown before anything is written. */
export interface FixPreview {
  sheet: string;
  cell: string;
  title: string;
  oldValue: string;
  newValue: string;
}

export interface SummaryOutcome {
  /** Sheets written (with a suffix where a person's sheet had the name). */
  sheets: string[];
  tables: SummaryTable[];
}

/** What collecting wrote, and each file's outcome (items collected, or why it was not read). */
export interface CollectOutcome {
  sheets: string[];
  files: { file: string; items?: number; error?: string }[];
}

/** What comparing with last year's workbook found and wrote. */
export interface CompareOutcome {
  diff: DiffReportOut;
  /** This year's workbook as checked for the comparison. */
  report: WorkbookReport;
  /** Last year's file, by its name. */
  lastFile: string;
  /** The 前年度比較 sheet written (with a suffix where a person's sheet had the name). */
  sheet: string;
  /** The row of that sheet listing each finding, in the order of diff.findings. */
  rows: number[];
}

/** What the workbook holds from earlier work, read when the pane opens and after each action. */
export interface PaneState {
  /** Cells the last fix changed (what "revert" would put back; 0: nothing to revert). */
  lastFix: number;
  /** The active sheet, when it carries the highlights of an earlier check (from the ribbon or the pane). */
  checkedSheet: string | null;
}

/** What setting the input rules did: cells given a list, and those left as they are (value not in it). */
export interface GuardOutcome {
  guarded: number;
  left: { sheet: string; cell: string; value: string }[];
}

export interface LiveUpdate {
  sheet: string;
  counts: Counts;
}

export interface PlanReviewService {
  /** Checks the active sheet or every plan sheet and highlights the findings. */
  validate(scope: Scope, asOf?: string): Promise<ValidateOutcome>;
  /** Activates the sheet and selects the cell. */
  select(sheet: string, cell: string): Promise<void>;
  /** Writes the findings' fixes (only findings that carry one); returns how many cells changed. */
  fix(findings: Finding[]): Promise<number>;
  /** Every fix of one rule in the last validation. */
  fixAll(rule: RuleId): Promise<number>;
  /** Puts back what the last fix replaced. */
  revertLastFix(): Promise<number>;
  /** Puts back every fill the add-in applied; returns how many cells got their fill back. */
  clearHighlights(): Promise<number>;
  /** Puts drop-down lists (入力規則) on the active sheet's status and department cells. */
  setInputRules(asOf?: string): Promise<GuardOutcome>;
  /** Puts back every cell's own validation; returns the cells restored and those left alone. */
  clearInputRules(): Promise<{ restored: number; notRestored: number }>;
  /** Checks every plan sheet and (re)writes the summary sheets. */
  buildSummary(): Promise<SummaryOutcome>;
  /**
   * Reads the picked .xlsx files in the pane's page (nothing is sent anywhere), checks each, and
   * (re)writes the 取りまとめ, file list and summary sheets over them into the open workbook.
   */
  collectBooks(files: PickedFile[], progress: (p: FileProgress) => void): Promise<CollectOutcome>;
  /**
   * 前年度比較: reads last year's .xlsx, picked on disk, in the pane's page (nothing is sent
   * anywhere), checks it and every plan sheet of the open workbook, compares them and (re)writes the
   * 前年度比較 sheet.
   */
  compareWithLast(file: PickedFile, asOf?: string): Promise<CompareOutcome>;
  loadSettings(): Promise<WorkbookSettings>;
  saveSettings(settings: WorkbookSettings): Promise<void>;
  /** What the workbook holds from earlier work (last fix, highlights of an earlier check). */
  paneState(): Promise<PaneState>;
  /**
   * Calls back with the sheet and cell Excel selects, where Excel reports selections (else never);
   * resolves to a function that stops listening.
   */
  watchSelection(onSelect: (sheet: string, cell: string) => void): Promise<() => Promise<void>>;
  /** Live mode: re-check edited items as the sheet changes. */
  setLive(on: boolean, onUpdate?: (u: LiveUpdate) => void): Promise<void>;
}

export function countFindings(findings: Finding[]): Counts {
  const counts: Counts = {
    total: findings.length,
    bySeverity: { error: 0, warning: 0, info: 0 },
    byRule: {},
  };
  for (const f of findings) {
    counts.bySeverity[f.severity]++;
    counts.byRule[f.rule] = (counts.byRule[f.rule] ?? 0) + 1;
  }
  return counts;
}

export const findingsOf = (report: WorkbookReport): Finding[] => report.sheets.flatMap((s) => s.findings);

/** The title of the item a finding belongs to ("" for sheet-level findings). */
export function itemTitle(report: WorkbookReport, f: Finding): string {
  if (f.item === undefined) return "";
  const sheet = report.sheets.find((s) => s.name === f.sheet);
  return sheet?.items[f.item]?.title ?? "";
}

const shown = (v: Finding["value"]): string => (v === null ? "" : String(v));

/** The old → new values the fixes of these findings would write (findings without a fix are left out). */
export function previewFixes(report: WorkbookReport, findings: Finding[]): FixPreview[] {
  return findings
    .filter((f) => f.fix !== undefined)
    .map((f) => ({
      sheet: f.sheet,
      cell: f.cell,
      title: itemTitle(report, f),
      oldValue: shown(f.value),
      newValue: f.fix!,
    }));
}
