// The add-in's saved settings, read from the workbook's state sheet, so the command checks a workbook
// the way the add-in does (as-of day, master, vocabulary, rule switches, column roles).

import type { CheckOptions } from "../core/check";
import { defaultVocabulary, withWords, type WordCategory } from "../core/vocabulary";
import { checkOptionsFromSettings } from "../core/settings";
import { STATE_SHEET_NAME, stateFromRows } from "../core/state";
import type { WorkbookSheet } from "../xlsx/reader";

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
