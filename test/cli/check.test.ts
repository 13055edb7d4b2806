// plan-review check: formats, --out copies, --departments, bad inputs and exit codes.

import { createHash } from "node:crypto";
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { SEVERITY_FILL } from "../../src/core/highlight";
import { FIXTURES } from "../helpers/fixtures";
import { planBook } from "../xlsx/planBook";
import { oleFile } from "./oleFile";
import { run } from "./run";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "plan-review-cli-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const sha = async (p: string) =>
  createHash("sha256")
    .update(await readFile(p))
    .digest("hex");

async function fixture(name: string): Promise<string> {
  const p = join(dir, name);
  await copyFile(join(FIXTURES, name), p);
  return p;
}

interface JsonSheet {
  name: string;
  findings: { cell: string; rule: string; severity: string; fix?: string }[];
  policies: Record<string, unknown>[];
}
interface JsonReport {
  files: { file: string; error?: string; written?: string; sheets: JsonSheet[] }[];
}

describe("check --format json", () => {
  it("keeps the report's contract, with each policy's state counts, and exits 1 on errors", async () => {
    const file = await fixture("kumamoto-progress.xlsx");
    const r = await run("check", file, "--as-of", "2014-03-31", "--format", "json");
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout) as JsonReport & { asOf: string; fiscalYear: number };
    expect(json.asOf).toBe("2014-03-31");
    expect(json.fiscalYear).toBe(2013);
    const sheet = json.files[0].sheets.find((s) => s.name === "H25進捗")!;
    expect(sheet.policies.find((p) => p.name === "協働")).toEqual({
      name: "協働",
      items: 5,
      notDone: 1,
      overdue: 1,
      partly: 0,
      unclear: 0,
      done: 0,
      doing: 3,
      planning: 0,
      noPlan: 0,
      rate: 0.6,
      basis: "actual",
    });
    expect(r.stderr).toBe("");
  });

  it("exits 0 when no error is found", async () => {
    const file = await fixture("kumamoto-indicators.xlsx");
    const r = await run("check", file, "--as-of", "2024-03-31", "--format", "json");
    expect(r.code).toBe(0);
  });
});

describe("check --format table", () => {
  it("groups findings by file and sheet with totals per severity, without colours off a terminal", async () => {
    const file = await fixture("kumamoto-progress.xlsx");
    const r = await run("check", file, "--as-of", "2014-03-31");
    const lines = r.stdout.split("\n");
    expect(lines[0]).toBe("基準日 2014-03-31（平成25年度）");
    expect(lines).toContain(file);
    expect(lines).toContain("  H25進捗  (table, 24件)");
    expect(r.stdout).toMatch(/ {4}I19 {4}エラー item-unimplemented {9}平成25年度の実績が「未実施」です/);
    expect(lines.at(-2)).toBe("エラー 7　警告 4　情報 0");
    expect(r.stdout).not.toContain("\x1b[");
  });

  it("speaks English with --lang en", async () => {
    const file = await fixture("kumamoto-progress.xlsx");
    const r = await run("check", file, "--as-of", "2014-03-31", "--lang", "en");
    expect(r.stdout.split("\n")[0]).toBe("As of 2014-03-31 (FY2013)");
    expect(r.stdout).toContain("error 7, warning 4, info 0");
  });
});

describe("check --out", () => {
  it("writes NAME.checked.xlsx per input with fills, notes and summary sheets, leaving the inputs as they were", async () => {
    const a = await fixture("kumamoto-progress.xlsx");
    const b = await fixture("goto-results.xlsx");
    const before = [await sha(a), await sha(b)];
    const out = join(dir, "out");
    const r = await run("check", a, b, "--as-of", "2014-03-31", "--out", out);
    expect(r.code).toBe(1);
    expect((await readdir(out)).sort()).toEqual([
      "goto-results.checked.xlsx",
      "kumamoto-progress.checked.xlsx",
    ]);
    expect(r.stdout).toContain(`→ 注釈付きコピー: ${join(out, "kumamoto-progress.checked.xlsx")}`);
    expect([await sha(a), await sha(b)]).toEqual(before);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(out, "kumamoto-progress.checked.xlsx"));
    const ws = wb.getWorksheet("H25進捗")!;
    expect((ws.getCell("I19").fill as ExcelJS.FillPattern).fgColor?.argb).toBe(
      `FF${SEVERITY_FILL.error.slice(1)}`,
    );
    expect((ws.getCell("C5").fill as ExcelJS.FillPattern).fgColor?.argb).toBe(
      `FF${SEVERITY_FILL.warning.slice(1)}`,
    );
    expect(JSON.stringify(ws.getCell("G17").note)).toContain("継続実施");
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "H25進捗",
      "課一覧",
      "凡例と指摘一覧",
      "集計_方針別",
      "集計_担当課別",
      "未実施・期限超過一覧",
      "年度末実施結果",
    ]);
    // The per-department sheet used the workbook's 課一覧: 広報広聴課 counts under 広報課.
    const dept = wb.getWorksheet("集計_担当課別")!;
    const names: unknown[] = [];
    dept.getColumn(1).eachCell((c) => names.push(c.value));
    expect(names).toContain("広報課");
    expect(names).not.toContain("広報広聴課");
  });

  it("gives two inputs of the same name two copies, and skips its own copies when a folder is checked again", async () => {
    await mkdir(join(dir, "a"));
    await mkdir(join(dir, "b"));
    await copyFile(join(FIXTURES, "goto-results.xlsx"), join(dir, "a", "plan.xlsx"));
    await copyFile(join(FIXTURES, "goto-results.xlsx"), join(dir, "b", "plan.xlsx"));
    const out = join(dir, "a");
    await run("check", dir, "--as-of", "2014-03-31", "--out", out);
    expect((await readdir(out)).sort()).toEqual(["plan-2.checked.xlsx", "plan.checked.xlsx", "plan.xlsx"]);
    const again = await run("check", dir, "--as-of", "2014-03-31", "--format", "json");
    const files = (JSON.parse(again.stdout) as JsonReport).files.map((f) => f.file);
    expect(files).toEqual([join(dir, "a", "plan.xlsx"), join(dir, "b", "plan.xlsx")]);
  });

  it("refuses a workbook name as the output folder", async () => {
    const file = await fixture("goto-results.xlsx");
    const r = await run("check", file, "--as-of", "2014-03-31", "--out", file);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("出力フォルダを指定してください");
  });
});

describe("bad input", () => {
  it("names each bad file with what is wrong and what to do, checks the others, and exits 2", async () => {
    const good = await fixture("goto-results.xlsx");
    const text = join(dir, "notes.txt");
    await writeFile(text, "取組一覧\n");
    const corrupt = join(dir, "broken.xlsx");
    await writeFile(corrupt, (await readFile(good)).subarray(0, 3000));
    const locked = join(dir, "locked.xlsx");
    await writeFile(locked, oleFile(["EncryptionInfo", "EncryptedPackage"]));
    const old = join(dir, "old.xls");
    await writeFile(old, oleFile(["Workbook"]));
    const missing = join(dir, "missing.xlsx");
    const r = await run(
      "check",
      missing,
      text,
      corrupt,
      locked,
      old,
      good,
      "--as-of",
      "2014-03-31",
      "--format",
      "json",
    );
    expect(r.code).toBe(2);
    // Each bad file is reported once, in its place in the output; nothing on stderr.
    expect(r.stderr).toBe("");
    expect((JSON.parse(r.stdout) as JsonReport).files.slice(0, 5).map((f) => [f.file, f.error])).toEqual([
      [missing, "ファイルまたはフォルダが見つかりません — パスを確認してください"],
      [text, "Excel のブック（.xlsx）ではありません — .xlsx ファイルを指定してください"],
      [corrupt, "ファイルが壊れていて読めません — Excel で開けるか確かめ、元のファイルを取り直してください"],
      [
        locked,
        "パスワードで保護されたブックです — Excel でパスワードを解除して（ファイル › 情報 › ブックの保護）保存し直してください",
      ],
      [old, "古い形式（.xls）のブックです — Excel で開き「Excel ブック (*.xlsx)」として保存し直してください"],
    ]);
    const json = JSON.parse(r.stdout) as JsonReport;
    expect(json.files.map((f) => [f.file, Boolean(f.error)])).toEqual([
      [missing, true],
      [text, true],
      [corrupt, true],
      [locked, true],
      [old, true],
      [good, false],
    ]);
    expect(json.files[5].sheets[0].findings.length).toBeGreaterThan(0);
  });

  it("says in English what is wrong with --lang en", async () => {
    const locked = join(dir, "locked.xlsx");
    await writeFile(locked, oleFile(["EncryptionInfo", "EncryptedPackage"]));
    const r = await run("check", locked, "--as-of", "2014-03-31", "--lang", "en");
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain(
      `${locked}\n  the workbook is password-protected — remove the password in Excel (File › Info › Protect Workbook) and save it again\n`,
    );
    expect(r.stdout).toContain("files not checked 1");
  });

  it("reports a zip that is not a workbook, a folder without workbooks and a missing sheet", async () => {
    const empty = join(dir, "empty");
    await mkdir(empty);
    const good = await fixture("goto-results.xlsx");
    const r = await run("check", empty, good, "--sheet", "なし", "--as-of", "2014-03-31");
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain(`${empty}\n  フォルダに .xlsx ファイルがありません`);
    expect(r.stdout).toContain(`${good}\n  シート「なし」がありません（H25実施結果）`);
  });

  it("tells a zip that is not a workbook from a damaged workbook", async () => {
    const zip = join(dir, "report.xlsx");
    // A well-formed zip (its central directory ends the file) without xl/workbook.xml.
    const eocd = Buffer.alloc(22);
    eocd.writeUInt32LE(0x06054b50, 0);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    await writeFile(zip, Buffer.concat([local, Buffer.from("word/document.xml"), eocd]));
    const r = await run("check", zip, "--as-of", "2014-03-31");
    expect(r.stdout).toContain(
      `${zip}\n  zip ファイルですが Excel のブックではありません — .xlsx ファイルを指定してください\n`,
    );
  });
});

describe("--departments", () => {
  async function planFile() {
    const p = join(dir, "plan.xlsx");
    await writeFile(p, await planBook());
    return p;
  }
  const findingAt = async (file: string, cell: string, ...extra: string[]) => {
    const r = await run("check", file, "--as-of", "2014-03-31", "--format", "json", ...extra);
    expect(r.stderr).toBe("");
    return (JSON.parse(r.stdout) as JsonReport).files[0].sheets[0].findings.find((f) => f.cell === cell);
  };

  it("reads a .txt list: an unlisted name is an error with the nearest name as fix", async () => {
    const file = await planFile();
    expect(await findingAt(file, "C7")).toMatchObject({ rule: "department-unknown", severity: "warning" });
    const list = join(dir, "課一覧.txt");
    await writeFile(list, "市民協働課\n広報課\n");
    expect(await findingAt(file, "C7", "--departments", list)).toMatchObject({
      rule: "department-unknown",
      severity: "error",
      fix: "市民協働課",
    });
  });

  it("reads a .csv with an alias column", async () => {
    const file = await planFile();
    const csv = join(dir, "課一覧.csv");
    await writeFile(csv, '\uFEFF課名,旧課名\r\n市民協働課,"市民共働課"\r\n広報課,\r\n');
    expect(await findingAt(file, "C7", "--departments", csv)).toMatchObject({
      rule: "department-renamed",
      fix: "市民協働課",
    });
  });

  it("reads the first sheet of an .xlsx", async () => {
    const file = await planFile();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("課");
    ws.addRows([["課名", "別名"], ["市民協働課", "市民共働課"], ["広報課"]]);
    const xlsx = join(dir, "master.xlsx");
    await wb.xlsx.writeFile(xlsx);
    expect(await findingAt(file, "C7", "--departments", xlsx)).toMatchObject({ rule: "department-renamed" });
  });

  it("lets the workbook's own 課一覧 sheet win over the file", async () => {
    const file = await fixture("kumamoto-progress.xlsx");
    const list = join(dir, "other.txt");
    await writeFile(list, "別の課\n");
    const r = await run("check", file, "--as-of", "2014-03-31", "--format", "json", "--departments", list);
    const findings = (JSON.parse(r.stdout) as JsonReport).files[0].sheets[0].findings;
    expect(findings.filter((f) => f.rule === "department-unknown")).toEqual([]);
    expect(findings.find((f) => f.cell === "C5")?.rule).toBe("department-renamed");
  });

  it("stops with exit 2 when the list cannot be read", async () => {
    const file = await planFile();
    const r = await run("check", file, "--departments", join(dir, "nope.txt"), "--as-of", "2014-03-31");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("nope.txt: 見つかりません");
    expect(r.stdout).toBe("");
  });
});
