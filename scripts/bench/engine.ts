// Engine: generated table and card sheets, each size measured in its own process.

import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildSync } from "esbuild";
import { mb, median, ms, perSec, ratio, table } from "./format";

interface EngineRun {
  layout: string;
  items: number;
  cells: number;
  findings: number;
  snapshotBytes: number;
  snapshotHeap: number;
  timings: { analyze: number; check: number }[];
  heapPeak: number;
  /** Heap in use before the snapshot was made (the process's own). */
  bareHeap: number;
  /** Heap the engine keeps for the process once no report is held (caches made once). */
  caches: number;
  rssGrowth: number;
  retained: number;
}

/**
 * The measuring script bundled as the command is (esbuild, no name-keeping wrappers): run through a
 * TypeScript loader, every closure the engine creates would also pay for keeping its name.
 */
function bundleRun(): string {
  const dir = mkdtempSync(join(tmpdir(), "plan-review-bench-"));
  const out = join(dir, "engineRun.js");
  buildSync({
    entryPoints: [join(__dirname, "engineRun.ts")],
    outfile: out,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    logLevel: "warning",
  });
  return out;
}

function measure(
  script: string,
  layout: string,
  items: number,
  runs: number,
  flags: string[] = [],
): EngineRun {
  const out = execFileSync(
    process.execPath,
    ["--expose-gc", ...flags, script, layout, String(items), String(runs)],
    { encoding: "utf8", maxBuffer: 1 << 20, stdio: ["ignore", "pipe", "ignore"] },
  );
  return JSON.parse(out) as EngineRun;
}

/**
 * The snapshot's size: the heap it took (measured between two full collections), or its estimated
 * bytes where that difference is lost in the noise of a small sheet.
 */
function snapshotSize(r: EngineRun): number {
  return Math.max(r.snapshotHeap, r.snapshotBytes);
}

/**
 * The memory target, tested directly: one analyze + check in a process whose old generation may
 * not grow past what it held before the snapshot, the engine's per-process caches, and four times
 * the snapshot (the snapshot itself and three times it for the engine). V8 collects before it gives up, so the check completes only
 * if what it keeps alive fits. The young generation (default semi-spaces) is not in the cap.
 */
function withinCap(script: string, r: EngineRun, caches: number): string {
  const capMb = Math.ceil((r.bareHeap + caches + 4 * snapshotSize(r)) / 2 ** 20);
  try {
    const capped = measure(script, r.layout, r.items, 1, [`--max-old-space-size=${capMb}`]);
    const t = capped.timings[0];
    return `yes, ${capMb} MB (${ms(t.analyze + t.check)})`;
  } catch {
    return `no, ${capMb} MB`;
  }
}

export function benchEngine(sizes: number[]): string {
  const rows: string[][] = [];
  const script = bundleRun();
  for (const layout of ["table", "cards"]) {
    // The per-process caches, as measured after the smallest sheet: after a large one, V8 may keep
    // the last report reachable (through compiled code) past a collection, and the figure would
    // hide part of the report.
    let caches: number | null = null;
    for (const items of [...sizes].sort((a, b) => a - b)) {
      const r = measure(script, layout, items, items >= 100_000 ? 5 : 7);
      caches ??= r.caches;
      const warm = r.timings.slice(1);
      const total = median(warm.map((t) => t.analyze + t.check));
      const cold = r.timings[0].analyze + r.timings[0].check;
      rows.push([
        layout,
        items.toLocaleString("en-US"),
        ms(median(warm.map((t) => t.analyze))),
        ms(median(warm.map((t) => t.check))),
        ms(total),
        ms(cold),
        perSec(r.items, total),
        perSec(r.cells, total),
        r.findings.toLocaleString("en-US"),
        mb(snapshotSize(r)),
        `${mb(r.heapPeak)} (${ratio(r.heapPeak, snapshotSize(r))})`,
        `${mb(r.retained - caches)} (${ratio(r.retained - caches, snapshotSize(r))})`,
        mb(caches),
        items >= 10_000 ? withinCap(script, r, caches) : "",
      ]);
    }
  }
  return table(
    [
      "layout",
      "items",
      "analyze",
      "check",
      "total",
      "cold",
      "items/s",
      "cells/s",
      "findings",
      "snapshot",
      "peak heap",
      "report",
      "caches",
      "fits in 3x cap",
    ],
    rows,
  );
}
