// The shape of a rule, in the manner of ESLint's rules: a meta and a check that reports.

import type { DepartmentMaster } from "../departments";
import type { DiffItem } from "../diff/items";
import type { ReviewYear } from "../fiscal";
import type { IndicatorGrade } from "../indicators/grade";
import type { SheetModel } from "../layout/model";
import type { CellRef, PlanItem, RuleId, Severity } from "../types";

export interface Message {
  ja: string;
  en: string;
}

export interface RuleMeta {
  id: RuleId;
  severity: Severity;
  fixable: boolean;
  description: Message;
  /** Message templates keyed by message id; {name} is filled from the report's data. */
  messages: Record<string, Message>;
}

export interface Report {
  cell: CellRef;
  messageId: string;
  data?: Record<string, string | number>;
  fix?: string;
  suggestions?: string[];
  /** Overrides the rule's severity for this report (inferred department names are warnings). */
  severity?: Severity;
}

export interface RuleContext {
  model: SheetModel;
  review: ReviewYear;
  /** The sheet's indicators, graded (empty on sheets without an indicator table). */
  grades: IndicatorGrade[];
  master: DepartmentMaster | null;
  /** Without a master: rare names of the sheet → the more frequent name one character away. */
  nearDuplicates: Map<string, string> | null;
  report(r: Report): void;
}

/** An item of last year's workbook and its partner in this year's; one of them null when unpaired. */
export interface ItemPair {
  last: DiffItem | null;
  this: DiffItem | null;
}

export interface DiffReport extends Report {
  /** The cell is in last year's workbook (an item that is gone); else in this year's. */
  inLast?: boolean;
  /** The cell of last year's workbook the reported one was compared with. */
  last?: CellRef;
}

export interface DiffContext {
  /** A year that had ended as of last year's workbook's review day: what it says of it is history. */
  closedInLast(year: number): boolean;
  report(r: DiffReport): void;
}

export interface Rule {
  meta: RuleMeta;
  /** Runs once per item. */
  check?(item: PlanItem, ctx: RuleContext): void;
  /** Runs once per sheet. */
  checkSheet?(ctx: RuleContext): void;
  /** Comparison rules (前年度比較): runs once per item of either year, paired or not. */
  compare?(pair: ItemPair, ctx: DiffContext): void;
}
