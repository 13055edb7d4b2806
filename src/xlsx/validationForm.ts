// A cell's data validation between Office.js's form (what the add-in records and restores) and the file's
// (ExcelJS's model of <dataValidation>), so that both doors record the same thing. Not carried:
// inCellDropDown (ExcelJS drops showDropDown; every list shows its drop-down).

import type ExcelJS from "exceljs";
import type { ValidationForm as ValidationData } from "../core/inputRules";

const KINDS: Record<string, string> = {
  list: "list",
  whole: "wholeNumber",
  decimal: "decimal",
  date: "date",
  time: "time",
  textLength: "textLength",
  custom: "custom",
};
const KINDS_BACK = Object.fromEntries(Object.entries(KINDS).map(([a, b]) => [b, a]));

/** ExcelJS operators ↔ Office.js DataValidationOperator. */
const OPERATORS: Record<string, string> = {
  between: "Between",
  notBetween: "NotBetween",
  equal: "EqualTo",
  notEqual: "NotEqualTo",
  greaterThan: "GreaterThan",
  lessThan: "LessThan",
  greaterThanOrEqual: "GreaterThanOrEqualTo",
  lessThanOrEqual: "LessThanOrEqualTo",
};
const OPERATORS_BACK = Object.fromEntries(Object.entries(OPERATORS).map(([a, b]) => [b, a]));

const STYLES: Record<string, string> = { stop: "Stop", warning: "Warning", information: "Information" };

/** A formula as Office.js gives it: references with "=", a list typed out without its quotes. */
function officeFormula(f: unknown): string | number {
  if (typeof f === "number") return f;
  if (f instanceof Date) return f.toISOString();
  const text = String(f ?? "");
  if (/^".*"$/s.test(text)) return text.slice(1, -1);
  return /^[\d.]+$/.test(text) ? Number(text) : `=${text}`;
}

function fileFormula(f: unknown): string | number {
  if (typeof f === "number") return f;
  const text = String(f ?? "");
  return text.startsWith("=") ? text.slice(1) : `"${text}"`;
}

export function fromFileValidation(dv: ExcelJS.DataValidation): ValidationData | null {
  const kind = KINDS[dv.type];
  if (!kind) return null;
  const formulae = (dv.formulae ?? []) as unknown[];
  let criterion: Record<string, unknown>;
  if (kind === "list") criterion = { inCellDropDown: true, source: officeFormula(formulae[0]) };
  else if (kind === "custom") criterion = { formula: officeFormula(formulae[0]) };
  else
    criterion = {
      formula1: officeFormula(formulae[0]),
      ...(formulae.length > 1 ? { formula2: officeFormula(formulae[1]) } : {}),
      operator: OPERATORS[dv.operator ?? "between"] ?? "Between",
    };
  return {
    rule: { [kind]: criterion },
    errorAlert: {
      message: dv.error ?? "",
      showAlert: Boolean(dv.showErrorMessage),
      style: STYLES[dv.errorStyle ?? "stop"] ?? "Stop",
      title: dv.errorTitle ?? "",
    },
    prompt: {
      message: dv.prompt ?? "",
      showPrompt: Boolean(dv.showInputMessage),
      title: dv.promptTitle ?? "",
    },
    ignoreBlanks: Boolean(dv.allowBlank),
  };
}

export function toFileValidation(v: ValidationData): ExcelJS.DataValidation {
  const [kind, criterion] = Object.entries(v.rule)[0];
  const formulae =
    kind === "list"
      ? [fileFormula(criterion.source)]
      : kind === "custom"
        ? [fileFormula(criterion.formula)]
        : [criterion.formula1, ...(criterion.formula2 !== undefined ? [criterion.formula2] : [])].map(
            fileFormula,
          );
  const style = Object.entries(STYLES).find(([, o]) => o === v.errorAlert.style)?.[0];
  return {
    type: KINDS_BACK[kind] as ExcelJS.DataValidation["type"],
    formulae,
    allowBlank: v.ignoreBlanks,
    ...(kind !== "list" && kind !== "custom"
      ? { operator: OPERATORS_BACK[String(criterion.operator)] as ExcelJS.DataValidationOperator }
      : {}),
    showErrorMessage: v.errorAlert.showAlert,
    ...(style && style !== "stop" ? { errorStyle: style } : {}),
    ...(v.errorAlert.title ? { errorTitle: v.errorAlert.title } : {}),
    ...(v.errorAlert.message ? { error: v.errorAlert.message } : {}),
    showInputMessage: v.prompt.showPrompt,
    ...(v.prompt.title ? { promptTitle: v.prompt.title } : {}),
    ...(v.prompt.message ? { prompt: v.prompt.message } : {}),
  };
}
