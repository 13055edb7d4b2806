// The add-in's state, kept in a very hidden worksheet as plain text cells so that Office.js and
// ExcelJS both read and write it: the settings, the original fill of every highlighted cell,
// the last fix (for "revert last fix"), and the summary sheets the add-in created.
// One record per row; column A names the record. Rows that do not parse are skipped with a reason.

import { parseAddress } from "./address";
import type { RuleSetting } from "./check";
import { parseIsoDate } from "./fiscal";
import { DEFAULT_THRESHOLDS, validThresholds } from "./indicators/grade";
import { RULE_IDS } from "./rules";
import type { Message } from "./rules/rule";
import { defaultSettings, type WorkbookSettings } from "./settings";
import { cellText } from "./text/normalize";
import { COLUMN_ROLES, type CellValue, type ColumnRole, type RuleId } from "./types";
import type { WordCategory } from "./vocabulary";

export const STATE_SHEET_NAME = "PlanReview_State";
export const STATE_FORMAT = "plan-review-state";
export const STATE_VERSION = "1";

/** A cell's fill, named as in the Excel API: pattern "None" is no fill. */
export interface FillState {
  pattern: string;
  color: string;
  patternColor?: string;
}

export interface HighlightRecord {
  sheet: string;
  cell: string;
  /** The fill the cell had before the add-in coloured it. */
  original: FillState;
  /** The colour the add-in gave it ("#RRGGBB"). */
  applied: string;
}

/** One cell of the last fix: enough to put the old value back. */
export interface FixRecord {
  sheet: string;
  cell: string;
  oldValue: string | number | boolean | null;
  newValue: string;
  /** The cell's number format before the fix, when the fix changed it to text ("@"). */
  oldNumberFormat?: string;
}

export interface AddinState {
  settings: WorkbookSettings;
  highlights: HighlightRecord[];
  lastFix: FixRecord[];
  /** Sheets the add-in created (summary sheets), by name. */
  createdSheets: string[];
}

export interface StateProblem {
  /** 1-based row of the state sheet. */
  row: number;
  reason: Message;
}

export function emptyState(): AddinState {
  return { settings: defaultSettings(), highlights: [], lastFix: [], createdSheets: [] };
}

const CATEGORIES: WordCategory[] = ["plan", "doing", "done", "notDone"];
const SETTINGS: RuleSetting[] = ["error", "warning", "info", "off"];
const ROLES = COLUMN_ROLES;
const COLOR = /^#[0-9A-F]{6}$/;

function encodeValue(v: string | number | boolean | null): [string, string] {
  if (v === null) return ["", "empty"];
  return [String(v), typeof v === "string" ? "text" : typeof v];
}

function decodeValue(text: string, type: string): string | number | boolean | null | undefined {
  if (type === "empty") return null;
  if (type === "text" || type === "") return text;
  if (type === "number")
    return text.trim() !== "" && Number.isFinite(Number(text)) ? Number(text) : undefined;
  if (type === "boolean") return text === "true" ? true : text === "false" ? false : undefined;
  return undefined;
}

/** The state as rows of text cells (the first row marks the sheet and its format version). */
export function stateToRows(state: AddinState): string[][] {
  const s = state.settings;
  const rows: string[][] = [[STATE_FORMAT, STATE_VERSION]];
  if (s.asOf) rows.push(["asOf", s.asOf]);
  rows.push(["live", s.live ? "on" : "off"]);
  for (const d of s.departments) rows.push(["department", d.name, ...d.aliases]);
  for (const w of s.words) rows.push(["word", w.word, w.category]);
  for (const [id, setting] of Object.entries(s.rules)) rows.push(["rule", id, setting as string]);
  // Grade thresholds as whole percents (100, 80, 0), written only when they differ from the defaults.
  const g = s.grades;
  if (g.a !== DEFAULT_THRESHOLDS.a || g.b !== DEFAULT_THRESHOLDS.b || g.c !== DEFAULT_THRESHOLDS.c)
    rows.push(["grades", ...[g.a, g.b, g.c].map((t) => String(Math.round(t * 1e6) / 1e4))]);
  for (const [sheet, cols] of Object.entries(s.roles))
    for (const [col, role] of Object.entries(cols)) rows.push(["role", sheet, col, role]);
  for (const h of state.highlights)
    rows.push([
      "fill",
      h.sheet,
      h.cell,
      h.original.pattern,
      h.original.color,
      h.original.patternColor ?? "",
      h.applied,
    ]);
  for (const f of state.lastFix)
    rows.push(["fix", f.sheet, f.cell, ...encodeValue(f.oldValue), f.newValue, f.oldNumberFormat ?? ""]);
  for (const name of state.createdSheets) rows.push(["sheet", name]);
  return rows;
}

const msg = (ja: string, en: string): Message => ({ ja, en });

/** Reads the state sheet's cells back; hand-edited rows that do not parse are skipped with a reason. */
export function stateFromRows(rows: CellValue[][]): { state: AddinState; problems: StateProblem[] } {
  const state = emptyState();
  const problems: StateProblem[] = [];
  const s = state.settings;
  rows.forEach((raw, i) => {
    const row = i + 1;
    const c = raw.map((v) => cellText(v));
    const kind = c[0] ?? "";
    const bad = (ja: string, en: string) => problems.push({ row, reason: msg(ja, en) });
    if (kind === "" || (i === 0 && kind === STATE_FORMAT)) return;
    switch (kind) {
      case "asOf":
        if (parseIsoDate(c[1] ?? "")) s.asOf = c[1];
        else
          bad(
            `基準日「${c[1] ?? ""}」は日付（YYYY-MM-DD）ではありません`,
            `as-of "${c[1] ?? ""}" is not a date (YYYY-MM-DD)`,
          );
        return;
      case "live":
        if (c[1] === "on" || c[1] === "off") s.live = c[1] === "on";
        else bad(`live は on か off です`, `live must be on or off`);
        return;
      case "department":
        if (c[1]) s.departments.push({ name: c[1], aliases: c.slice(2).filter(Boolean) });
        else bad("課名が空です", "the department name is empty");
        return;
      case "word":
        if (!c[1]) bad("語が空です", "the word is empty");
        else if (!CATEGORIES.includes(c[2] as WordCategory))
          bad(
            `区分「${c[2] ?? ""}」は ${CATEGORIES.join(", ")} のどれでもありません`,
            `category "${c[2] ?? ""}" is not one of ${CATEGORIES.join(", ")}`,
          );
        else s.words.push({ word: c[1], category: c[2] as WordCategory });
        return;
      case "rule":
        if (!RULE_IDS.includes(c[1] as RuleId))
          bad(`ルール「${c[1] ?? ""}」はありません`, `no rule "${c[1] ?? ""}"`);
        else if (!SETTINGS.includes(c[2] as RuleSetting))
          bad(
            `ルールの設定「${c[2] ?? ""}」は ${SETTINGS.join(", ")} のどれでもありません`,
            `rule setting "${c[2] ?? ""}" is not one of ${SETTINGS.join(", ")}`,
          );
        else s.rules[c[1] as RuleId] = c[2] as RuleSetting;
        return;
      case "grades": {
        const t = c.slice(1, 4).map((x) => (x.trim() === "" ? NaN : Number(x) / 100));
        const grades = { a: t[0], b: t[1], c: t[2] };
        if (t.length === 3 && validThresholds(grades)) s.grades = grades;
        else
          bad(
            "評価の基準（A・B・Cの達成率%）は3つの数で、A ≥ B ≥ C です",
            "the grade thresholds (achievement % of A, B, C) are three numbers with A ≥ B ≥ C",
          );
        return;
      }
      case "role": {
        const [, sheet, col, role] = c;
        if (!sheet || !/^[A-Z]{1,3}$/.test(col ?? ""))
          bad("シート名か列が正しくありません", "the sheet name or column is not valid");
        else if (!ROLES.includes(role as ColumnRole))
          bad(`列の役割「${role ?? ""}」はありません`, `no column role "${role ?? ""}"`);
        else (s.roles[sheet] ??= {})[col] = role as ColumnRole;
        return;
      }
      case "fill": {
        const [, sheet, cell, pattern, color, patternColor, applied] = c;
        if (!sheet || !parseAddress(cell ?? ""))
          bad("シート名かセル番地が正しくありません", "the sheet name or cell address is not valid");
        else if (!pattern || !COLOR.test(color ?? "") || !COLOR.test(applied ?? ""))
          bad("塗りつぶしの記録が正しくありません", "the fill record is not valid");
        else
          state.highlights.push({
            sheet,
            cell,
            original: { pattern, color, ...(patternColor ? { patternColor } : {}) },
            applied,
          });
        return;
      }
      case "fix": {
        const [, sheet, cell, oldText, oldType, newValue, oldNumberFormat] = c;
        const oldValue = decodeValue(oldText ?? "", oldType ?? "");
        if (!sheet || !parseAddress(cell ?? "") || oldValue === undefined)
          bad("修正の記録が正しくありません", "the fix record is not valid");
        else
          state.lastFix.push({
            sheet,
            cell,
            oldValue,
            newValue: newValue ?? "",
            ...(oldNumberFormat ? { oldNumberFormat } : {}),
          });
        return;
      }
      case "sheet":
        if (c[1]) state.createdSheets.push(c[1]);
        return;
    }
    bad(`不明な記録「${kind}」`, `unknown record "${kind}"`);
  });
  return { state, problems };
}
