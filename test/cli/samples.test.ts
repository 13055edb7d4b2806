// The samples are the fixture workbooks with their review day saved in them as the add-in saves it,
// so `plan-review check samples` (no --as-of) and `npm run demo` check each as of its own day and
// agree with each other and with the fixtures' expected findings.

import { readdirSync, readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { demo } from "../../src/cli/demo";
import { savedCheckOptions } from "../../src/xlsx/checkSheets";
import { STATE_SHEET_NAME } from "../../src/core/state";
import { loadWorkbook, workbookSheets } from "../../src/xlsx/read";
import { expectedFixtures, FIXTURES } from "../helpers/fixtures";
import { run } from "./run";

const SAMPLES = join(__dirname, "..", "..", "samples");

let out: string;
beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), "plan-review-demo-"));
});
afterAll(async () => {
  await rm(out, { recursive: true, force: true });
});

describe("the samples", () => {
  it.each(expectedFixtures().map((e) => [e.workbook, e.asOf]))(
    "%s is its fixture with the review day %s saved in it",
    async (name, asOf) => {
      const sample = workbookSheets(await loadWorkbook(join(SAMPLES, name)));
      const fixture = workbookSheets(await loadWorkbook(join(FIXTURES, name)));
      expect(sample.filter((s) => s.snapshot.name !== STATE_SHEET_NAME)).toEqual(fixture);
      expect(sample.find((s) => s.snapshot.name === STATE_SHEET_NAME)!.state).toBe("veryHidden");
      expect(savedCheckOptions(sample).asOf).toBe(asOf);
    },
  );

  it("are every fixture, and nothing else", () => {
    expect(readdirSync(SAMPLES).sort()).toEqual(expectedFixtures().map((e) => e.workbook));
  });
});

/** The lines of a table output that name a file's day or a finding. */
const findingLines = (text: string) => text.split("\n").filter((l) => /^ {4}\S/.test(l));

describe("check samples and the demo", () => {
  it("check samples without --as-of gives every fixture's expected findings, each as of its own day", async () => {
    const r = await run("check", SAMPLES, "--format", "json");
    const json = JSON.parse(r.stdout) as {
      files: {
        file: string;
        asOf?: string;
        sheets: { name: string; findings: { cell: string; rule: string; severity: string }[] }[];
      }[];
    };
    for (const expected of expectedFixtures()) {
      const file = json.files.find((f) => f.file === join(SAMPLES, expected.workbook))!;
      expect(file.asOf).toBe(expected.asOf);
      for (const [sheet, want] of Object.entries(expected.sheets)) {
        const got = file.sheets.find((s) => s.name === sheet)!;
        // Info findings are not part of the expectations (as in the fixture tests).
        const found = got.findings.filter((f) => f.severity !== "info");
        expect([sheet, found.map((f) => `${f.cell} ${f.rule} ${f.severity}`)]).toEqual([
          sheet,
          want.findings.map((f) => `${f.cell} ${f.rule} ${f.severity}`),
        ]);
      }
    }
  });

  it("the demo prints the same findings as check samples, and says which day each sample uses", async () => {
    let printed = "";
    const code = await demo({
      // As npm run demo names them, from the project folder.
      samples: relative(process.cwd(), SAMPLES),
      outDir: out,
      lang: "ja",
      color: false,
      write: (t) => (printed += t),
    });
    expect(code).toBe(0);
    const check = await run("check", relative(process.cwd(), SAMPLES));
    expect(findingLines(printed)).toEqual(findingLines(check.stdout));
    expect(findingLines(printed).length).toBeGreaterThan(10);
    for (const e of expectedFixtures()) {
      expect(printed).toContain(`基準日 ${e.asOf}`);
      expect(check.stdout).toContain(
        `${join(relative(process.cwd(), SAMPLES), e.workbook)}\n  基準日 ${e.asOf}`,
      );
    }
    expect(printed).toContain("— ブックに保存された基準日");
    expect(printed).toContain(`注釈付きコピー 6件と集計ブックを ${out}/ に書き出しました`);

    // The README shows the demo's real first lines.
    const readme = readFileSync(join(__dirname, "..", "..", "README.md"), "utf8");
    const block = readme.slice(readme.indexOf("<!-- demo:start"), readme.indexOf("<!-- demo:end"));
    const excerpt = /```\n([\s\S]*?)\n```/.exec(block)![1];
    expect(printed.startsWith(`${excerpt}\n`)).toBe(true);
  });
});
