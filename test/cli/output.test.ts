// check renders each file's output as soon as the file is checked: the printed document must be
// exactly what rendering every full report at the end gives.

import { copyFile, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expandPaths } from "../../src/cli/files";
import { checkFiles } from "../../src/cli/main";
import { formatTable } from "../../src/cli/table";
import { FIXTURES } from "../helpers/fixtures";
import { run } from "./run";

let dir: string;
let files: string[];
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "plan-review-output-"));
  files = [];
  for (const name of ["kumamoto-plan.xlsx", "cards-plan.xlsx", "goto-results.xlsx"]) {
    const p = join(dir, name);
    await copyFile(join(FIXTURES, name), p);
    files.push(p);
  }
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("check output rendered file by file", () => {
  it.each(["ja", "en"])("prints the table that the full reports give (%s)", async (lang) => {
    const missing = join(dir, "missing.xlsx");
    const r = await run("check", ...files, missing, "--as-of", "2014-03-31", "--lang", lang);
    const full = await checkFiles(
      files.map((path) => ({ path })),
      { lang: lang as "ja" | "en", defaultAsOf: "2014-03-31" },
    );
    // The missing file is reported before the files that were checked.
    const expected = formatTable(
      "2014-03-31",
      [
        { file: missing, error: (await expandPaths([missing], lang as "ja" | "en")).problems[0].message },
        ...full,
      ],
      lang as "ja" | "en",
      false,
    );
    expect(r.stdout).toBe(expected);
    expect(r.code).toBe(2);
  });

  it("prints one JSON document, indented as a whole, with every file and finding", async () => {
    const r = await run("check", ...files, "--as-of", "2014-03-31", "--format", "json");
    const json = JSON.parse(r.stdout) as {
      asOf: string;
      fiscalYear: number;
      files: { file: string; sheets: { findings: unknown[] }[] }[];
    };
    expect(r.stdout).toBe(JSON.stringify(json, null, 2) + "\n");
    expect(Object.keys(json)).toEqual(["asOf", "fiscalYear", "files"]);
    expect(json.files.map((f) => f.file)).toEqual(files);
    const full = await checkFiles(
      files.map((path) => ({ path })),
      { lang: "ja", defaultAsOf: "2014-03-31" },
    );
    const counts = (sheets: { findings: unknown[] }[]) => sheets.map((s) => s.findings.length);
    expect(json.files.map((f) => counts(f.sheets))).toEqual(full.map((f) => counts(f.report!.sheets)));
    expect(counts(json.files[0].sheets).some((n) => n > 0)).toBe(true);
  });
});
