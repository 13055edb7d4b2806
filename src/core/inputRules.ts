// Input rules (入力規則): which cells get a drop-down list and what each list offers, decided once here for
// both doors. A status cell of the schedule and actual columns offers its sheet's words, legend marks and
// continuation marks; a department cell offers the master's names (only when the workbook has a master).
// A cell whose value is not in its list is left as it is, and named.

import type { WorkbookReport } from "./check";
import type { Lang } from "./messages";
import type { Message } from "./rules/rule";
import { cellText } from "./text/normalize";
import type { CellRef, StatusCell } from "./types";
import { defaultVocabulary } from "./vocabulary";

/** Prefix of every name the add-in gives its lists (workbook-scope names). */
export const LIST_NAME_PREFIX = "PlanReview_";
export const DEPARTMENT_LIST = `${LIST_NAME_PREFIX}Departments`;
const STATUS_LIST = `${LIST_NAME_PREFIX}Status`;

/** Continuation marks offered on every sheet (a sheet's own forms, such as ━━⇒, are added). */
export const CONTINUATION_MARKS = ["⇒", "→", "〃", "同上"];

/**
 * A cell's data validation as the Excel JavaScript API gives it (Range.dataValidation, ExcelApi 1.8): one criterion
 * ({ list: { inCellDropDown, source } }, { wholeNumber: { formula1, operator } } …), the error alert, the
 * input prompt, ignoreBlanks. Recorded as JSON in the state sheet, put back as it was.
 */
export interface ValidationForm {
  rule: Record<string, Record<string, unknown>>;
  errorAlert: { message: string; showAlert: boolean; style: string; title: string };
  prompt: { message: string; showPrompt: boolean; title: string };
  ignoreBlanks: boolean;
}

const TITLE: Message = { ja: "計画レビュー", en: "Plan Review" };

const ALERT: Record<RuleCell["kind"], Message> = {
  status: {
    ja: "このシートの状況の語・記号の一覧にない値です。このまま入力するときは［はい］を選んでください。",
    en: "This value is not one of the sheet's status words or marks. Choose Yes to keep it anyway.",
  },
  department: {
    ja: "課一覧にない課名です。このまま入力するときは［はい］を選んでください。",
    en: "This name is not in the department list. Choose Yes to keep it anyway.",
  },
};

/**
 * The rule the add-in puts on a cell of a list: style "Warning" (a person can still keep a deliberate
 * exception), no input prompt, blanks allowed.
 */
export function ruleFor(list: string, lang: Lang): ValidationForm {
  const kind = list === DEPARTMENT_LIST ? "department" : "status";
  return {
    rule: { list: { inCellDropDown: true, source: `=${list}` } },
    errorAlert: { showAlert: true, style: "Warning", title: TITLE[lang], message: ALERT[kind][lang] },
    prompt: { showPrompt: false, title: "", message: "" },
    ignoreBlanks: true,
  };
}

/** Whether a cell's validation is still the add-in's rule for `list`. */
export function isOurs(v: { rule: { list?: { source?: unknown } } } | null, list: string): boolean {
  return v?.rule.list?.source === `=${list}`;
}

export interface RuleCell {
  sheet: string;
  cell: string;
  row: number;
  col: number;
  /** The list the cell offers (a name of InputRulesPlan.lists). */
  list: string;
  kind: "status" | "department";
}

export interface LeftCell {
  sheet: string;
  cell: string;
  value: string;
  kind: "status" | "department";
}

export interface InputRulesPlan {
  /** Lists by name; status lists one per sheet, in the order of the sheets. */
  lists: Map<string, string[]>;
  /** Cells to guard. */
  cells: RuleCell[];
  /** Cells whose value is not in their list: left as they are. */
  left: LeftCell[];
}

/** Layouts whose items hold status cells (matrices and indicator tables hold none). */
const STATUS_LAYOUTS = new Set(["table", "results", "cards"]);

const unique = (list: string[]) => [...new Set(list.filter((v) => v !== ""))];

/**
 * The plan for the named sheets of a report. `statusName` gives the list name of a sheet's status list
 * (the caller keeps names stable across runs); by default PlanReview_Status1, 2 … in sheet order.
 */
export function inputRulesPlan(
  report: WorkbookReport,
  sheets: Set<string>,
  statusName: (sheet: string, index: number) => string = (_s, i) => `${STATUS_LIST}${i + 1}`,
): InputRulesPlan {
  const lists = new Map<string, string[]>();
  const cells: RuleCell[] = [];
  const left: LeftCell[] = [];
  const master = report.master?.names.length ? report.master : null;
  const seen = new Set<string>();
  const take = (sheet: string, ref: CellRef, list: string, kind: RuleCell["kind"], allowed: Set<string>) => {
    const key = `${sheet}!${ref.address}`;
    if (seen.has(key)) return;
    seen.add(key);
    const value = cellText(ref.value);
    // Excel's list compares the text as it is: a value is in the list only when written exactly so.
    if (value === "" || allowed.has(value))
      cells.push({ sheet, cell: ref.address, row: ref.row, col: ref.col, list, kind });
    else left.push({ sheet, cell: ref.address, value, kind });
  };
  const targets = report.sheets.filter((s) => sheets.has(s.name) && STATUS_LAYOUTS.has(s.layout) && !s.list);
  targets.forEach((s, i) => {
    const status: StatusCell[] = s.items.flatMap((item) => [
      ...item.schedule.map((x) => x.cell),
      ...item.actuals.map((x) => x.cell),
    ]);
    const own = status.filter((c) => !c.merged);
    if (own.length === 0) return;
    const vocab = s.vocabulary ?? defaultVocabulary();
    // The sheet's own continuation and dash forms (━━⇒, ―) are as valid in it as the shared ones.
    const sheetForms = own
      .filter((c) => c.kind === "continue" || (c.kind === "empty" && cellText(c.value) !== ""))
      .map((c) => cellText(c.value));
    const marks = [...vocab.marks].filter(([, cat]) => cat !== "actor").map(([m]) => m);
    const values = unique([...vocab.words.keys(), ...marks, ...CONTINUATION_MARKS, ...sheetForms]);
    const name = statusName(s.name, i);
    lists.set(name, values);
    const allowed = new Set(values);
    for (const c of own) take(s.name, c, name, "status", allowed);
  });
  if (master) {
    const names = unique(master.names);
    const allowed = new Set(names);
    let used = false;
    for (const s of targets)
      for (const item of s.items)
        if (item.department) {
          used = true;
          take(s.name, item.department, DEPARTMENT_LIST, "department", allowed);
        }
    if (used) lists.set(DEPARTMENT_LIST, names);
  }
  return { lists, cells, left };
}
