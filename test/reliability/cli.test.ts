// The bad-input matrix through the command line (in-process main): no crash, the right exit code, a
// clear message where the input is bad, an annotated copy whose values are the input's, and the input
// file byte for byte as it was.

import { createHash } from "node:crypto";
import { mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type ExcelJS from "exceljs";
import { toCellValue } from "../../src/xlsx/read";
import { run, type Run } from "../cli/run";
import { excelJSOf } from "../excel/workbooks";
import { AS_OF, BAD_INPUTS, mismatches, type BadInput } from "./matrix";
import { crashText, writeFigures } from "./figures";

let dir: string;
const files = new Map<string, { path: string; hash: string }>();
const tally = {
  inputs: 0,
  runs: 0,
  crashes: [] as string[],
  inputsChanged: [] as string[],
  valuesChanged: 0,
};

const sha = async (p: string) =>
  createHash("sha256")
    .update(await readFile(p))
    .digest("hex");

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "plan-review-bad-"));
  for (const input of BAD_INPUTS) {
    const wb = await input.build();
    const path = join(dir, `${input.id}.xlsx`);
    await writeFile(path, Buffer.from(await wb.xlsx.writeBuffer()));
    files.set(input.id, { path, hash: await sha(path) });
  }
  tally.inputs = BAD_INPUTS.length;
}, 60_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  writeFigures("cli", tally);
});

/** Runs the command, counting a thrown error or a stack trace on stderr as a crash. */
async function runCounted(...argv: string[]): Promise<Run> {
  tally.runs++;
  try {
    const r = await run(...argv);
    if (/\n\s+at .+\(/.test(r.stderr) || /(TypeError|RangeError|ReferenceError)/.test(r.stderr))
      tally.crashes.push(`${argv.join(" ")}: ${r.stderr}`);
    return r;
  } catch (e) {
    tally.crashes.push(`${argv.join(" ")}: ${crashText(e)}`);
    throw e;
  }
}

async function expectInputUnchanged(input: BadInput): Promise<void> {
  const f = files.get(input.id)!;
  const now = await sha(f.path);
  if (now !== f.hash) tally.inputsChanged.push(input.id);
  expect(now).toBe(f.hash);
}

/** Every cell value of the named sheets, by sheet and address. */
function valuesOf(wb: ExcelJS.Workbook, sheets: string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const ws of wb.worksheets.filter((w) => sheets.includes(w.name)))
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const v = toCellValue(cell.value);
        if (v !== null) out.set(`${ws.name}!${cell.address}`, JSON.stringify(v));
      }),
    );
  return out;
}

interface JsonSheet {
  name: string;
  layout: string;
  findings: { cell: string; rule: string; severity: string }[];
}
interface JsonReport {
  files: { file: string; error?: string; written?: string; sheets: JsonSheet[] }[];
}

describe.each(BAD_INPUTS)("$id: $what", (input) => {
  test("check --format json --out: the expected reading, exit code by severity, the copy keeps every value", async () => {
    const { path } = files.get(input.id)!;
    const out = join(dir, `out-${input.id}`);
    const r = await runCounted("check", path, "--as-of", AS_OF, "--format", "json", "--out", out);
    expect(r.stderr).toBe("");
    const json = JSON.parse(r.stdout) as JsonReport;
    const [file] = json.files;
    expect(file.error).toBeUndefined();
    expect(mismatches(input, file.sheets)).toEqual([]);
    const errors = file.sheets.some((s) => s.findings.some((f) => f.severity === "error"));
    expect(r.code).toBe(errors ? 1 : 0);
    // The copy: the input's sheets with the same values (only fills and notes added).
    const names = file.sheets.map((s) => s.name);
    const original = valuesOf(await excelJSOf(path), names);
    const copy = valuesOf(await excelJSOf(file.written!), names);
    const changed = [...new Set([...original.keys(), ...copy.keys()])].filter(
      (k) => original.get(k) !== copy.get(k),
    );
    tally.valuesChanged += changed.length;
    expect(changed).toEqual([]);
    await expectInputUnchanged(input);
  });

  test("check (table): each finding by cell, or a line saying no plan table was found", async () => {
    const { path } = files.get(input.id)!;
    const r = await runCounted("check", path, "--as-of", AS_OF);
    expect(r.stderr).toBe("");
    if (Object.values(input.expected.layouts).every((l) => l === "none")) {
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(
        Object.keys(input.expected.layouts).length ? /計画表が見つかりませんでした/ : /シートがありません/,
      );
    } else {
      for (const f of input.expected.findings ?? []) {
        const [, cell, rule] = /!([A-Z]+\d+) (\S+)$/.exec(f)!;
        expect(r.stdout).toMatch(new RegExp(`\\s${cell}\\s+エラー ${rule}`));
      }
    }
    await expectInputUnchanged(input);
  });

  test("summary --out: a summary workbook is written and the input is untouched", async () => {
    const { path } = files.get(input.id)!;
    const out = join(dir, `summary-${input.id}.xlsx`);
    const r = await runCounted("summary", path, "--as-of", AS_OF, "--out", out);
    expect(r.stderr).toBe("");
    expect([0, 1]).toContain(r.code);
    const wb = await excelJSOf(out);
    expect(wb.worksheets.map((w) => w.name)).toContain("集計_ファイル別");
    await expectInputUnchanged(input);
  });
});

describe("an as-of date that is not a date", () => {
  test.each(["2024-02-30", "yesterday", "2024/03/31", "令和6年3月31日", ""])(
    "--as-of %j: exit 2, a message naming the value and the form to write, nothing read or written",
    async (bad) => {
      const input = BAD_INPUTS.find((i) => i.id === "max-columns")!;
      const { path } = files.get(input.id)!;
      const out = join(dir, "out-bad-date");
      const ja = await runCounted("check", path, "--as-of", bad, "--out", out);
      expect(ja.code).toBe(2);
      expect(ja.stdout).toBe("");
      expect(ja.stderr).toBe(
        `plan-review: --as-of「${bad}」は日付ではありません — YYYY-MM-DD の形で指定してください（例: 2024-03-31）\n使い方: plan-review check --help\n`,
      );
      const en = await runCounted("summary", path, "--as-of", bad, "--lang", "en", "--out", `${out}.xlsx`);
      expect(en.code).toBe(2);
      expect(en.stderr).toBe(
        `plan-review: --as-of "${bad}" is not a date; write it as YYYY-MM-DD (e.g. 2024-03-31)\nUsage: plan-review summary --help\n`,
      );
      await expect(stat(`${out}.xlsx`)).rejects.toThrow();
      await expect(stat(out)).rejects.toThrow();
      await expectInputUnchanged(input);
    },
  );
});

test("no run crashed and no input changed", () => {
  expect(tally.crashes).toEqual([]);
  expect(tally.inputsChanged).toEqual([]);
  expect(tally.runs).toBe(BAD_INPUTS.length * 3 + 5 * 2);
});
