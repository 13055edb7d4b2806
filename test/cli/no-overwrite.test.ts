// The command never writes over an input nor reads its own output back as one, whatever form the
// paths take: a file, a folder (and one below it), several files (what a shell's glob gives), a
// relative or another spelling of the path, a symbolic link to the file or to its folder, a hard
// link, another letter case. Every input is hashed before and after each run.

import { createHash } from "node:crypto";
import {
  copyFile,
  link,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rm,
  stat,
  symlink,
  writeFile,
} from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import ExcelJS from "exceljs";
import { FIXTURES } from "../helpers/fixtures";
import { run } from "./run";

let dir: string;
let inDir: string;
let inputs: string[];
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "plan-review-overwrite-"));
  inDir = join(dir, "in");
  await mkdir(join(inDir, "sub"), { recursive: true });
  inputs = [join(inDir, "goto-results.xlsx"), join(inDir, "sub", "kumamoto-progress.xlsx")];
  await copyFile(join(FIXTURES, "goto-results.xlsx"), inputs[0]);
  await copyFile(join(FIXTURES, "kumamoto-progress.xlsx"), inputs[1]);
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const sha = async (p: string) =>
  createHash("sha256")
    .update(await readFile(p))
    .digest("hex");

/** Runs the command and checks that every input is there after, byte for byte. */
async function runKeepingInputs(...argv: string[]) {
  const before = await Promise.all(inputs.map(sha));
  const r = await run(...argv);
  expect(await Promise.all(inputs.map(sha))).toEqual(before);
  return r;
}

const AS_OF = ["--as-of", "2014-03-31"];
const REFUSED_INPUT = "この出力先は入力ファイル";

async function sheetNames(file: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.worksheets.map((w) => w.name);
}

/** Whether the folder's file system tells names apart by letter case. */
async function caseSensitive(folder: string): Promise<boolean> {
  const probe = join(folder, "case-probe");
  await writeFile(probe, "");
  const other = await stat(join(folder, "CASE-PROBE")).catch(() => null);
  await rm(probe);
  return other === null;
}

describe("summary --out is never an input", () => {
  it("a file named as input and output", async () => {
    const r = await runKeepingInputs("summary", inputs[0], "--out", inputs[0], ...AS_OF);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(REFUSED_INPUT);
  });

  it("a workbook of the folder being summarised (the reported loss)", async () => {
    const r = await runKeepingInputs("summary", inDir, "--out", inputs[0], ...AS_OF);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${REFUSED_INPUT} ${inputs[0]}`);
  });

  it("a workbook in a folder below the one being summarised", async () => {
    const r = await runKeepingInputs("summary", inDir, "--out", inputs[1], ...AS_OF);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(REFUSED_INPUT);
  });

  it("one of several files (a shell's glob)", async () => {
    const r = await runKeepingInputs("summary", ...inputs, "--out", inputs[1], ...AS_OF);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(REFUSED_INPUT);
  });

  it("the input spelt another way: relative, with . and ..", async () => {
    const spelt = join(relative(process.cwd(), inDir), "sub", "..", ".", "goto-results.xlsx");
    expect(spelt).not.toBe(inputs[0]);
    const r = await runKeepingInputs("summary", inDir, "--out", spelt, ...AS_OF);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(REFUSED_INPUT);
  });

  it("a symbolic link to the input, and a path through a linked folder", async () => {
    const linkFile = join(dir, "link.xlsx");
    await symlink(inputs[0], linkFile);
    await symlink(inDir, join(dir, "linked"));
    for (const out of [linkFile, join(dir, "linked", "goto-results.xlsx")]) {
      const r = await runKeepingInputs("summary", inDir, "--out", out, ...AS_OF);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(REFUSED_INPUT);
    }
    // The other way round: the input given through the link, the output named directly.
    const r = await runKeepingInputs("summary", join(dir, "linked"), "--out", inputs[0], ...AS_OF);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(REFUSED_INPUT);
  });

  it("a hard link to the input", async () => {
    const hard = join(dir, "hard.xlsx");
    await link(inputs[0], hard);
    const r = await runKeepingInputs("summary", inDir, "--out", hard, ...AS_OF);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(REFUSED_INPUT);
  });

  it("the input in another letter case: refused where the file system ignores case, another file where not", async () => {
    const upper = join(inDir, "GOTO-RESULTS.xlsx");
    const r = await runKeepingInputs("summary", inDir, "--out", upper, ...AS_OF);
    if (await caseSensitive(inDir)) {
      expect(r.code).toBe(0);
      expect(await sheetNames(upper)).toContain("集計_方針別");
    } else {
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(REFUSED_INPUT);
    }
  });

  it("another workbook that is not its own summary is not written over either", async () => {
    const other = join(dir, "notes.xlsx");
    await copyFile(join(FIXTURES, "cards-plan.xlsx"), other);
    const before = await sha(other);
    const r = await runKeepingInputs("summary", inDir, "--out", other, ...AS_OF);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("plan-review の集計ブックではないファイルがすでにあります");
    expect(await sha(other)).toBe(before);
  });

  it("a folder is not a file to write", async () => {
    await mkdir(join(dir, "out.xlsx"));
    const r = await runKeepingInputs("summary", inDir, "--out", join(dir, "out.xlsx"), ...AS_OF);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("フォルダです");
  });
});

describe("a summary written into the folder it summarises", () => {
  it("is not read back as an input by summary or check, and may be written again", async () => {
    const first = join(inDir, "sub", "summary.xlsx");
    const r1 = await runKeepingInputs("summary", inDir, "--out", first, ...AS_OF);
    expect(r1.code).toBe(0);
    expect(r1.stdout).toContain("集計: 2ファイル 43件");

    // Found in the folder, named directly (a glob that matches it), or as the output again.
    for (const argv of [
      [inDir, "--out", join(inDir, "other.xlsx")],
      [...inputs, first, "--out", join(dir, "named.xlsx")],
      [inDir, "--out", first],
    ]) {
      const r = await runKeepingInputs("summary", ...argv, ...AS_OF);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain("集計: 2ファイル 43件");
      expect(r.stdout).toContain(`${first}: plan-review が書き出した集計ブックです`);
    }

    const checked = await runKeepingInputs("check", inDir, ...AS_OF, "--format", "json");
    const files = (
      JSON.parse(checked.stdout) as { files: { file: string; ownOutput?: boolean; sheets: unknown[] }[] }
    ).files;
    const own = files.filter((f) => f.ownOutput);
    expect(own.map((f) => f.file).sort()).toEqual([join(inDir, "other.xlsx"), first].sort());
    expect(own.every((f) => f.sheets.length === 0)).toBe(true);
  });

  it("a failed write leaves the earlier summary as it was and no temporary file", async () => {
    const out = join(dir, "summary.xlsx");
    expect((await runKeepingInputs("summary", inDir, "--out", out, ...AS_OF)).code).toBe(0);
    const good = await sha(out);
    // The temporary file's place is taken by a folder: writing it fails.
    const tmp = join(dir, `.summary.xlsx.${process.pid}.tmp`);
    await mkdir(tmp);
    await writeFile(join(tmp, "keep"), "");
    const r = await runKeepingInputs("summary", inDir, "--out", out, ...AS_OF);
    expect(r.code).toBe(2);
    expect(await sha(out)).toBe(good);
    expect((await readdir(dir)).filter((n) => n.endsWith(".tmp"))).toEqual([
      `.summary.xlsx.${process.pid}.tmp`,
    ]);
  });
});

describe("check --out never writes a copy over an input", () => {
  it("refuses a folder where a copy would replace an input, before writing anything", async () => {
    // An input that happens to be named like the copy of another.
    const lookalike = join(inDir, "goto-results.checked.xlsx");
    await copyFile(join(FIXTURES, "cards-plan.xlsx"), lookalike);
    inputs.push(lookalike);
    const r = await runKeepingInputs("check", inputs[0], lookalike, "--out", inDir, ...AS_OF);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`入力ファイル ${lookalike} を上書きしてしまいます`);
    expect((await readdir(inDir)).sort()).toEqual(["goto-results.checked.xlsx", "goto-results.xlsx", "sub"]);
  });

  it("writes the copies into the input folder, and a second check of the folder does not read them", async () => {
    const first = await runKeepingInputs("check", inDir, "--out", inDir, ...AS_OF, "--jobs", "1");
    expect(first.code).toBe(1);
    expect((await readdir(inDir)).sort()).toEqual([
      "goto-results.checked.xlsx",
      "goto-results.xlsx",
      "kumamoto-progress.checked.xlsx",
      "sub",
    ]);
    const again = await runKeepingInputs("check", inDir, ...AS_OF, "--format", "json");
    const files = (JSON.parse(again.stdout) as { files: { file: string }[] }).files.map((f) => f.file);
    expect(files).toEqual(inputs);
  });
});

describe("the lists the command reads (--departments, --vocabulary) are never written over", () => {
  it("summary --out naming a list file is refused", async () => {
    // Read as either list: words with their category, or department names in the first column.
    const list = join(inDir, "list.xlsx");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("list").addRows([
      ["語", "区分"],
      ["着手", "実施中"],
    ]);
    await wb.xlsx.writeFile(list);
    inputs.push(list);
    for (const option of ["--departments", "--vocabulary"]) {
      const r = await runKeepingInputs("summary", inputs[0], option, list, "--out", list, ...AS_OF);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`${REFUSED_INPUT} ${list}`);
    }
  });

  it("check --out where a copy would be a list file is refused", async () => {
    const copies = join(dir, "copies");
    await mkdir(copies);
    const list = join(copies, "goto-results.checked.xlsx");
    await copyFile(join(FIXTURES, "kumamoto-plan.xlsx"), list);
    inputs.push(list);
    const r = await runKeepingInputs("check", inputs[0], "--departments", list, "--out", copies, ...AS_OF);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`入力ファイル ${list} を上書きしてしまいます`);
  });
});
