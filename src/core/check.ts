// The checker: a sheet snapshot in, findings and per-policy figures out.

import type { DepartmentMaster } from "./departments";
import { splitDepartments } from "./departments";
import { reviewYear, type ReviewYear } from "./fiscal";
import { analyzeSheet } from "./layout/analyze";
import { MASTER_SHEET_NAMES, type SheetModel } from "./layout/model";
import { CheckedFinding } from "./finding";
import { RULES } from "./rules";
import {
  DEFAULT_THRESHOLDS,
  gradeIndicator,
  type GradeThresholds,
  type IndicatorGrade,
} from "./indicators/grade";
import type { Report, Rule, RuleContext } from "./rules/rule";
import { addState, emptyFigures, withRate } from "./summary/figures";
import { itemState, type ItemStateReading } from "./summary/state";
import { editDistance } from "./text/editDistance";
import { cellText, findingValue } from "./text/normalize";
import type {
  ColumnInfo,
  ColumnRole,
  Finding,
  Layout,
  PlanItem,
  PolicyFigures,
  RuleId,
  Severity,
  SheetSnapshot,
} from "./types";
import { defaultVocabulary, withMarks, withWords, type Vocabulary } from "./vocabulary";
import { findLegendSheet, legendSheetMarks } from "./legendSheet";
import { findVocabularySheet, vocabularyFromSheet } from "./vocabularySheet";
import { masterFromRows } from "./departments";

export type RuleSetting = Severity | "off";

export interface CheckOptions {
  /** The review day, YYYY-MM-DD. */
  asOf: string;
  vocabulary?: Vocabulary;
  /** Department master from settings or a file, used when the workbook has no master sheet. */
  master?: DepartmentMaster | null;
  rules?: Partial<Record<RuleId, RuleSetting>>;
  /** Column role overrides per sheet name, by column letter. */
  roleOverrides?: Record<string, Record<string, ColumnRole>>;
  /** The least 達成率 of grades A, B and C (default 100%, 80%, 0%). */
  gradeThresholds?: GradeThresholds;
}

export interface PolicySummary extends PolicyFigures {
  name: string;
}

export interface SheetReport {
  name: string;
  layout: Layout;
  items: PlanItem[];
  findings: Finding[];
  policies: PolicySummary[];
  columns: ColumnInfo[];
  /** Each item's state in the review year (same order as items). */
  states: ItemStateReading[];
  planYears: number[];
  actualYears: number[];
  /** A list of items (取組一覧): checked, left out of the summaries (SheetModel.list). */
  list?: boolean;
  /** The sheet's legend lines (its marks' meanings), where it has any. */
  legends?: string[];
  /** Each indicator of an indicator sheet, graded (docs/indicators.md); absent on other sheets. */
  indicators?: IndicatorGrade[];
}

export interface WorkbookReport {
  asOf: string;
  fiscalYear: number;
  departmentsFrom: string | null;
  /** The master the check used (sheet, settings or file), for summaries per department. */
  master?: DepartmentMaster | null;
  sheets: SheetReport[];
}

/** Finds the master sheet of a workbook (課一覧 …) and reads it. */
export function masterFromSheets(sheets: SheetSnapshot[]): DepartmentMaster | null {
  for (const name of MASTER_SHEET_NAMES) {
    const s = sheets.find((x) => x.name.trim().toLowerCase() === name.toLowerCase());
    if (s && s.values.length > 1) return masterFromRows(s.values, `sheet:${s.name}`);
  }
  return null;
}

/** Without a master: rare names one character away from a more frequent name of the same sheet. */
function nearDuplicates(items: PlanItem[]): Map<string, string> {
  const counts = new Map<string, { name: string; n: number }>();
  for (const item of items) {
    const text = item.department ? cellText(item.department.value) : "";
    if (!text) continue;
    for (const p of splitDepartments(text, null)) {
      const c = counts.get(p.key) ?? { name: p.text, n: 0 };
      c.n++;
      counts.set(p.key, c);
    }
  }
  const out = new Map<string, string>();
  const entries = [...counts];
  for (const [key, { n }] of entries) {
    const more = entries.filter(([k, o]) => o.n > n && k !== key && editDistance(k, key, 1) === 1);
    if (more.length === 1) out.set(key, more[0][1].name);
  }
  return out;
}

function ruleSeverity(rule: Rule, settings: CheckOptions["rules"]): RuleSetting {
  return settings?.[rule.meta.id] ?? rule.meta.severity;
}

/** Rules about a sheet's headers and names, which every layout has. */
const SHEET_RULES_EVERYWHERE: RuleId[] = ["year-ambiguous", "policy-variant"];
/** Rules about indicator values: only where a sheet has indicators with targets. */
const INDICATOR_RULES: RuleId[] = ["indicator-actual-missing", "indicator-unit", "indicator-worse"];

/** Whether a rule looks at a sheet of this kind. */
function applies(id: RuleId, model: SheetModel): boolean {
  if (SHEET_RULES_EVERYWHERE.includes(id)) return true;
  if (INDICATOR_RULES.includes(id)) return model.indicators.length > 0;
  // Matrices and indicator tables hold no statuses; their policies and years still count.
  return model.statusRules;
}

export function checkModel(model: SheetModel, review: ReviewYear, opts: CheckOptions): SheetReport {
  const findings: Finding[] = [];
  const master = opts.master ?? null;
  const near = master ? null : nearDuplicates(model.items);
  const thresholds = opts.gradeThresholds ?? DEFAULT_THRESHOLDS;
  const grades = model.indicators.map((ind) => gradeIndicator(ind, review.fiscalYear, thresholds));
  let itemIndex: number | undefined;
  const active: { rule: Rule; ctx: RuleContext }[] = [];
  for (const rule of RULES) {
    const setting = ruleSeverity(rule, opts.rules);
    if (setting === "off") continue;
    if (!applies(rule.meta.id, model)) continue;
    const ctx: RuleContext = {
      model,
      review,
      grades,
      master,
      nearDuplicates: near,
      report(r: Report) {
        const severity = r.severity && setting === rule.meta.severity ? r.severity : setting;
        const f = new CheckedFinding(
          model.name,
          r.cell.row,
          r.cell.col,
          rule.meta.id,
          severity,
          r.messageId,
          r.data ?? {},
          findingValue(r.cell.value),
        );
        if (r.fix !== undefined) f.fix = r.fix;
        if (r.suggestions?.length) f.suggestions = r.suggestions;
        if (itemIndex !== undefined) f.item = itemIndex;
        findings.push(f);
      },
    };
    active.push({ rule, ctx });
  }
  // Item by item, every rule in turn, then the item's state: what they share about an item
  // (resolved rows, actuals per year) is read once and still at hand for the next rule.
  const itemRules = active.filter((a) => a.rule.check);
  const states: ItemStateReading[] = new Array(model.items.length);
  for (let i = 0; i < model.items.length; i++) {
    const item = model.items[i];
    itemIndex = item.index;
    for (const { rule, ctx } of itemRules) rule.check!(item, ctx);
    states[i] = itemState(item, model, review);
  }
  itemIndex = undefined;
  for (const { rule, ctx } of active) rule.checkSheet?.(ctx);
  return {
    name: model.name,
    layout: model.layout,
    items: model.items,
    findings: tidy(findings),
    policies: policyFigures(model, states),
    columns: model.columns,
    states,
    planYears: model.planYears,
    actualYears: model.actualYears,
    ...(model.list ? { list: true } : {}),
    ...(model.legends.length ? { legends: model.legends } : {}),
    ...(model.layout === "indicators" ? { indicators: grades } : {}),
  };
}

const RULE_ORDER = new Map(RULES.map((r, i) => [r.meta.id, i]));

/**
 * De-duplicate (one finding per cell and rule, the first reported) and sort by position, then rule
 * order. The sort is stable, so after it the first of equal findings is the first reported.
 */
function tidy(findings: Finding[]): Finding[] {
  const keyed = findings.map((f, i) => ({ f, rank: RULE_ORDER.get(f.rule)!, i }));
  keyed.sort((a, b) => a.f.row - b.f.row || a.f.col - b.f.col || a.rank - b.rank || a.i - b.i);
  const out: Finding[] = [];
  let prev: (typeof keyed)[number] | null = null;
  for (const k of keyed) {
    if (prev && prev.f.row === k.f.row && prev.f.col === k.f.col && prev.rank === k.rank) continue;
    out.push(k.f);
    prev = k;
  }
  return out;
}

export function policyName(item: PlanItem): string {
  return item.path[0] ?? "";
}

function policyFigures(model: SheetModel, states: ItemStateReading[]): PolicySummary[] {
  const byPolicy = new Map<string, PolicyFigures>();
  model.items.forEach((item, i) => {
    const name = policyName(item);
    const basis = states[i].basis;
    let f = byPolicy.get(name);
    if (!f) byPolicy.set(name, (f = emptyFigures(basis)));
    addState(f, states[i].state);
  });
  return [...byPolicy].map(([name, f]) => ({ name, ...withRate(f) }));
}

export function checkSheet(snapshot: SheetSnapshot, opts: CheckOptions): SheetReport {
  const review = reviewYear(opts.asOf);
  const vocabulary = opts.vocabulary ?? defaultVocabulary();
  const model = analyzeSheet(snapshot, {
    review,
    vocabulary,
    roleOverrides: opts.roleOverrides?.[snapshot.name],
  });
  return checkModel(model, review, opts);
}

/**
 * Checks every sheet of a workbook. The master comes from a 課一覧 sheet, else from the options;
 * a vocabulary sheet (語彙) adds its words to the options' vocabulary, a legend sheet (凡例) its marks.
 */
export function checkWorkbook(sheets: SheetSnapshot[], opts: CheckOptions): WorkbookReport {
  const review = reviewYear(opts.asOf);
  const master = masterFromSheets(sheets) ?? opts.master ?? null;
  const vocabSheet = findVocabularySheet(sheets);
  const base = opts.vocabulary ?? defaultVocabulary();
  const withSheet = vocabSheet ? withWords(base, vocabularyFromSheet(vocabSheet).words) : base;
  const legendSheet = findLegendSheet(sheets);
  const vocabulary = legendSheet ? withMarks(withSheet, legendSheetMarks(legendSheet, withSheet)) : withSheet;
  const options = { ...opts, master, vocabulary };
  return {
    asOf: review.asOf,
    fiscalYear: review.fiscalYear,
    departmentsFrom: master?.source ?? null,
    master,
    sheets: sheets.map((s) => checkSheet(s, options)),
  };
}
