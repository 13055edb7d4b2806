// The workbook's settings (kept in the add-in's state sheet) and how they become check options.

import type { CheckOptions, RuleSetting } from "./check";
import { masterFromNames } from "./departments";
import { parseIsoDate } from "./fiscal";
import { DEFAULT_THRESHOLDS, type GradeThresholds } from "./indicators/grade";
import type { ColumnRole, RuleId } from "./types";
import { defaultVocabulary, withWords, type WordCategory } from "./vocabulary";

export interface DepartmentSetting {
  /** The current name as written. */
  name: string;
  /** Former names that now mean this department. */
  aliases: string[];
}

export interface WorkbookSettings {
  /** The review day (YYYY-MM-DD); null means today. */
  asOf: string | null;
  /** Department master used when the workbook has no 課一覧 sheet (empty: none). */
  departments: DepartmentSetting[];
  /** Status words added to the vocabulary. */
  words: { word: string; category: WordCategory }[];
  /** Rule switches and severities by rule id (absent: the rule's default). */
  rules: Partial<Record<RuleId, RuleSetting>>;
  /** Column roles set by hand: sheet name → column letter → role. */
  roles: Record<string, Record<string, ColumnRole>>;
  /** Re-check edited items as the sheet changes. */
  live: boolean;
  /** The least 達成率 of indicator grades A, B and C (docs/indicators.md). */
  grades: GradeThresholds;
}

export function defaultSettings(): WorkbookSettings {
  return {
    asOf: null,
    departments: [],
    words: [],
    rules: {},
    roles: {},
    live: false,
    grades: { ...DEFAULT_THRESHOLDS },
  };
}

/** The pieces of CheckOptions the settings decide (asOf only when set). */
export function checkOptionsFromSettings(settings: WorkbookSettings): Partial<CheckOptions> {
  const opts: Partial<CheckOptions> = {
    rules: { ...settings.rules },
    roleOverrides: settings.roles,
    gradeThresholds: { ...settings.grades },
  };
  if (settings.asOf && parseIsoDate(settings.asOf)) opts.asOf = settings.asOf;
  if (settings.words.length) opts.vocabulary = withWords(defaultVocabulary(), settings.words);
  if (settings.departments.length) {
    const aliases: Record<string, string> = {};
    for (const d of settings.departments) for (const a of d.aliases) aliases[a] = d.name;
    opts.master = masterFromNames(
      settings.departments.map((d) => d.name),
      aliases,
      "settings",
    );
  }
  return opts;
}
