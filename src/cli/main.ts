// plan-review: checks plan workbooks and writes summaries (exit 0 clean, 1 errors found, 2 could not run).

import { readFile } from "node:fs/promises";
import { checkWorkbook, type WorkbookReport } from "../core/check";
import { reviewYear } from "../core/fiscal";
import { loadWorkbook, workbookSheets } from "../xlsx/read";
import { parseArgs, UsageError, type CliArgs } from "./args";
import { expandPaths } from "./files";
import { formatTable } from "./table";

const HELP = `plan-review — 計画シートの検証と集計

  plan-review check FILES|DIRS... [--as-of YYYY-MM-DD] [--format table|json] [--lang ja|en]
                    [--departments FILE] [--sheet NAME] [--out DIR] [--rule RULE:off|error|warning|info]
  plan-review summary FILES|DIRS... --out summary.xlsx [--as-of YYYY-MM-DD]

Exit code: 0 no errors, 1 errors found, 2 could not run.
`;

function today(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

export interface FileResult {
  file: string;
  report?: WorkbookReport;
  error?: string;
}

async function checkFile(file: string, args: CliArgs, asOf: string): Promise<FileResult> {
  const buffer = await readFile(file);
  const wb = await loadWorkbook(buffer);
  const sheets = workbookSheets(wb)
    .filter((s) => s.state !== "veryHidden")
    .map((s) => s.snapshot);
  const report = checkWorkbook(sheets, { asOf, rules: args.rules as never });
  if (args.sheet) report.sheets = report.sheets.filter((s) => s.name === args.sheet);
  return { file, report };
}

function toJson(asOf: string, results: FileResult[]): unknown {
  const review = reviewYear(asOf);
  return {
    asOf,
    fiscalYear: review.fiscalYear,
    files: results.map((r) => ({
      file: r.file,
      ...(r.error ? { error: r.error } : {}),
      sheets: (r.report?.sheets ?? []).map((s) => ({
        name: s.name,
        layout: s.layout,
        items: s.items.length,
        findings: s.findings.map((f) => ({
          cell: f.cell,
          rule: f.rule,
          severity: f.severity,
          value: f.value,
          ...(f.fix !== undefined ? { fix: f.fix } : {}),
          ...(f.suggestions ? { suggestions: f.suggestions } : {}),
          message: f.message,
          messageEn: f.messageEn,
        })),
        policies: s.policies,
      })),
    })),
  };
}

export async function main(argv: string[]): Promise<number> {
  let args: CliArgs;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`plan-review: ${e.message}\n\n${HELP}`);
      return 2;
    }
    throw e;
  }
  if (args.command === "help") {
    process.stdout.write(HELP);
    return 0;
  }
  if (args.command === "version") {
    process.stdout.write("0.1.0\n");
    return 0;
  }
  const asOf = args.asOf ?? today();
  try {
    reviewYear(asOf);
  } catch {
    process.stderr.write(
      `plan-review: --as-of "${asOf}" is not a date; write it as YYYY-MM-DD (e.g. 2024-03-31)\n`,
    );
    return 2;
  }
  const results: FileResult[] = [];
  const expanded = await expandPaths(args.paths);
  for (const p of expanded.problems) {
    results.push({ file: p.path, error: p.message });
    process.stderr.write(`plan-review: ${p.path}: ${p.message}\n`);
  }
  for (const file of expanded.files) {
    try {
      results.push(await checkFile(file, args, asOf));
    } catch (e) {
      results.push({ file, error: (e as Error).message });
      process.stderr.write(`plan-review: ${file}: ${(e as Error).message}\n`);
    }
  }
  if (args.format === "json") process.stdout.write(JSON.stringify(toJson(asOf, results), null, 2) + "\n");
  else process.stdout.write(formatTable(asOf, results, args.lang, process.stdout.isTTY === true));
  if (results.some((r) => r.error)) return 2;
  return results.some((r) => r.report?.sheets.some((s) => s.findings.some((f) => f.severity === "error")))
    ? 1
    : 0;
}
