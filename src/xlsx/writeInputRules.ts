// Input rules in the annotated copy (check --out --guard): the same lists, names, rules and records the
// add-in writes, so that the copy opened in Excel offers the drop-downs and the add-in can clear them.

import type ExcelJS from "exceljs";
import type { WorkbookReport } from "../core/check";
import { inputRulesPlan, isOurs, LIST_NAME_PREFIX, ruleFor, type LeftCell } from "../core/inputRules";
import type { Lang } from "../core/messages";
import {
  listRows,
  STATE_SHEET_NAME,
  stateFromRows,
  stateToRows,
  type AddinState,
  type GuardRecord,
} from "../core/state";
import type { CellValue } from "../core/types";
import { toCellValue } from "./read";
import { fromFileValidation, toFileValidation } from "./validationForm";

export interface GuardResult {
  guarded: number;
  left: LeftCell[];
}

type Validations = { model: Record<string, ExcelJS.DataValidation | undefined> };

const validationsOf = (ws: ExcelJS.Worksheet) =>
  (ws as unknown as { dataValidations: Validations }).dataValidations;

function stateOf(ws: ExcelJS.Worksheet | undefined): AddinState {
  const rows: CellValue[][] = [];
  ws?.eachRow({ includeEmpty: true }, (row, r) => {
    const out: CellValue[] = [];
    row.eachCell({ includeEmpty: true }, (cell, c) => (out[c - 1] = toCellValue(cell.value)));
    rows[r - 1] = Array.from(out, (v) => v ?? null);
  });
  return stateFromRows(Array.from(rows, (r) => r ?? [])).state;
}

/** Puts the input rules on every checked sheet of the copy; returns the cells guarded and those left. */
export function guardCopy(wb: ExcelJS.Workbook, report: WorkbookReport, lang: Lang): GuardResult {
  const old = wb.getWorksheet(STATE_SHEET_NAME);
  const state = stateOf(old);
  const plan = inputRulesPlan(report, new Set(report.sheets.map((s) => s.name)));
  const prev = new Map(state.guards.map((g) => [`${g.sheet}!${g.cell}`, g]));
  const guards: GuardRecord[] = [];
  for (const c of plan.cells) {
    const ws = wb.getWorksheet(c.sheet);
    if (!ws) continue;
    const dvs = validationsOf(ws);
    const file = dvs.model[c.cell];
    const now = file ? fromFileValidation(file) : null;
    const before = prev.get(`${c.sheet}!${c.cell}`);
    const original = before && isOurs(now, before.list) ? before.original : now ? JSON.stringify(now) : "";
    guards.push({ sheet: c.sheet, cell: c.cell, list: c.list, original });
    dvs.model[c.cell] = toFileValidation(ruleFor(c.list, lang));
  }
  const lists = [...plan.lists].map(([name, values]) => ({ name, values }));
  const next: AddinState = { ...state, lists, guards };
  writeState(wb, old, next);
  // The names: the add-in's earlier ones replaced by the lists' cells now.
  const names = wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] };
  names.model = names.model.filter((n) => !n.name.startsWith(LIST_NAME_PREFIX));
  for (const [name, at] of listRows(next))
    wb.definedNames.add(`'${STATE_SHEET_NAME}'!$C$${at.first}:$C$${at.last}`, name);
  return { guarded: guards.length, left: plan.left };
}

/** The state sheet written anew, very hidden, every cell text ("@"): the add-in reads the same rows. */
function writeState(wb: ExcelJS.Workbook, old: ExcelJS.Worksheet | undefined, state: AddinState): void {
  if (old) wb.removeWorksheet(old.id);
  const ws = wb.addWorksheet(STATE_SHEET_NAME, { state: "veryHidden" });
  stateToRows(state).forEach((row, r) =>
    row.forEach((text, c) => {
      const cell = ws.getCell(r + 1, c + 1);
      cell.numFmt = "@";
      cell.value = text;
    }),
  );
}
