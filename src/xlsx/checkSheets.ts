// A workbook's sheets, as a reader gives them, checked the way the command checks a file: with the
// add-in's settings saved in the workbook (as-of day, master, vocabulary, rule switches, column
// roles), its 課一覧 and 語彙 sheets (checkWorkbook), very hidden sheets left out. Pure: the command
// (src/cli) and the pane's collecting (files read in the browser) both check through here.

import { checkWorkbook, type CheckOptions, type WorkbookReport } from "../core/check";
import type { DepartmentMaster } from "../core/departments";
import { defaultVocabulary, withWords, type WordCategory } from "../core/vocabulary";
import { checkOptionsFromSettings } from "../core/settings";
import { STATE_SHEET_NAME, stateFromRows } from "../core/state";
import type { WorkbookSheet } from "./reader";

export function savedCheckOptions(sheets: WorkbookSheet[]): Partial<CheckOptions> {
  const state = sheets.find((s) => s.snapshot.name === STATE_SHEET_NAME);
  if (!state) return {};
  return checkOptionsFromSettings(stateFromRows(state.snapshot.values).state.settings);
}

/**
 * Options for one workbook. Precedence: what the command line says (--as-of, --rule), then the
 * workbook's saved settings, then the command's defaults; the master from a 課一覧 sheet still wins
 * over both (checkWorkbook), and the saved master over --departments (plan-sheets.md, Departments).
 */
export function optionsForWorkbook(
  saved: Partial<CheckOptions>,
  cli: {
    asOf?: string;
    defaultAsOf: string;
    rules?: CheckOptions["rules"];
    master?: CheckOptions["master"];
    /** --vocabulary words, added to the saved ones. */
    words?: { word: string; category: WordCategory }[];
  },
): CheckOptions {
  const vocabulary = cli.words?.length
    ? withWords(saved.vocabulary ?? defaultVocabulary(), cli.words)
    : saved.vocabulary;
  return {
    asOf: cli.asOf ?? saved.asOf ?? cli.defaultAsOf,
    rules: { ...saved.rules, ...cli.rules },
    master: saved.master ?? cli.master ?? null,
    ...(vocabulary ? { vocabulary } : {}),
    ...(saved.roleOverrides ? { roleOverrides: saved.roleOverrides } : {}),
    ...(saved.gradeThresholds ? { gradeThresholds: saved.gradeThresholds } : {}),
  };
}

/** What a file's sheets are checked with, beyond what the workbook saves. */
export interface SheetsCheckSettings {
  /** --as-of: wins over the saved day. */
  asOf?: string;
  /** The review day for a workbook with none of its own: today. */
  defaultAsOf: string;
  rules?: CheckOptions["rules"];
  master?: DepartmentMaster | null;
  words?: { word: string; category: WordCategory }[];
}

export interface CheckedSheets {
  report: WorkbookReport;
  /** The review day, and where it came from: --as-of, the workbook's saved settings, or today. */
  asOf: string;
  asOfFrom: "option" | "saved" | "today";
  master: DepartmentMaster | null;
}

/** Checks a workbook's sheets (its very hidden sheets hold the add-in's state, never a plan). */
export function checkSheets(all: WorkbookSheet[], settings: SheetsCheckSettings): CheckedSheets {
  const sheets = all.filter((s) => s.state !== "veryHidden").map((s) => s.snapshot);
  const saved = savedCheckOptions(all);
  const options = optionsForWorkbook(saved, settings);
  const report = checkWorkbook(sheets, options);
  return {
    report,
    asOf: options.asOf,
    asOfFrom: settings.asOf !== undefined ? "option" : saved.asOf !== undefined ? "saved" : "today",
    master: report.master ?? null,
  };
}
