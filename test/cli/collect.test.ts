// plan-review collect: every file's items on a 取りまとめ sheet that checks as the files did, the
// list of files (unreadable ones with their reason), and the same summary sheets as `summary`.

import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { DepartmentMaster } from "../../src/core/departments";
import { collectedTables } from "../../src/core/summary/collected";
import { COLLECTED_FILES_SHEET, SUMMARY_SHEETS } from "../../src/core/summary/labels";
import type { SheetSnapshot } from "../../src/core/types";
import { checkSheets } from "../../src/xlsx/checkSheets";
import { readXlsx } from "../../src/xlsx/readXlsx";
import { FIXTURES } from "../helpers/fixtures";
import { buildWorkbook } from "../helpers/workbook";
import { run } from "./run";

const AS_OF = "2014-03-31";
const PLANS = [
  "cards-plan.xlsx",
  "goto-results.xlsx",
  "ichinoseki-plan.xlsx",
  "kumamoto-plan.xlsx",
  "kumamoto-progress.xlsx",
];

let dir: string;
let inDir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "plan-review-collect-"));
  inDir = join(dir, "in");
  await mkdir(inDir);
  for (const f of PLANS) await copyFile(join(FIXTURES, f), join(inDir, f));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const sheetsOf = async (file: string) => readXlsx(await readFile(file));
const byName = (sheets: { snapshot: SheetSnapshot }[], name: string) =>
  sheets.find((s) => s.snapshot.name === name)!.snapshot;

test("the 取りまとめ sheets, checked, give every item the findings it had in its own file", async () => {
  const out = join(dir, "all.xlsx");
  const r = await run("collect", inDir, "--out", out, "--as-of", AS_OF);
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  // The sources as the command checked them, and the tables it wrote from them.
  const sources = await Promise.all(
    PLANS.map(async (f) => {
      const c = checkSheets(await sheetsOf(join(inDir, f)), { asOf: AS_OF, defaultAsOf: AS_OF });
      return { file: join(inDir, f), report: c.report, master: c.master };
    }),
  );
  const tables = collectedTables(sources, "ja");
  // Different year spans and department columns: one sheet per layout.
  expect(tables.length).toBeGreaterThan(1);
  const written = await sheetsOf(out);
  // The files were checked with different masters (one its own, the others none): no 課一覧 goes
  // with the 取りまとめ, since one master for all would give items findings they did not have.
  expect(written.map((s) => s.snapshot.name)).not.toContain("課一覧");
  const masters = [
    null,
    ...new Set(sources.map((s) => s.master).filter((m): m is DepartmentMaster => m !== null)),
  ];
  let compared = 0;
  // Department rules depend on the master: the collection is checked with each file's own.
  for (const master of masters) {
    const back = checkSheets(written, { asOf: AS_OF, defaultAsOf: AS_OF, master });
    for (const t of tables) {
      const sheet = back.report.sheets.find((s) => s.name === t.sheetName)!;
      expect(sheet.items).toHaveLength(t.entries.length);
      t.entries.forEach((e, i) => {
        if ((e.source.master ?? null) !== master) return;
        const rules = (fs: { rule: string }[]) => fs.map((f) => f.rule).sort();
        const item = sheet.items[i];
        expect({
          item: e.item.title,
          rules: rules(sheet.findings.filter((f) => f.item === item.index)),
        }).toEqual({
          item: e.item.title,
          rules: rules(e.findings),
        });
        expect(sheet.states[i].state).toBe(e.reading.state);
        compared++;
      });
    }
  }
  expect(compared).toBe(tables.reduce((n, t) => n + t.entries.length, 0));
});

test("the summary sheets are summary's over the same files; an unreadable file is listed with its reason", async () => {
  const broken = join(inDir, "broken.xlsx");
  await writeFile(broken, "not a workbook");
  try {
    const all = join(dir, "all2.xlsx");
    const summary = join(dir, "summary.xlsx");
    const c = await run("collect", inDir, "--out", all, "--as-of", AS_OF);
    expect(c.code).toBe(2);
    expect((await run("summary", inDir, "--out", summary, "--as-of", AS_OF)).code).toBe(2);
    const collected = await sheetsOf(all);
    const summarised = await sheetsOf(summary);
    // Every summary sheet summary wrote (指標の達成状況 only where indicators are graded), the same.
    const names = summarised.map((s) => s.snapshot.name);
    expect(names.length).toBeGreaterThanOrEqual(5);
    expect(names.every((n) => (Object.values(SUMMARY_SHEETS) as string[]).includes(n))).toBe(true);
    expect(collected.map((s) => s.snapshot.name)).toEqual(expect.arrayContaining(names));
    for (const name of names) expect(byName(collected, name).values).toEqual(byName(summarised, name).values);
    const list = byName(collected, COLLECTED_FILES_SHEET).values.flat().map(String);
    const row = list.findIndex((v) => v === broken);
    expect(row).toBeGreaterThanOrEqual(0);
    // The file, that it was not read, and why, with what to do.
    expect(list.slice(row, row + 3)).toEqual([broken, "読めません", expect.stringContaining(".xlsx")]);
  } finally {
    await rm(broken);
  }
});

test("a collected workbook in the folder is not collected again, may be replaced, and an input never is", async () => {
  const out = join(inDir, "all.xlsx");
  expect((await run("collect", inDir, "--out", out, "--as-of", AS_OF)).code).toBe(0);
  const again = await run("collect", inDir, "--out", out, "--as-of", AS_OF);
  expect(again.code).toBe(0);
  expect(again.stdout).toContain(`${PLANS.length}ファイル`);
  const input = join(inDir, PLANS[0]);
  const before = await readFile(input);
  const refused = await run("collect", inDir, "--out", input);
  expect(refused.code).toBe(2);
  expect(refused.stderr).toContain("入力ファイル");
  expect(await readFile(input)).toEqual(before);
  await rm(out);
});

test("cell text starting with = + - @ is written as text", async () => {
  const d = await mkdtemp(join(tmpdir(), "plan-review-collect-text-"));
  try {
    const titles = ["=1+2", "+市民", "-協働", "@広報"];
    await writeFile(
      join(d, "a.xlsx"),
      await buildWorkbook([
        {
          name: "計画",
          rows: [["方針", "取組", "担当課", "H25"], ...titles.map((t) => ["協働", t, "市民協働課", "実施"])],
        },
      ]),
    );
    const out = join(d, "all.xlsx");
    expect((await run("collect", join(d, "a.xlsx"), "--out", out, "--as-of", AS_OF)).code).toBe(0);
    const values = byName(await sheetsOf(out), "取りまとめ").values.flat();
    for (const t of titles) expect(values).toContain(t);
  } finally {
    await rm(d, { recursive: true, force: true });
  }
});

test("files checked with one master: it goes with the 取りまとめ as 課一覧, and department findings hold without it", async () => {
  const d = await mkdtemp(join(tmpdir(), "plan-review-collect-master-"));
  try {
    // kumamoto-progress carries its 課一覧 sheet (with former names); goto-results, which has none, gets
    // the same list from --departments.
    const own = byName(await sheetsOf(join(FIXTURES, "kumamoto-progress.xlsx")), "課一覧").values;
    const csv = own.map((r) => Array.from(r ?? [], (v) => String(v ?? "")).join(",")).join("\n");
    await writeFile(join(d, "master.csv"), csv);
    const files = ["goto-results.xlsx", "kumamoto-progress.xlsx"].map((f) => join(inDir, f));
    const out = join(d, "all.xlsx");
    const r = await run(
      "collect",
      ...files,
      "--departments",
      join(d, "master.csv"),
      "--out",
      out,
      "--as-of",
      AS_OF,
    );
    expect(r.code).toBe(0);
    const written = await sheetsOf(out);
    expect(written.map((s) => s.snapshot.name)).toContain("課一覧");
    // Checked with nothing but the written workbook (no --departments).
    const back = checkSheets(written, { asOf: AS_OF, defaultAsOf: AS_OF });
    expect(back.master?.names).toEqual(expect.arrayContaining(["広報課", "市民協働課"]));
    const sources = await Promise.all(
      files.map(async (f) => {
        const c = checkSheets(await sheetsOf(f), { asOf: AS_OF, defaultAsOf: AS_OF, master: back.master });
        return { file: f, report: c.report, master: c.master };
      }),
    );
    const rules = (fs: { rule: string }[]) => fs.map((f) => f.rule).sort();
    let renamed = 0;
    for (const t of collectedTables(sources, "ja")) {
      const sheet = back.report.sheets.find((s) => s.name === t.sheetName)!;
      t.entries.forEach((e, i) => {
        const got = rules(sheet.findings.filter((f) => f.item === sheet.items[i].index));
        expect({ item: e.item.title, rules: got }).toEqual({ item: e.item.title, rules: rules(e.findings) });
        renamed += got.filter((x) => x === "department-renamed").length;
      });
    }
    expect(renamed).toBeGreaterThan(0);
  } finally {
    await rm(d, { recursive: true, force: true });
  }
});
