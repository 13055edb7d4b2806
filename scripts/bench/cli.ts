// CLI: `plan-review check` over a folder of generated workbooks against the floor of only opening
// them with ExcelJS, all as fresh node processes in the same run, over the same files: the command
// as users run it (worker threads, one per processor: open workers read the files, a check worker
// checks them) and with --jobs 1 (one file after another in one thread, like the floor). Each process reports its own CPU time
// (user + system of every thread: workers, GC and compiler threads) on exit as well as the wall
// time: on a shared machine the CPU time is the steadier of the two. With workers the wall time can
// drop below the single-threaded floor's while the CPU time stays above it; both are printed.

import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { split } from "../../src/cli/pool";
import { generateTableSheet } from "../../test/helpers/generate";
import { median, ms, ratio, table } from "./format";

const ROOT = join(__dirname, "..", "..");

/** Writes `files` workbooks of `items` items each (a generated table sheet with its merges). */
async function writeFolder(dir: string, files: number, items: number): Promise<void> {
  const sheet = generateTableSheet(items);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet.name);
  for (const row of sheet.values) ws.addRow(row.map((v) => (v === null ? null : v)));
  for (const m of sheet.merges) ws.mergeCells(m.top, m.left, m.bottom, m.right);
  const buffer = await wb.xlsx.writeBuffer();
  for (let i = 0; i < files; i++)
    writeFileSync(join(dir, `plan-${String(i + 1).padStart(3, "0")}.xlsx`), Buffer.from(buffer));
}

// Reads every .xlsx of the folder and opens it with ExcelJS, nothing else.
const OPEN_ONLY = `
const fs = require("node:fs"), path = require("node:path"), ExcelJS = require("exceljs");
(async () => {
  const dir = process.argv[1];
  for (const f of fs.readdirSync(dir).filter((n) => n.endsWith(".xlsx")).sort()) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fs.readFileSync(path.join(dir, f)));
  }
})();`;

// Loaded with -r into every process (and by node into their worker threads too): the main thread
// prints the process's CPU time, all threads included, as its last line of stderr.
const CPU_ON_EXIT = `if (require("node:worker_threads").isMainThread)
  process.on("exit", () => {
    const u = process.cpuUsage();
    require("node:fs").writeSync(2, "\\ncpu " + (u.user + u.system) / 1000 + "\\n");
  });`;

interface Timing {
  wall: number;
  cpu: number;
}

/** Wall and CPU time of a fresh node process; exit 1 (errors found in the workbooks) is a completed run. */
function timed(preload: string, args: string[]): Timing {
  const t = performance.now();
  const r = spawnSync(process.execPath, ["-r", preload, ...args], {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "pipe"],
  });
  const wall = performance.now() - t;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(" ")} failed: ${r.stderr?.toString()}`);
  const cpu = /\ncpu ([\d.]+)\n$/.exec(r.stderr.toString());
  if (!cpu) throw new Error(`${args.join(" ")}: no CPU time reported`);
  return { wall, cpu: Number(cpu[1]) };
}

export async function benchCli(files = 200, items = 500, rounds = 3): Promise<string> {
  execFileSync(process.execPath, [join(ROOT, "scripts", "build-cli.mjs")], { cwd: ROOT });
  const dir = mkdtempSync(join(tmpdir(), "plan-review-bench-"));
  try {
    await writeFolder(dir, files, items);
    const preload = join(dir, "cpu-on-exit.js");
    writeFileSync(preload, CPU_ON_EXIT);
    const command = [
      join(ROOT, "bin", "plan-review.js"),
      "check",
      dir,
      "--as-of",
      "2014-03-31",
      "--format",
      "json",
    ];
    const floor: Timing[] = [];
    const parallel: Timing[] = [];
    const sequential: Timing[] = [];
    // Alternate the three so that all see the same machine load.
    for (let i = 0; i < rounds; i++) {
      floor.push(timed(preload, ["-e", OPEN_ONLY, dir]));
      parallel.push(timed(preload, command));
      sequential.push(timed(preload, [...command, "--jobs", "1"]));
    }
    const workers = split(Math.min(availableParallelism(), files));
    const row = (what: string, pick: (t: Timing) => number): string[] => {
      const f = median(floor.map(pick));
      const p = median(parallel.map(pick));
      const s = median(sequential.map(pick));
      return [String(files), String(items), what, ms(f), ms(p), ratio(p, f), ms(s), ratio(s, f)];
    };
    return table(
      [
        "workbooks",
        "items each",
        "time",
        "open only (ExcelJS)",
        `check (${workers.open} open + ${workers.check} check workers)`,
        "ratio",
        "check --jobs 1",
        "ratio",
      ],
      [row("wall", (t) => t.wall), row("cpu", (t) => t.cpu)],
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
