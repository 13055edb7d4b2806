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

// The first run is the cold one (code not yet optimised), as a command-line check of one file is.
const rssBefore = process.memoryUsage().rss;
const first = once();
const rssPeak = process.resourceUsage().maxRSS * 1024;
const timings = [{ analyze: first.analyze, check: first.check }];
let heapPeak = first.heap;
const kept: { report: ReturnType<typeof once>["report"] | null } = { report: first.report };
first.report = null as unknown as typeof first.report; // only `kept` holds a report
for (let i = 1; i < runs; i++) {
  kept.report = null; // let the previous report go before the next run
  gc();
  const r = once();
  timings.push({ analyze: r.analyze, check: r.check });
  heapPeak = Math.max(heapPeak, r.heap);
  kept.report = r.report;
}
const report = kept.report!;
gc();
const retained = process.memoryUsage().heapUsed - withSnapshot;

process.stdout.write(
  JSON.stringify({
    layout,
    items,
    cells,
    findings: report.findings.length,
    snapshotBytes: snapshotBytes(snapshot),
    snapshotHeap: withSnapshot - bare,
    timings,
    heapPeak,
    rssGrowth: Math.max(0, rssPeak - rssBefore),
    retained,
  }) + "\n",
);
