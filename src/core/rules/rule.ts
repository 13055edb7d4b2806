// The shape of a rule, in the manner of ESLint's rules: a meta and a check that reports.

import type { DepartmentMaster } from "../departments";
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

export interface Rule {
  meta: RuleMeta;
  /** Runs once per item. */
  check?(item: PlanItem, ctx: RuleContext): void;
  /** Runs once per sheet. */
  checkSheet?(ctx: RuleContext): void;
}
