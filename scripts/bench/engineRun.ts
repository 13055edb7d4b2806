// One engine measurement in its own process (so peak memory is this sheet's alone):
// prints JSON with timings and memory for a generated sheet.
// Usage (bundled by engine.ts): node --expose-gc engineRun.js table|cards ITEMS RUNS

import { checkModel } from "../../src/core/check";
import { reviewYear } from "../../src/core/fiscal";
import { analyzeSheet } from "../../src/core/layout/analyze";
import { defaultVocabulary } from "../../src/core/vocabulary";
import { generateCardSheet, generateTableSheet, snapshotBytes } from "../../test/helpers/generate";

const [layout, itemsArg, runsArg] = process.argv.slice(2);
const items = Number(itemsArg);
const runs = Number(runsArg ?? 5);
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error("run with --expose-gc");

gc();
const bare = process.memoryUsage().heapUsed;
const snapshot = layout === "cards" ? generateCardSheet(items) : generateTableSheet(items);
gc();
const withSnapshot = process.memoryUsage().heapUsed;
const cells = snapshot.values.reduce((n, r) => n + r.length, 0);
const asOf = "2014-03-31";
const review = reviewYear(asOf);

/** analyze + check; heap in use at the end of each stage (garbage not yet collected included). */
function once() {
  const t0 = performance.now();
  const model = analyzeSheet(snapshot, { review, vocabulary: defaultVocabulary() });
  const t1 = performance.now();
  const afterAnalyze = process.memoryUsage().heapUsed;
  const report = checkModel(model, review, { asOf });
  const t2 = performance.now();
  const afterCheck = process.memoryUsage().heapUsed;
  return {
    analyze: t1 - t0,
    check: t2 - t1,
    heap: Math.max(afterAnalyze, afterCheck) - withSnapshot,
    report,
  };
}

const kept: { report: ReturnType<typeof once>["report"] | null } = { report: null };

/**
 * Every run; the last report stays in `kept`. A function of its own, so that no stack slot of the
 * module's code still points at a report once it returns.
 */
function runAll() {
  // The first run is the cold one (code not yet optimised), as a command-line check of one file is.
  const rssBefore = process.memoryUsage().rss;
  const timings: { analyze: number; check: number }[] = [];
  let heapPeak = 0;
  for (let i = 0; i < runs; i++) {
    kept.report = null; // let the previous report go before the next run
    if (i > 0) gc!();
    const r = once();
    timings.push({ analyze: r.analyze, check: r.check });
    heapPeak = Math.max(heapPeak, r.heap);
    kept.report = r.report;
  }
  const rssGrowth = Math.max(0, process.resourceUsage().maxRSS * 1024 - rssBefore);
  return { timings, heapPeak, rssGrowth };
}

const { timings, heapPeak, rssGrowth } = runAll();
const findings = kept.report!.findings.length;
gc();
const retained = process.memoryUsage().heapUsed - withSnapshot;
// What stays once the report is gone: the engine's per-process caches (vocabulary forms, readings of
// texts, compiled code), made once whatever the number of sheets.
kept.report = null;
gc();
const caches = process.memoryUsage().heapUsed - withSnapshot;

process.stdout.write(
  JSON.stringify({
    layout,
    items,
    cells,
    findings,
    snapshotBytes: snapshotBytes(snapshot),
    snapshotHeap: withSnapshot - bare,
    bareHeap: bare,
    timings,
    heapPeak,
    rssGrowth,
    retained,
    caches,
  }) + "\n",
);
