// plan-review diff: two years' workbooks compared from the command line; the copy with the
// 前年度比較 sheet; the inputs never touched.

import { createHash } from "node:crypto";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { compareWorkbooks } from "../../src/core/diff/compare";
import { defaultSettings, type WorkbookSettings } from "../../src/core/settings";
import { emptyState, STATE_SHEET_NAME, stateToRows } from "../../src/core/state";
import { LAST, LAST_AS_OF, planSheet, THIS_AS_OF, thisYear } from "../helpers/diffBooks";
import { buildWorkbook, checkBuilt } from "../helpers/workbook";
import { run } from "./run";

let dir: string;
let last: string;
let now: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "plan-review-diff-"));
  last = join(dir, "last.xlsx");
  now = join(dir, "this.xlsx");
  await writeFile(last, await buildWorkbook([planSheet(LAST)]));
  await writeFile(now, await buildWorkbook([planSheet(thisYear())]));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const hash = async (f: string) =>
  createHash("sha256")
    .update(await readFile(f))
    .digest("hex");

/** Saves the add-in's settings into a workbook file, as the add-in does. */
async function saveSettings(file: string, settings: Partial<WorkbookSettings>): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.addWorksheet(STATE_SHEET_NAME);
  ws.state = "veryHidden";
  ws.addRows(stateToRows({ ...emptyState(), settings: { ...defaultSettings(), ...settings } }));
  await wb.xlsx.writeFile(file);
}

/** What the engine finds comparing the same pair, the command's own answer to match. */
async function expected() {
  const l = await checkBuilt([planSheet(LAST)], { asOf: LAST_AS_OF });
  const t = await checkBuilt([planSheet(thisYear())], { asOf: THIS_AS_OF });
  return compareWorkbooks(l, t).findings;
}

describe("diff", () => {
  it("prints every change with its cell; last year's review day a year before this year's", async () => {
    const r = await run("diff", last, now, "--as-of", THIS_AS_OF);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const want = await expected();
    expect(want.length).toBeGreaterThan(0);
    for (const f of want) {
      const where = f.book === "last" ? `（前年度）${f.sheet}!${f.cell}` : `${f.sheet}!${f.cell}`;
      expect(r.stdout).toContain(
        `${where}  ${f.severity === "warning" ? "警告" : "情報"}  ${f.rule}  ${f.message}`,
      );
    }
    expect(r.stdout).toContain(`基準日 ${LAST_AS_OF}`);
    expect(r.stdout).toContain("対応した取組 7件・前年度のみ 3件・今年度のみ 2件");
  });

  it("--format json gives the findings as the engine does", async () => {
    const r = await run("diff", last, now, "--as-of", THIS_AS_OF, "--format", "json", "--lang", "en");
    const doc = JSON.parse(r.stdout) as {
      findings: { rule: string; cell: string; book: string; messageEn: string }[];
    };
    expect(doc.findings.map((f) => [f.rule, f.book, f.cell, f.messageEn])).toEqual(
      (await expected()).map((f) => [f.rule, f.book, f.cell, f.messageEn]),
    );
  });

  it("rules are switched with --rule; a rule set to error gives exit code 1", async () => {
    const r = await run(
      "diff",
      last,
      now,
      "--as-of",
      THIS_AS_OF,
      "--rule",
      "diff-added:off",
      "--rule",
      "diff-dropped:error",
    );
    expect(r.code).toBe(1);
    expect(r.stdout).not.toContain("diff-added");
    expect(r.stdout).toMatch(/エラー {2}diff-dropped/);
  });

  it("--out writes this year's workbook with the 前年度比較 sheet, linking to both workbooks' cells", async () => {
    const before = [await hash(last), await hash(now)];
    const out = join(dir, "out", "diff.xlsx");
    const r = await run("diff", last, now, "--as-of", THIS_AS_OF, "--out", out);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect([await hash(last), await hash(now)]).toEqual(before);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["実施計画", "前年度比較"]);
    const ws = wb.getWorksheet("前年度比較")!;
    expect(ws.getCell("A1").text).toBe("前年度比較");
    const links: string[] = [];
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const v = cell.value as ExcelJS.CellHyperlinkValue;
        if (v && typeof v === "object" && "hyperlink" in v) links.push(v.hyperlink);
      }),
    );
    const want = await expected();
    const thisLinks = want
      .filter((f) => f.book === "this")
      .map((f) => `#'実施計画'!$${f.cell.replace(/(\d+)/, "$$$1")}`);
    const lastCells = want
      .map((f) => (f.book === "last" ? f.cell : f.last?.cell))
      .filter((c) => c !== undefined);
    for (const l of thisLinks) expect(links).toContain(l);
    for (const c of lastCells)
      expect(links).toContain(`../last.xlsx#'実施計画'!$${c.replace(/(\d+)/, "$$$1")}`);
    expect(links).toHaveLength(thisLinks.length + lastCells.length);
  });

  it("a second --out over the written copy, or any existing file, is refused", async () => {
    const out = join(dir, "diff.xlsx");
    await writeFile(out, "not mine");
    const r = await run("diff", last, now, "--out", out);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("上書きしない");
    expect(await readFile(out, "utf8")).toBe("not mine");
  });

  it("a workbook's saved review day and rule settings count; the wrong way round is refused", async () => {
    await saveSettings(now, { asOf: THIS_AS_OF, rules: { "diff-added": "off" } });
    const r = await run("diff", last, now);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`基準日 ${THIS_AS_OF}`);
    expect(r.stdout).toContain(`基準日 ${LAST_AS_OF}`);
    expect(r.stdout).not.toContain("diff-added");
    expect(r.stdout).toContain("diff-dropped");
    const swapped = await run("diff", now, last, "--as-of", LAST_AS_OF);
    expect(swapped.code).toBe(2);
    expect(swapped.stderr).toContain("前年度のブック、今年度のブックの順に指定してください");
  });

  it("names both workbooks or says what is missing", async () => {
    const r = await run("diff", last);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("前年度のブックと今年度のブック");
    const extra = await run("diff", last, now, now);
    expect(extra.code).toBe(2);
    expect(extra.stderr).toContain("2つだけ");
  });

  it("a file that cannot be read is said with its name", async () => {
    const broken = join(dir, "broken.xlsx");
    await writeFile(broken, "not a workbook");
    const r = await run("diff", broken, now);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(broken);
  });
});
