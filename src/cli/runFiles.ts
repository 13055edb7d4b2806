// Checks files one after another in the command's own thread, and writes the summary workbook:
// what `check` with one file or --jobs 1, `summary` and the demo run.

import { mkdir } from "node:fs/promises";
import { basename, dirname, relative, resolve, sep } from "node:path";
import type { Lang } from "../core/messages";
import { summaryTables } from "../core/summary/build";
import { collectTables } from "../core/summary/collected";
import type { SummarySource } from "../core/summary/entries";
import type { CheckSettings, FileResult } from "./checkFile";
import { outputNames } from "./outputNames";
import { progressBar } from "./progress";

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
  return results;
}

/** Relative link target from the summary workbook to an input, with forward slashes. */
function linkFrom(out: string): (file: string) => string {
  return (file) =>
    relative(dirname(resolve(out)), resolve(file))
      .split(sep)
      .join("/");
}

/**
 * The summary workbook over every file that could be checked; with `collect`, the 取りまとめ sheets
 * and the list of files (every file, read or not) in front.
 */
export async function writeSummary(
  results: FileResult[],
  out: string,
  lang: Lang,
  inputs: string[],
  collect = false,
): Promise<void> {
  await mkdir(dirname(resolve(out)), { recursive: true });
  const sources: SummarySource[] = results
    .filter((r) => r.report)
    .map((r) => ({ file: r.file, report: r.report!, master: r.master ?? null }));
  const tables = collect
    ? collectTables(
        results.filter((r) => !r.ownOutput),
        lang,
        // A new workbook: the shared master goes with the 取りまとめ, so that it checks the same.
        { master: true },
      )
    : summaryTables(sources, { lang, perFile: true });
  const { writeSummaryWorkbook } = await import("../xlsx/writeWorkbook");
  // Links go to the annotated copies where they were written (they sit beside the summary), else to the inputs.
  const copies = new Map(results.filter((r) => r.written).map((r) => [r.file, r.written!]));
  const target = linkFrom(out);
  await writeSummaryWorkbook(tables, out, inputs, {
    lang,
    fileTarget: (file) => target(copies.get(file) ?? file),
  });
}
