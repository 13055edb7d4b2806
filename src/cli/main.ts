// plan-review: checks plan workbooks and writes summaries (exit 0 clean, 1 errors found, 2 could not run).

import { mkdir, stat } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { basename, dirname, extname, relative, resolve, sep } from "node:path";
import type { CheckOptions } from "../core/check";
import type { DepartmentMaster } from "../core/departments";
import { isoDay, reviewYear } from "../core/fiscal";
import type { Lang } from "../core/messages";
import { RULE_IDS } from "../core/rules";
import { summaryTables } from "../core/summary/build";
import type { SummarySource } from "../core/summary/entries";
import type { WordCategory } from "../core/vocabulary";
import { parseArgs, UsageError, type CliArgs } from "./args";
import type { CheckSettings, FileResult } from "./checkFile";
import { expandPaths } from "./files";
import { InputError } from "./inputError";
import { renderDocument, renderFile, type OutputFormat, type RenderedFile } from "./output";
import { outputNames } from "./outputNames";
import { checkInWorkers, workerScript } from "./pool";
import { progressBar } from "./progress";
import { formatSummaryReport, formatTable } from "./table";

// ExcelJS, and what uses it, is imported only where it is needed (`await import`), so that the main
// thread of a run in worker threads never loads it (pool.ts).

// The demo script drives the bundle through these.
export { formatSummaryReport, formatTable };

const HELP = `plan-review — 計画シートの検証と集計

  plan-review check FILES|DIRS... [--as-of YYYY-MM-DD] [--format table|json] [--lang ja|en]
                    [--departments FILE] [--vocabulary FILE] [--sheet NAME] [--out DIR]
                    [--rule RULE:off|error|warning|info] [--jobs N]
  plan-review summary FILES|DIRS... --out summary.xlsx [--as-of YYYY-MM-DD] [--lang ja|en]
                    [--departments FILE] [--sheet NAME]

Exit code: 0 no errors, 1 errors found, 2 could not run.
`;

export type { FileResult };

export interface RunOptions extends CheckSettings {
  /** check --out: the folder the annotated copies go to. */
  outDir?: string;
  /**
   * Called with each file's result once it is complete; checkFiles keeps what it returns. `check`
   * renders the file's output here and lets the report go, so that memory does not grow with the
   * number of files.
   */
  settle?: (result: FileResult) => FileResult;
}

function warn(file: string, message: string): void {
  process.stderr.write(`plan-review: ${file}: ${message}\n`);
}

/** Checks each file (each with its own review day); writes the annotated copies when asked. */
export async function checkFiles(
  files: { path: string; asOf?: string }[],
  opts: RunOptions,
): Promise<FileResult[]> {
  const { checkFile: checkOne } = await import("./checkFile");
  const results: FileResult[] = [];
  const outs = opts.outDir
    ? outputNames(
        opts.outDir,
        files.map((f) => f.path),
      )
    : [];
  if (opts.outDir) await mkdir(opts.outDir, { recursive: true });
  const progress = progressBar(files.length, process.stderr);
  for (const [i, { path: file, asOf }] of files.entries()) {
    progress.step(basename(file));
    const result = await checkOne(file, asOf, opts, outs[i]);
    results.push(opts.settle ? opts.settle(result) : result);
  }
  progress.done();
  for (const r of results) if (r.error) warn(r.file, r.error);
  return results;
}

/** Relative link target from the summary workbook to an input, with forward slashes. */
function linkFrom(out: string): (file: string) => string {
  return (file) =>
    relative(dirname(resolve(out)), resolve(file))
      .split(sep)
      .join("/");
}

/** The summary workbook over every file that could be checked. */
export async function writeSummary(
  results: FileResult[],
  out: string,
  lang: Lang,
  inputs: string[],
): Promise<void> {
  await mkdir(dirname(resolve(out)), { recursive: true });
  const sources: SummarySource[] = results
    .filter((r) => r.report)
    .map((r) => ({ file: r.file, report: r.report!, master: r.master ?? null }));
  const { writeSummaryWorkbook } = await import("../xlsx/writeWorkbook");
  // Links go to the annotated copies where they were written (they sit beside the summary), else to the inputs.
  const copies = new Map(results.filter((r) => r.written).map((r) => [r.file, r.written!]));
  const target = linkFrom(out);
  await writeSummaryWorkbook(summaryTables(sources, { lang, perFile: true }), out, inputs, {
    lang,
    fileTarget: (file) => target(copies.get(file) ?? file),
  });
}

function exitCode(results: FileResult[], problems: number): number {
  if (problems > 0 || results.some((r) => r.error)) return 2;
  return results.some((r) => r.report?.sheets.some((s) => s.findings.some((f) => f.severity === "error")))
    ? 1
    : 0;
}

const SETTINGS = ["off", "error", "warning", "info"];

/** A --rule that names no rule or no setting, said plainly; null when all are fine. */
function ruleProblem(rules: Record<string, string>): string | null {
  for (const [id, setting] of Object.entries(rules)) {
    if (!RULE_IDS.includes(id as (typeof RULE_IDS)[number]))
      return `--rule ${id}: no such rule (rules: ${RULE_IDS.join(", ")})`;
    if (!SETTINGS.includes(setting)) return `--rule ${id}:${setting}: use off, error, warning or info`;
  }
  return null;
}

function fail(message: string): number {
  process.stderr.write(`plan-review: ${message}\n`);
  return 2;
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
  const lang = args.lang;
  const asOf = args.asOf ?? isoDay();
  try {
    reviewYear(asOf);
  } catch {
    return fail(
      lang === "ja"
        ? `--as-of「${asOf}」は日付ではありません — YYYY-MM-DD の形で指定してください（例: 2024-03-31）`
        : `--as-of "${asOf}" is not a date; write it as YYYY-MM-DD (e.g. 2024-03-31)`,
    );
  }
  const badRule = ruleProblem(args.rules);
  if (badRule) return fail(badRule);

  let master: DepartmentMaster | null = null;
  if (args.departments) {
    try {
      master = await (await import("./departments")).loadDepartmentFile(args.departments, lang);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      return fail(`${args.departments}: ${e.message}`);
    }
  }

  let words: { word: string; category: WordCategory }[] = [];
  if (args.vocabulary) {
    try {
      words = await (await import("./vocabulary")).loadVocabularyFile(args.vocabulary, lang);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      return fail(`${args.vocabulary}: ${e.message}`);
    }
  }

  const out = args.out;
  if (args.command === "summary") {
    if (!out || extname(out).toLowerCase() !== ".xlsx")
      return fail(
        lang === "ja"
          ? "summary には --out で書き出すファイル（summary.xlsx など）を指定してください"
          : "summary needs --out FILE.xlsx, the workbook to write",
      );
  } else if (out) {
    if (extname(out).toLowerCase() === ".xlsx" || (await stat(out).catch(() => null))?.isFile())
      return fail(
        lang === "ja"
          ? `--out ${out}: check の --out には出力フォルダを指定してください（ファイルごとに NAME.checked.xlsx を書き出します）`
          : `--out ${out}: check writes NAME.checked.xlsx per input into a folder; give a folder`,
      );
  }

  const expanded = await expandPaths(args.paths, lang);
  for (const p of expanded.problems) warn(p.path, p.message);
  let files = expanded.files;
  if (args.command === "summary" && out) {
    // A summary written into a folder it summarises is not an input the next time round.
    const target = resolve(out);
    files = files.filter((f) => f.named || resolve(f.path) !== target);
  }
  const inputs = files.map((f) => f.path);
  if (out && args.command === "check") {
    try {
      await mkdir(out, { recursive: true });
    } catch (e) {
      return fail(`--out ${out}: ${(e as Error).message}`);
    }
  }

  const run: RunOptions = {
    lang,
    defaultAsOf: asOf,
    rules: args.rules as CheckOptions["rules"],
    sheet: args.sheet,
    master,
    words,
    inputs,
  };
  const problems = expanded.problems.map((p): FileResult => ({ file: p.path, error: p.message }));

  if (args.command === "summary") {
    const results = await checkFiles(
      files.map((f) => ({ path: f.path, asOf: args.asOf })),
      run,
    );
    try {
      await writeSummary(results, out!, lang, inputs);
    } catch (e) {
      const { OutputError } = await import("../xlsx/writeWorkbook");
      return fail(e instanceof OutputError ? e.message : `${out}: ${(e as Error).message}`);
    }
    process.stdout.write(formatSummaryReport([...problems, ...results], out!, lang));
    return exitCode(results, problems.length);
  }

  // Each file's output is rendered as soon as it is checked, and its report let go.
  const format: OutputFormat = { format: args.format, asOf, lang, color: process.stdout.isTTY === true };
  const jobs = files.map((f) => ({ path: f.path, asOf: args.asOf }));
  const rendered = problems.map((p) => renderFile(p, format));
  const workers = Math.min(args.jobs ?? availableParallelism(), files.length);
  const script = workers > 1 ? workerScript() : null;
  if (script) rendered.push(...(await checkParallel(script, jobs, workers, run, out, format)));
  else
    await checkFiles(jobs, {
      ...run,
      outDir: out,
      settle: (r) => {
        rendered.push(renderFile(r, format));
        return { file: r.file, ...(r.error ? { error: r.error } : {}) };
      },
    });
  process.stdout.write(renderDocument(rendered, format));
  if (rendered.some((r) => r.failed)) return 2;
  return rendered.some((r) => r.counts.error > 0) ? 1 : 0;
}

/**
 * check over several files in worker threads: the same output, progress and messages as checkFiles
 * with a `settle` that renders, in input order.
 */
async function checkParallel(
  script: string,
  files: { path: string; asOf?: string }[],
  workers: number,
  settings: CheckSettings,
  outDir: string | undefined,
  format: OutputFormat,
): Promise<RenderedFile[]> {
  const outs = outDir
    ? outputNames(
        outDir,
        files.map((f) => f.path),
      )
    : [];
  const progress = progressBar(files.length, process.stderr);
  const results = await checkInWorkers(
    script,
    settings,
    format,
    files.map((f, i) => ({ ...f, ...(outDir ? { out: outs[i] } : {}) })),
    workers,
    (job) => progress.step(basename(job.path)),
  );
  progress.done();
  results.forEach((r, i) => {
    if (r.error) warn(files[i].path, r.error);
  });
  return results.map((r) => r.rendered);
}
