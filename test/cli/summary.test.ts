// plan-review summary: one workbook over every input; the inputs are never touched.

import { createHash } from "node:crypto";
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { checkFiles, writeSummary } from "../../src/cli/main";
import { progressBar } from "../../src/cli/progress";
import { FIXTURES } from "../helpers/fixtures";
import { run } from "./run";

let dir: string;
let inDir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "plan-review-summary-"));
  inDir = join(dir, "in");
  await mkdir(inDir);
  for (const f of ["kumamoto-progress.xlsx", "goto-results.xlsx"])
    await copyFile(join(FIXTURES, f), join(inDir, f));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function hashes(folder: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const f of (await readdir(folder)).sort())
    out[f] = createHash("sha256")
      .update(await readFile(join(folder, f)))
      .digest("hex");
  return out;
}

describe("summary", () => {
  it("links to the annotated copies when they were written beside it, so they keep working together", async () => {
    const outDir = join(dir, "out");
    const files = [{ path: join(inDir, "goto-results.xlsx"), asOf: "2014-03-31" }];
    const results = await checkFiles(files, { lang: "ja", outDir, inputs: files.map((f) => f.path) });
    expect(results[0].written).toBe(join(outDir, "goto-results.checked.xlsx"));
    await writeSummary(
      results,
      join(outDir, "summary.xlsx"),
      "ja",
      files.map((f) => f.path),
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(outDir, "summary.xlsx"));
    const links: string[] = [];
    wb.getWorksheet("未実施・期限超過一覧")!.eachRow((row) =>
      row.eachCell((c) => c.hyperlink && links.push(c.hyperlink)),
    );
    expect(links.length).toBeGreaterThan(0);
    for (const l of links) expect(l).toMatch(/^goto-results\.checked\.xlsx#'H25実施結果'!\$D\$\d+$/);
  });

  it("writes one workbook over a folder: per file, per policy, per department, the flagged list", async () => {
    const before = await hashes(inDir);
    const out = join(dir, "summary.xlsx");
    const r = await run("summary", inDir, "--out", out, "--as-of", "2014-03-31");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`${join(inDir, "kumamoto-progress.xlsx")}  基準日 2014-03-31  1シート 24件`);
    // 24 + 19 items: 未実施 1 + 2, 期限超過 3, 一部未実施 1 + 2 (counted in the fixtures' sheets by hand).
    expect(r.stdout).toContain("集計: 2ファイル 43件（未実施 3・期限超過 3・一部未実施 3・要確認 0）");
    expect(r.stdout).toContain(
      `書き出し: ${out}（集計_ファイル別・集計_方針別・集計_担当課別・未実施・期限超過一覧・年度末実施結果）`,
    );
    expect(await hashes(inDir)).toEqual(before);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "集計_ファイル別",
      "集計_方針別",
      "集計_担当課別",
      "未実施・期限超過一覧",
      "年度末実施結果",
    ]);
    const list = wb.getWorksheet("未実施・期限超過一覧")!;
    const links: string[] = [];
    list.eachRow((row) => row.eachCell((c) => c.hyperlink && links.push(c.hyperlink)));
    // goto-results sorts first in the folder; links are relative to the summary file.
    expect(links[0]).toBe("in/goto-results.xlsx#'H25実施結果'!$D$19");
    expect(links).toHaveLength(9);
  });

  it("refuses to write over an input and leaves it as it was", async () => {
    const input = join(inDir, "goto-results.xlsx");
    const before = await hashes(inDir);
    const r = await run("summary", input, "--out", input, "--as-of", "2014-03-31");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`この出力先は入力ファイル ${input} です`);
    expect(await hashes(inDir)).toEqual(before);
  });

  it("does not read its own earlier summary when it is written into the folder it summarises", async () => {
    const out = join(inDir, "summary.xlsx");
    expect((await run("summary", inDir, "--out", out, "--as-of", "2014-03-31")).code).toBe(0);
    const again = await run("summary", inDir, "--out", out, "--as-of", "2014-03-31");
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("集計: 2ファイル 43件");
  });

  it("needs --out FILE.xlsx", async () => {
    const r = await run("summary", inDir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--out で書き出すファイル");
  });
});

describe("progress bar", () => {
  const stream = (isTTY: boolean) => {
    const written: string[] = [];
    return { isTTY, columns: 60, written, write: (t: string) => written.push(t) > 0 };
  };

  it("draws on a terminal while several files are checked, then clears its line", () => {
    const s = stream(true);
    const p = progressBar(4, s);
    p.step("a.xlsx");
    p.step("b.xlsx");
    p.done();
    expect(s.written[0]).toBe("\r\x1b[K[######------------------] 1/4 a.xlsx");
    expect(s.written[1]).toBe("\r\x1b[K[############------------] 2/4 b.xlsx");
    expect(s.written[2]).toBe("\r\x1b[K");
  });

  it("stays silent off a terminal and for one file", () => {
    for (const [tty, n] of [
      [false, 4],
      [true, 1],
    ] as const) {
      const s = stream(tty);
      const p = progressBar(n, s);
      p.step("a.xlsx");
      p.done();
      expect(s.written).toEqual([]);
    }
  });
});

describe("one rule for what is counted", () => {
  /** A written sheet's rows as plain values, and the column of each header title. */
  function readSheet(wb: ExcelJS.Workbook, name: string, firstTitle: string) {
    const ws = wb.getWorksheet(name)!;
    const rows: unknown[][] = [];
    ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const head = rows.findIndex((r) => r[0] === firstTitle);
    const col = (title: string) => rows[head].indexOf(title);
    return { body: rows.slice(head + 1), col };
  }

  it("every summary sheet and the console give the same totals over the samples", async () => {
    const samples = join(dir, "samples");
    await mkdir(samples);
    const SAMPLES = join(__dirname, "..", "..", "samples");
    for (const f of await readdir(SAMPLES)) await copyFile(join(SAMPLES, f), join(samples, f));
    const out = join(dir, "summary.xlsx");
    const r = await run("summary", samples, "--out", out);
    expect(r.code).toBe(0);

    const total =
      /集計: (\d+)ファイル (\d+)件（未実施 (\d+)・期限超過 (\d+)・一部未実施 (\d+)・要確認 (\d+)）/.exec(
        r.stdout,
      )!;
    const items = Number(total[2]);
    const FLAGGED = ["未実施", "期限超過", "一部未実施", "要確認"];
    const flagged = total.slice(3).map(Number);
    // The per-file lines add up to the total.
    const perFile = [...r.stdout.matchAll(/(\d+)シート (\d+)件/g)].reduce((a, m) => a + Number(m[2]), 0);
    expect(perFile).toBe(items);
    // The samples hold sheets that are left out: a matrix, a list and an indicator table.
    expect(r.stdout).toContain("（概要表）");
    expect(r.stdout).toContain("（一覧）");
    expect(r.stdout).toContain("（指標の表）");

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const byFile = readSheet(wb, "集計_ファイル別", "ファイル");
    const fileTotal = byFile.body.find((row) => row[0] === "合計")!;
    expect(fileTotal[byFile.col("件数")]).toBe(items);
    expect(FLAGGED.map((s) => fileTotal[byFile.col(s)])).toEqual(flagged);
    const sheetRows = byFile.body.filter((row) => row[0] !== "合計");
    expect(sheetRows.reduce((a, row) => a + Number(row[byFile.col("件数")] ?? 0), 0)).toBe(items);
    // Each sheet left out says so and why.
    expect(
      sheetRows.filter((row) => row[byFile.col("件数")] == null).map((row) => row[byFile.col("備考")]),
    ).toEqual(expect.arrayContaining([expect.stringMatching(/^集計対象外: .+（\d+件）$/)]));

    const byPolicy = readSheet(wb, "集計_方針別", "ファイル");
    const policyTotal = byPolicy.body.find((row) => row[byPolicy.col("方針")] === "合計")!;
    expect(policyTotal[byPolicy.col("件数")]).toBe(items);
    expect(FLAGGED.map((s) => policyTotal[byPolicy.col(s)])).toEqual(flagged);

    const byDepartment = readSheet(wb, "集計_担当課別", "担当課");
    const distinct = byDepartment.body.find((row) => row[0] === "取組数（実数）")!;
    expect(distinct[byDepartment.col("件数")]).toBe(items);
    expect(FLAGGED.map((s) => distinct[byDepartment.col(s)])).toEqual(flagged);

    const list = readSheet(wb, "未実施・期限超過一覧", "ファイル");
    expect(FLAGGED.map((s) => list.body.filter((row) => row[list.col("状態")] === s).length)).toEqual(
      flagged,
    );
    expect(list.body).toHaveLength(flagged.reduce((a, b) => a + b, 0));

    // The year-end results list the items of sheets with results for the year; plan-only sheets
    // have none to list (they are named in the sheet's note).
    const withResults = sheetRows.filter((row) => row[byFile.col("集計基準")] === "実績ベース");
    const yearEnd = readSheet(wb, "年度末実施結果", "ファイル");
    const itemRows = yearEnd.body.filter((row) => row[yearEnd.col("セル")] != null);
    expect(itemRows).toHaveLength(withResults.reduce((a, row) => a + Number(row[byFile.col("件数")]), 0));
    expect(FLAGGED.map((s) => itemRows.filter((row) => row[yearEnd.col("状態")] === s).length)).toEqual(
      FLAGGED.map((s) => withResults.reduce((a, row) => a + Number(row[byFile.col(s)] ?? 0), 0)),
    );
  });
});
