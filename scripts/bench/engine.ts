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

function measure(script: string, layout: string, items: number, runs: number): EngineRun {
  const out = execFileSync(process.execPath, ["--expose-gc", script, layout, String(items), String(runs)], {
    encoding: "utf8",
    maxBuffer: 1 << 20,
  });
  return JSON.parse(out) as EngineRun;
}

export function benchEngine(sizes: number[]): string {
  const rows: string[][] = [];
  const script = bundleRun();
  for (const layout of ["table", "cards"]) {
    for (const items of sizes) {
      const r = measure(script, layout, items, items >= 100_000 ? 5 : 7);
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
        mb(r.snapshotHeap),
        `${mb(r.heapPeak)} (${ratio(r.heapPeak, r.snapshotHeap)})`,
        `${mb(r.retained)} (${ratio(r.retained, r.snapshotHeap)})`,
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
    ],
    rows,
  );
}
