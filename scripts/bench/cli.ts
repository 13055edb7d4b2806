// CLI: `plan-review check` over a folder of generated workbooks against the floor of only opening
// them with ExcelJS, both as fresh node processes in the same run.

import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
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

/** Wall time of a fresh node process; exit 1 (errors found in the workbooks) is a completed run. */
function timed(args: string[]): number {
  const t = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"] });
  const elapsed = performance.now() - t;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(" ")} failed: ${r.stderr?.toString()}`);
  return elapsed;
}

export async function benchCli(files = 200, items = 500, rounds = 3): Promise<string> {
  execFileSync(process.execPath, [join(ROOT, "scripts", "build-cli.mjs")], { cwd: ROOT });
  const dir = mkdtempSync(join(tmpdir(), "plan-review-bench-"));
  try {
    await writeFolder(dir, files, items);
    const floor: number[] = [];
    const check: number[] = [];
    // Alternate the two so that both see the same machine load.
    for (let i = 0; i < rounds; i++) {
      floor.push(timed(["-e", OPEN_ONLY, dir]));
      check.push(
        timed([
          join(ROOT, "bin", "plan-review.js"),
          "check",
          dir,
          "--as-of",
          "2014-03-31",
          "--format",
          "json",
        ]),
      );
    }
    const f = median(floor);
    const c = median(check);
    return table(
      ["workbooks", "items each", "open only (ExcelJS)", "plan-review check", "ratio"],
      [[String(files), String(items), ms(f), ms(c), ratio(c, f)]],
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
