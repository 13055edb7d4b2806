// npm run demo: checks the sample workbooks in samples/, each as of its own review day, and writes
// the annotated copies and one summary workbook into ./out. Exits 0 when it ran, findings or not.
//   npm run demo -- --lang en
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const { checkFiles, writeSummary, formatTable, formatSummaryReport } = require("../dist/cli.js");

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const lang =
  process.argv.includes("--lang") && process.argv[process.argv.indexOf("--lang") + 1] === "en" ? "en" : "ja";
const samples = join(root, "samples");
const outDir = join(root, "out");
const rel = (p) => relative(process.cwd(), p) || ".";

/** The review day each sample was written for (its expected results say it); else today. */
function asOfFor(name) {
  const expected = join(root, "test", "fixtures", name.replace(/\.xlsx$/, ".expected.json"));
  if (existsSync(expected)) return JSON.parse(readFileSync(expected, "utf8")).asOf;
  return new Date().toISOString().slice(0, 10);
}

const files = readdirSync(samples)
  .filter((n) => n.endsWith(".xlsx") && !n.startsWith("~$"))
  .sort()
  .map((n) => ({ path: rel(join(samples, n)), asOf: asOfFor(n) }));

const results = await checkFiles(files, { lang, outDir: rel(outDir), inputs: files.map((f) => f.path) });
results.forEach((r, i) =>
  process.stdout.write(formatTable(files[i].asOf, [r], lang, process.stdout.isTTY === true)),
);

const summary = join(rel(outDir), "summary.xlsx");
process.stdout.write("\n");
try {
  await writeSummary(
    results,
    summary,
    lang,
    files.map((f) => f.path),
  );
  process.stdout.write(formatSummaryReport(results, summary, lang));
} catch (e) {
  process.stderr.write(`demo: ${summary}: ${e.message}\n`);
  process.exit(2);
}
const copies = results.filter((r) => r.written).length;
process.stdout.write(
  lang === "ja"
    ? `\n注釈付きコピー ${copies} 件と集計ブックを ${rel(outDir)}/ に書き出しました。Excel または LibreOffice で開いてください。\n`
    : `\nWrote ${copies} annotated copies and the summary workbook into ${rel(outDir)}/. Open them in Excel or LibreOffice.\n`,
);
process.exit(results.some((r) => r.error) ? 2 : 0);
