// What the command may write: never over an input, however its path is spelt or wherever it was
// found (named, or in a folder), and `summary` only over a summary workbook of its own. Settled
// before any file is read, so that a refused run writes nothing.

import { stat } from "node:fs/promises";
import type { Lang } from "../core/messages";
import { isCollectedWorkbook, isSummaryWorkbook } from "./ownOutput";
import { inputAt, inputIdentities } from "./sameFile";

/**
 * Why `summary --out` (or `collect --out`) may not write `out`; null when it may. `reads`: every file the run reads (the
 * inputs, then the --departments and --vocabulary lists).
 */
export async function summaryTargetProblem(out: string, reads: string[], lang: Lang): Promise<string | null> {
  const existing = await stat(out).catch(() => null);
  if (!existing) return null;
  if (existing.isDirectory())
    return lang === "ja"
      ? `${out}: フォルダです — 書き出すファイル名（summary.xlsx など）を指定してください`
      : `${out}: is a folder — name the file to write, such as summary.xlsx`;
  // A summary this command wrote earlier is replaced (it is never read as an input either).
  // Loaded here: the main thread of a run in workers reads no workbook otherwise (pool.ts).
  const { openFile } = await import("./checkFile");
  const opened = await openFile(out, lang, false);
  if (!("error" in opened) && (isSummaryWorkbook(opened.sheets) || isCollectedWorkbook(opened.sheets)))
    return null;
  const input = await inputAt(out, await inputIdentities(reads));
  if (input !== null)
    return lang === "ja"
      ? `${out}: この出力先は入力ファイル ${input} です — 別の出力先を指定してください`
      : `${out}: this is the input ${input} — choose another output`;
  return lang === "ja"
    ? `${out}: plan-review の集計ブックではないファイルがすでにあります — 上書きしないので、別の名前を指定するか、そのファイルを移してください`
    : `${out}: a file that is not a plan-review summary is already there — it is not overwritten; choose another name or move the file`;
}

/**
 * Why check --out may not write these copies: one of them would replace an input or another file
 * the run reads (`reads`: the inputs, then the --departments and --vocabulary lists); null when it may.
 */
export async function copyTargetsProblem(
  sources: string[],
  copies: string[],
  reads: string[],
  lang: Lang,
): Promise<string | null> {
  const ids = await inputIdentities(reads);
  for (const [i, copy] of copies.entries()) {
    const input = await inputAt(copy, ids);
    if (input !== null)
      return lang === "ja"
        ? `--out: ${sources[i]} の注釈付きコピー ${copy} は入力ファイル ${input} を上書きしてしまいます — 別の出力フォルダを指定してください`
        : `--out: the annotated copy of ${sources[i]}, ${copy}, would replace the input ${input} — choose another output folder`;
  }
  return null;
}
