// The command honours the add-in's settings saved in the workbook's very hidden state sheet.

import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { defaultSettings, type WorkbookSettings } from "../../src/core/settings";
import { emptyState, STATE_SHEET_NAME, stateToRows } from "../../src/core/state";
import { run } from "./run";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "plan-review-settings-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A plan with an unknown word (着手), an empty department cell, and 広報広聴課 (former name). */
async function workbook(settings: WorkbookSettings | null): Promise<string> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("計画").addRows([
    ["取組内容", "担当課", "H24", "H25"],
    ["説明会の開催", "広報広聴課", "着手", "実施"],
    ["研修の実施", null, "検討", "実施"],
  ]);
  if (settings) {
    const ws = wb.addWorksheet(STATE_SHEET_NAME);
    ws.state = "veryHidden";
    ws.addRows(stateToRows({ ...emptyState(), settings }));
  }
  const file = join(dir, "plan.xlsx");
  await wb.xlsx.writeFile(file);
  return file;
}

type Json = {
  asOf: string;
  files: {
    asOf?: string;
    sheets: { name: string; findings: { cell: string; rule: string; severity: string; fix?: string }[] }[];
  }[];
};
const findings = (j: Json) =>
  j.files[0].sheets.flatMap((s) =>
    s.findings.map((f) => `${f.cell} ${f.rule} ${f.severity}${f.fix ? " " + f.fix : ""}`),
  );

const saved: WorkbookSettings = {
  ...defaultSettings(),
  asOf: "2014-03-31",
  words: [{ word: "着手", category: "doing" }],
  rules: { "department-missing": "warning" },
  departments: [
    { name: "広報課", aliases: ["広報広聴課"] },
    { name: "市民協働課", aliases: [] },
  ],
};

test("without saved settings: today's review year, the word is unknown, no master", async () => {
  const r = await run("check", await workbook(null), "--as-of", "2014-03-31", "--format", "json");
  const f = findings(JSON.parse(r.stdout) as Json);
  expect(f.some((x) => x.startsWith("C2 status-unknown error"))).toBe(true);
  expect(f).toContain("B3 department-missing error");
  expect(f.some((x) => x.includes("department-renamed"))).toBe(false);
});

test("saved settings give the as-of day, the vocabulary, rule severities and the master", async () => {
  const r = await run("check", await workbook(saved), "--format", "json");
  const json = JSON.parse(r.stdout) as Json;
  expect(json.files[0].asOf ?? json.asOf).toBe("2014-03-31");
  const f = findings(json);
  expect(f.some((x) => x.startsWith("C2 status-unknown"))).toBe(false);
  expect(f).toContain("B3 department-missing warning");
  expect(f).toContain("B2 department-renamed warning 広報課");
  expect(json.files[0].sheets.map((s) => s.name)).toEqual(["計画"]);
});

test("the command line wins over saved settings", async () => {
  const r = await run(
    "check",
    await workbook(saved),
    "--as-of",
    "2013-03-31",
    "--rule",
    "department-missing:off",
    "--format",
    "json",
  );
  const json = JSON.parse(r.stdout) as Json;
  expect(json.asOf).toBe("2013-03-31");
  expect(json.files[0].asOf).toBeUndefined();
  expect(findings(json).some((x) => x.includes("department-missing"))).toBe(false);
});

test("a --rule that names no rule or setting is refused with the list of rules", async () => {
  const file = await workbook(null);
  const a = await run("check", file, "--rule", "status-unkown:off");
  expect(a.code).toBe(2);
  expect(a.stderr).toContain("--rule status-unkown:off: そのようなルールはありません");
  expect(a.stderr).toContain("status-unknown");
  const b = await run("check", file, "--rule", "status-unknown:loud", "--lang", "en");
  expect(b.code).toBe(2);
  expect(b.stderr).toContain("the setting is off, error, warning or info");
});

describe("--vocabulary FILE", () => {
  test("adds its words (csv: word,category) on top of the defaults", async () => {
    const vocab = join(dir, "words.csv");
    await writeFile(vocab, "語,区分\n着手,実施中\n");
    const r = await run(
      "check",
      await workbook(null),
      "--as-of",
      "2014-03-31",
      "--vocabulary",
      vocab,
      "--format",
      "json",
    );
    expect(findings(JSON.parse(r.stdout) as Json).some((x) => x.includes("status-unknown"))).toBe(false);
  });

  test("a row whose category cannot be read stops the run with its row number", async () => {
    const vocab = join(dir, "words.txt");
    await writeFile(vocab, "語\t区分\n着手\tたぶん\n");
    const r = await run("check", await workbook(null), "--vocabulary", vocab);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("2行目");
    expect(r.stderr).toContain("たぶん");
  });
});
