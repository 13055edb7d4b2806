// plan-review: checks plan workbooks, writes summaries and compares two years' workbooks (check and
// diff: 0 no error finding, 1 error findings, 2 could not run; summary: 0 written, 2 could not run).

import { mkdir, stat } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { basename } from "node:path";
import type { CheckOptions } from "../core/check";
import type { DepartmentMaster } from "../core/departments";
import { isoDay } from "../core/fiscal";
import type { WordCategory } from "../core/vocabulary";
import { parseArgs, UsageError, type Parsed } from "./args";
import type { CheckSettings, FileResult } from "./checkFile";
import { expandPaths } from "./files";
import { InputError } from "./inputError";
import { renderDocument, renderFile, type OutputFormat, type RenderedFile } from "./output";
import { copyTargetsProblem, summaryTargetProblem } from "./outputGuard";
import { outputNames } from "./outputNames";
import { writeFailure } from "./writeFailure";
import { checkInWorkers, workerMissing, workerScript } from "./pool";
import { progressBar } from "./progress";
import { checkFiles, writeSummary, type RunOptions } from "./runFiles";
import { formatSummaryReport } from "./table";

// ExcelJS, and what uses it, is imported only where it is needed (`await import`), so that the main
// thread of a run in worker threads never loads it (pool.ts).

// The demo script drives the bundle through these.
export { demo } from "./demo";
export { checkFiles, writeSummary, type RunOptions } from "./runFiles";

export type { FileResult };

function fail(message: string): number {
  process.stderr.write(`plan-review: ${message}\n`);
  return 2;
}

export async function main(argv: string[]): Promise<number> {
  let parsed: Parsed;
  try {
    parsed = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    const help = `plan-review ${e.command ? `${e.command} ` : ""}--help`;
    process.stderr.write(
      `plan-review: ${e.message}\n${e.lang === "ja" ? `使い方: ${help}` : `Usage: ${help}`}\n`,
    );
    return 2;
  }
  if (parsed.kind === "print") {
    process.stdout.write(parsed.text);
    return 0;
  }
  const args = parsed.args;
  const lang = args.lang;
  const asOf = args.asOf ?? isoDay();

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

  if (args.command === "diff") {
    const { runDiff } = await import("./diff");
    const [last, now] = args.paths;
    const run = await runDiff(
      {
        last,
        this: now,
        format: args.format,
        ...(args.asOf ? { asOf: args.asOf } : {}),
        ...(args.out ? { out: args.out } : {}),
      },
      {
        lang,
        defaultAsOf: asOf,
        rules: args.rules as CheckOptions["rules"],
        master,
        words,
        inputs: [last, now],
      },
    );
    process.stdout.write(run.stdout);
    process.stderr.write(run.stderr);
    return run.code;
  }

  const out = args.out;
  if (args.guard && !out)
    return fail(
      lang === "ja"
        ? "--guard は注釈付きコピーに入力規則を設定します。--out フォルダと一緒に指定してください"
        : "--guard sets input rules in the annotated copies; give it with --out FOLDER",
    );
  if (args.command === "check" && out && (await stat(out).catch(() => null))?.isFile())
    return fail(
      lang === "ja"
        ? `--out ${out}: check の --out には出力フォルダを指定してください（ファイルごとに NAME.checked.xlsx を書き出します）`
        : `--out ${out}: check writes NAME.checked.xlsx per input into a folder; give a folder`,
    );

  const expanded = await expandPaths(args.paths, lang);
  const files = expanded.files;
  const inputs = files.map((f) => f.path);
  // Nothing is written over a file the run reads, wherever it came from: refused before any is read.
  const reads = [...inputs, ...[args.departments, args.vocabulary].filter((f) => f !== undefined)];
  const summarising = args.command === "summary" || args.command === "collect";
  if (summarising) {
    const problem = await summaryTargetProblem(out!, reads, lang);
    if (problem) return fail(problem);
  } else if (out) {
    const problem = await copyTargetsProblem(inputs, outputNames(out, inputs), reads, lang);
    if (problem) return fail(problem);
    try {
      await mkdir(out, { recursive: true });
    } catch (e) {
      return fail(writeFailure(out, e, lang, false));
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
    ...(args.guard ? { guard: true } : {}),
    ...(summarising ? { skipCollected: true } : {}),
  };
  const problems = expanded.problems.map((p): FileResult => ({ file: p.path, error: p.message }));

  if (summarising) {
    const results = await checkFiles(
      files.map((f) => ({ path: f.path, asOf: args.asOf })),
      run,
    );
    try {
      // A summary workbook of its own met among the inputs was not read: it may be replaced.
      const read = results.filter((r) => !r.ownOutput).map((r) => r.file);
      await writeSummary([...problems, ...results], out!, lang, read, args.command === "collect");
    } catch (e) {
      const { OutputError } = await import("../xlsx/writeWorkbook");
      return fail(writeFailure(out!, e, lang, e instanceof OutputError));
    }
    process.stdout.write(
      formatSummaryReport([...problems, ...results], out!, lang, args.command === "collect"),
    );
    // Findings are the report's content: written over every input is success.
    return problems.length > 0 || results.some((r) => r.error) ? 2 : 0;
  }

  // Each file's output is rendered as soon as it is checked, and its report let go.
  const format: OutputFormat = { format: args.format, asOf, lang, color: process.stdout.isTTY === true };
  const jobs = files.map((f) => ({ path: f.path, asOf: args.asOf }));
  const rendered = problems.map((p) => renderFile(p, format));
  const workers = Math.min(args.jobs ?? availableParallelism(), files.length);
  const script = workers > 1 ? workerScript() : null;
  if (workers > 1 && workerMissing())
    process.stderr.write(
      lang === "ja"
        ? "plan-review: dist/cli-worker.js がないため、ファイルを1つずつ順に検査します — npm run build:cli で作り直してください\n"
        : "plan-review: dist/cli-worker.js is missing, so the files are checked one after another — rebuild it with npm run build:cli\n",
    );
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
  return results.map((r) => r.rendered);
}
