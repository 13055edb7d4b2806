// A stray value far from the data: `plan-review check` on a workbook with one value in A1 and one
// in XFD1048576 (and on a plan sheet with the same stray value), each in a fresh node process as
// users run it, timed from outside (wall) and by its own peak memory (maxRSS, reported on exit).
// Targets: under a second and under 200 MB. Before sparse snapshots it ran out of memory (4 GB).

import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { loadWorkbook } from "../../src/xlsx/read";
import { FIXTURES } from "../../test/helpers/fixtures";
import { mb, median, ms, table } from "./format";

const ROOT = join(__dirname, "..", "..");

// Loaded with -r: the process's peak resident memory, as its last line of stderr.
const RSS_ON_EXIT = `process.on("exit", () => {
  require("node:fs").writeSync(2, "\\nrss " + process.resourceUsage().maxRSS * 1024 + "\\n");
});`;

async function strayWorkbooks(dir: string): Promise<{ name: string; path: string }[]> {
  const alone = new ExcelJS.Workbook();
  const ws = alone.addWorksheet("取組");
  ws.getCell("A1").value = "取組一覧";
  ws.getCell("XFD1048576").value = 1;
  const plan = await loadWorkbook(readFileSync(join(FIXTURES, "goto-results.xlsx")));
  plan.worksheets[0].getCell("XFD1048576").value = 1;
  const out = [
    { name: "A1 + XFD1048576", path: join(dir, "stray.xlsx"), wb: alone },
    { name: "19-item plan + XFD1048576", path: join(dir, "plan-stray.xlsx"), wb: plan },
  ];
  for (const w of out) writeFileSync(w.path, Buffer.from(await w.wb.xlsx.writeBuffer()));
  return out;
}

/** A fresh `plan-review check FILE`; exit 2 is a completed run too when `missing` (no such file). */
function run(preload: string, file: string, missing = false): { wall: number; rss: number } {
  const t = performance.now();
  const r = spawnSync(
    process.execPath,
    [
      "-r",
      preload,
      join(ROOT, "bin", "plan-review.js"),
      "check",
      file,
      "--as-of",
      "2014-03-31",
      "--format",
      "json",
    ],
    { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"] },
  );
  const wall = performance.now() - t;
  if (r.status !== 0 && r.status !== 1 && !(missing && r.status === 2))
    throw new Error(`check ${file} failed: ${r.stderr?.toString()}`);
  const rss = /\nrss (\d+)\n$/.exec(r.stderr.toString());
  if (!rss) throw new Error(`check ${file}: no memory reported`);
  return { wall, rss: Number(rss[1]) };
}

export async function benchStray(rounds = 5): Promise<string> {
  execFileSync(process.execPath, [join(ROOT, "scripts", "build-cli.mjs")], { cwd: ROOT });
  const dir = mkdtempSync(join(tmpdir(), "plan-review-stray-"));
  try {
    const preload = join(dir, "rss-on-exit.js");
    writeFileSync(preload, RSS_ON_EXIT);
    const books = await strayWorkbooks(dir);
    const rows = books.map((b) => {
      const runs = Array.from({ length: rounds }, () => run(preload, b.path));
      return [b.name, ms(median(runs.map((r) => r.wall))), mb(Math.max(...runs.map((r) => r.rss)))];
    });
    // The node process alone, for the share of the time that is starting node.
    const bare = Array.from({ length: rounds }, () => run(preload, join(dir, "none.xlsx"), true));
    rows.push([
      "(no file: node and the command starting)",
      ms(median(bare.map((r) => r.wall))),
      mb(Math.max(...bare.map((r) => r.rss))),
    ]);
    return table(["workbook", "wall (median)", "peak memory (max)"], rows);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
