// Table-driven rule tests in the manner of ESLint's RuleTester: each case is a small real workbook.

import { columnLetter } from "../../../src/core/address";
import type { CheckOptions } from "../../../src/core/check";
import { RULES } from "../../../src/core/rules";
import type { Finding, RuleId, Severity } from "../../../src/core/types";
import { checkBuilt, type CellInput, type SheetSpec } from "../../helpers/workbook";

export interface RuleCase {
  /** Shown as the test's title. */
  name: string;
  /** The plan sheet's rows from A1, header included. */
  rows: CellInput[][];
  merges?: string[];
  /** The review day (default 2014-03-31: FY2013, closed). */
  asOf?: string;
  /** Other sheets of the workbook (課一覧 …). */
  sheets?: SheetSpec[];
  options?: Partial<CheckOptions>;
}

export interface ExpectedFinding {
  cell: string;
  value: string | number | boolean | null;
  /** The whole corrected value; omitted means the finding must carry no fix. */
  fix?: string;
  /** Checked only when given: the whole list. */
  suggestions?: string[];
  /** Checked only when given: the list starts with these (the nearest words come first). */
  firstSuggestions?: string[];
  /** Defaults to the rule's own severity. */
  severity?: Severity;
  /** Checked only when given. */
  messageId?: string;
}

export interface InvalidCase extends RuleCase {
  findings: ExpectedFinding[];
}

export const PLAN_SHEET = "計画";
export const DEFAULT_AS_OF = "2014-03-31";

/** The findings one rule gives on the plan sheet of a case's workbook. */
export async function findingsOf(rule: RuleId, c: RuleCase): Promise<Finding[]> {
  const report = await checkBuilt(
    [{ name: PLAN_SHEET, rows: c.rows, merges: c.merges }, ...(c.sheets ?? [])],
    {
      asOf: c.asOf ?? DEFAULT_AS_OF,
      ...c.options,
    },
  );
  const sheet = report.sheets.find((s) => s.name === PLAN_SHEET)!;
  return sheet.findings.filter((f) => f.rule === rule);
}

export function ruleTester(rule: RuleId, cases: { valid: RuleCase[]; invalid: InvalidCase[] }): void {
  const meta = RULES.find((r) => r.meta.id === rule)!.meta;
  describe(rule, () => {
    if (cases.valid.length > 0) {
      describe("valid", () => {
        test.each(cases.valid.map((c) => [c.name, c] as const))("%s", async (_name, c) => {
          expect(await findingsOf(rule, c)).toEqual([]);
        });
      });
    }
    describe("invalid", () => {
      test.each(cases.invalid.map((c) => [c.name, c] as const))("%s", async (_name, c) => {
        const got = await findingsOf(rule, c);
        const picked = got.map((f, i) => {
          const want = c.findings[i];
          return {
            cell: f.cell,
            value: f.value,
            fix: f.fix,
            severity: f.severity,
            ...(want?.suggestions ? { suggestions: f.suggestions ?? [] } : {}),
            ...(want?.firstSuggestions
              ? { firstSuggestions: (f.suggestions ?? []).slice(0, want.firstSuggestions.length) }
              : {}),
            ...(want?.messageId ? { messageId: f.messageId } : {}),
          };
        });
        expect(picked).toEqual(
          c.findings.map((w) => ({ ...w, fix: w.fix, severity: w.severity ?? meta.severity })),
        );
        for (const f of got) {
          // Every finding speaks both languages.
          expect(f.message).not.toBe("");
          expect(f.messageEn).not.toBe("");
          expect(f.message).not.toMatch(/\{\w+\}/);
        }
      });
    });
  });
}

/** A one-table plan: 取組 | 担当課 | one column per year header, one row per schedule. */
export function planTable(years: string[], ...rows: CellInput[][]): CellInput[][] {
  return [["取組", "担当課", ...years], ...rows.map((cells, i) => [`取組${i + 1}`, "協働推進課", ...cells])];
}

/** The plan H24..H27 (FY2012..2015) with one item whose statuses are given. */
export function schedule(...statuses: CellInput[]): CellInput[][] {
  return planTable(["H24", "H25", "H26", "H27"], statuses);
}

/** Per-year plan and actual columns: H24 計画 | H24 実績 | H25 計画 | H25 実績 … (header on two rows). */
export function planActual(
  years: string[],
  ...rows: { plan: CellInput[]; actual: CellInput[]; department?: CellInput }[]
): { rows: CellInput[][]; merges: string[] } {
  const top: CellInput[] = ["取組", "担当課"];
  const sub: CellInput[] = [null, null];
  const merges = ["A1:A2", "B1:B2"];
  years.forEach((y, i) => {
    top.push(y, null);
    sub.push("計画", "実績");
    const c = 3 + i * 2;
    merges.push(`${columnLetter(c)}1:${columnLetter(c + 1)}1`);
  });
  const body = rows.map((r, i) => {
    const cells: CellInput[] = [`取組${i + 1}`, r.department === undefined ? "協働推進課" : r.department];
    years.forEach((_, y) => cells.push(r.plan[y] ?? null, r.actual[y] ?? null));
    return cells;
  });
  return { rows: [top, sub, ...body], merges };
}
