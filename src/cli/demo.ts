// npm run demo (scripts/demo.mjs drives it from the bundle): checks the sample workbooks, each as
// of the review day saved in it (the add-in's settings), exactly as `plan-review check samples`
// does, writes their annotated copies and one summary workbook, and says which day each used.

import { join } from "node:path";
import { isoDay } from "../core/fiscal";
import type { Lang } from "../core/messages";
import { NOUN, quantity } from "../core/plural";
import type { FileResult } from "./checkFile";
import { expandPaths } from "./files";
import { checkFiles, writeSummary } from "./runFiles";
import { formatSummaryReport, formatTable, savedDay, tableHeading } from "./table";
import { writeFailure } from "./writeFailure";

export interface DemoOptions {
  /** The folder of sample workbooks. */
  samples: string;
  /** Where the annotated copies and summary.xlsx go. */
  outDir: string;
  lang: Lang;
  color: boolean;
  write: (text: string) => void;
}

/** Runs the demo; 0 when it ran (findings or not), 2 when a sample could not be read or written. */
export async function demo(opts: DemoOptions): Promise<number> {
  const { lang, write } = opts;
  const today = isoDay();
  const { files, problems } = await expandPaths([opts.samples], lang);
  write(
    lang === "ja"
      ? `${opts.samples} のブックを、それぞれに保存された基準日（アドインの設定）で検証します — plan-review check ${opts.samples} と同じ結果です。\n`
      : `Each workbook of ${opts.samples} is checked as of the review day saved in it (the add-in's settings), as plan-review check ${opts.samples} does.\n`,
  );
  const inputs = files.map((f) => f.path);
  const results = await checkFiles(
    files.map((f) => ({ path: f.path })),
    { lang, defaultAsOf: today, outDir: opts.outDir, inputs },
  );
  const missing: FileResult[] = problems.map((p) => ({ file: p.path, error: p.message }));
  for (const r of [...missing, ...results]) {
    const asOf = r.asOf ?? today;
    const heading = r.asOfFrom === "saved" ? savedDay(asOf, lang) : tableHeading(asOf, lang);
    write("\n" + formatTable(asOf, [r], lang, opts.color, heading));
  }
  const summary = join(opts.outDir, "summary.xlsx");
  write("\n");
  try {
    await writeSummary(results, summary, lang, inputs);
  } catch (e) {
    write(`${writeFailure(summary, e, lang, false)}\n`);
    return 2;
  }
  write(formatSummaryReport(results, summary, lang));
  const copies = results.filter((r) => r.written).length;
  write(
    lang === "ja"
      ? `\n注釈付きコピー ${quantity(copies, NOUN.copy, lang)}と集計ブックを ${opts.outDir}/ に書き出しました。Excel または LibreOffice で開いてください。\n`
      : `\nWrote ${quantity(copies, NOUN.copy, lang)} and the summary workbook into ${opts.outDir}/. Open them in Excel or LibreOffice.\n`,
  );
  return problems.length > 0 || results.some((r) => r.error) ? 2 : 0;
}
