// Every message the command prints is in the run's language: help, usage errors, bad files, the
// findings and totals of check, what summary writes, refused outputs. The workbooks and paths hold
// ASCII text only (their header words aside, which are never printed), so a Japanese character in
// an English run, or an English word in a Japanese run, is a message in the other language.

import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { RULE_IDS } from "../../src/core/rules";
import { buildWorkbook } from "../helpers/workbook";
import { oleFile } from "./oleFile";
import { run } from "./run";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "plan-review-lang-"));
  // Findings whose messages quote ASCII values only: an unknown status word, an unknown and a
  // missing department, an overdue plan (H25 closed on 2014-04-01: planned, no actual).
  await writeFile(
    join(dir, "plan.xlsx"),
    await buildWorkbook([
      {
        name: "Plan",
        rows: [
          ["取組内容", "担当課", "H24", "H25", "H25実績"],
          ["Item A", "DeptA", "検討", "xyz", null],
          ["Item B", "DeptZ", "実施", "実施", null],
          ["Item C", null, "実施", "実施", null],
        ],
      },
      {
        name: "List",
        rows: [
          ["取組内容", "担当課"],
          ["Item A", "DeptA"],
        ],
      },
    ]),
  );
  await writeFile(join(dir, "depts.txt"), "DeptA\nDeptB\n");
  await writeFile(join(dir, "words.csv"), "word,category\nfoo,bar\n");
  await writeFile(join(dir, "notes.txt"), "not a workbook\n");
  await writeFile(join(dir, "locked.xlsx"), oleFile(["EncryptionInfo", "EncryptedPackage"]));
  await writeFile(join(dir, "old.xls"), oleFile(["Workbook"]));
  await writeFile(join(dir, "broken.xlsx"), (await readFile(join(dir, "plan.xlsx"))).subarray(0, 3000));
  await mkdir(join(dir, "empty"));
  await copyFile(join(dir, "plan.xlsx"), join(dir, "other.xlsx"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const at = (name: string) => join(dir, name);
const AS_OF = ["--as-of", "2014-04-01"];

/** Command lines that reach every kind of message. */
function commandLines(): string[][] {
  const plan = at("plan.xlsx");
  return [
    ["--help"],
    ["check", "--help"],
    ["summary", "--help"],
    ["help", "check"],
    ["check"],
    ["check", plan, "--bogus"],
    ["check", plan, "--outt", "x"],
    ["check", plan, "--jobs", "0"],
    ["check", plan, "--format", "xml"],
    ["check", plan, "--rule", "nope"],
    ["check", plan, "--rule", "no-such-rule:off"],
    ["check", plan, "--rule", "item-due:loud"],
    ["check", plan, "--as-of", "2014-13-01"],
    ["check", plan, "--as-of"],
    ["check", plan, "--out", at("x.xlsx")],
    ["check", plan, "--out", plan],
    ["summary", plan],
    ["summary", plan, "--out", at("x.txt")],
    ["frobnicate"],
    ["check", plan, ...AS_OF, "--departments", at("depts.txt")],
    ["check", plan, ...AS_OF, "--departments", at("notes.xls")],
    ["check", plan, ...AS_OF, "--vocabulary", at("words.csv")],
    ["check", plan, ...AS_OF, "--sheet", "Nope"],
    [
      "check",
      at("missing.xlsx"),
      at("notes.txt"),
      at("locked.xlsx"),
      at("old.xls"),
      at("broken.xlsx"),
      at("empty"),
      plan,
      ...AS_OF,
    ],
    ["check", plan, ...AS_OF, "--out", at("copies")],
    ["summary", plan, at("missing.xlsx"), ...AS_OF, "--out", at("summary.xlsx")],
    ["summary", plan, ...AS_OF, "--out", at("summary.xlsx")],
    ["summary", plan, ...AS_OF, "--out", plan],
    ["summary", plan, ...AS_OF, "--out", at("other.xlsx")],
    ["summary", at("empty"), ...AS_OF, "--out", at("empty")],
    ["collect", "--help"],
    ["collect", plan, ...AS_OF, "--out", at("collected.xlsx")],
    ["collect", plan, ...AS_OF, "--out", plan],
    ["diff", "--help"],
    ["diff", plan],
    ["diff", plan, plan, plan],
    ["diff", plan, at("other.xlsx"), "--out", at("x.txt")],
    ["diff", at("missing.xlsx"), plan],
    ["diff", plan, at("other.xlsx"), ...AS_OF],
    // Written the first time, refused the second (the file is there).
    ["diff", plan, at("other.xlsx"), ...AS_OF, "--out", at("diff.xlsx")],
  ];
}

/** Everything the command printed over every command line, in one language. */
async function printed(lang: "ja" | "en"): Promise<string> {
  const texts: string[] = [];
  for (const argv of commandLines()) {
    const r = await run(...argv, "--lang", lang);
    texts.push(r.stdout, r.stderr);
  }
  return texts.join("\n");
}

const LAYOUTS = ["table", "results", "cards", "matrix", "indicators", "none"];

/** Words the Japanese messages may hold: names of the command, its options, rules and layouts. */
const NAMES = [
  "plan-review",
  "check",
  "summary",
  "collect",
  "help",
  "YYYY-MM-DD",
  "NAME.checked.xlsx",
  "*.checked.xlsx",
  "summary.xlsx",
  "diff",
  "diff.xlsx",
  "diff-added:off",
  "xlsx",
  "xls",
  "csv",
  "txt",
  "Excel",
  "zip",
  "table",
  "json",
  "off",
  "error",
  "warning",
  "info",
  "ja",
  "en",
  "item-due:off",
];

describe("messages in one language", () => {
  it("an English run prints no Japanese (quoted values and sheet names aside)", async () => {
    const text = (await printed("en"))
      // Values are quoted: "…"; the sheet names listed when --sheet names none are data too.
      .replace(/"[^"\n]*"/g, "")
      .replace(/\(sheets: [^)]*\)/g, "");
    const japanese = text
      .split("\n")
      .filter((line) => /[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]/u.test(line));
    expect(japanese).toEqual([]);
  });

  it("a Japanese run prints no English words besides names of files, options, rules and layouts", async () => {
    let text = (await printed("ja")).split(dir).join("");
    for (const name of [...RULE_IDS, ...LAYOUTS, ...NAMES].sort((a, b) => b.length - a.length))
      text = text.split(name).join("");
    text = text
      // Values quoted 「…」, options, cell addresses, files, the workbooks' own data (ASCII on
      // purpose) and the command lines' own values.
      .replace(/「[^」\n]*」/g, "")
      .replace(/--[a-z-]+/g, "")
      .replace(/\b[A-Z]{1,3}\d+\b/g, "")
      .replace(/\/[\w.-]+/g, "")
      .replace(/Item [A-C]|Dept[A-Z]|xyz|Plan|List|Nope|foo|bar|word|category|no-such-rule|loud/g, "");
    const english = text.split("\n").filter((line) => /[A-Za-z]{2,}/.test(line));
    expect(english).toEqual([]);
  });

  it("reaches the messages it means to (both runs print findings, totals and refusals)", async () => {
    const en = await printed("en");
    for (const part of [
      "is not a known status word",
      "Summary: 1 file, 3 items",
      "not counted: List (list)",
      "unknown option --bogus",
      "the workbook is password-protected",
      "is already there — it is not overwritten",
      "this is the input",
    ])
      expect(en).toContain(part);
    // Counts take the plural form the platform's rules give.
    expect(en).toContain("List  (table, 1 item)");
    expect(en).not.toMatch(/\b1 (items|sheets|files)\b/);
    const ja = await printed("ja");
    for (const part of [
      "集計: 1ファイル 3件",
      "（集計対象外: List（一覧））",
      "--bogus というオプションはありません",
    ])
      expect(ja).toContain(part);
  });
});
