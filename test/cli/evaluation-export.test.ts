// plan-review check on a city's evaluation export (事務事業評価, 210 columns): every row an item with
// its policy and department, its policy variants reported.

import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { EXPORT_ROWS, EXPORT_SHEET, evaluationExport } from "../helpers/evaluationExport";
import { run } from "./run";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "plan-review-export-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

interface JsonSheet {
  name: string;
  layout: string;
  items: number;
  findings: { cell: string; rule: string; value: unknown; fix?: string }[];
  policies: { name: string; items: number }[];
}

test("reads every row as an item with its policy and department, and reports its policy variants", async () => {
  const file = join(dir, "export.xlsx");
  await writeFile(file, await evaluationExport({ master: true }));
  const r = await run("check", file, "--as-of", "2024-03-31", "--format", "json");
  const sheet = (JSON.parse(r.stdout) as { files: { sheets: JsonSheet[] }[] }).files[0].sheets.find(
    (s) => s.name === EXPORT_SHEET,
  )!;
  expect(sheet.layout).toBe("table");
  expect(sheet.items).toBe(EXPORT_ROWS.length);
  expect(sheet.policies.reduce((n, p) => n + p.items, 0)).toBe(EXPORT_ROWS.length);
  expect(sheet.findings.filter((f) => f.rule === "policy-variant").map((f) => [f.cell, f.fix])).toEqual([
    ["D6", "安全で安心して暮らせるまち"],
    ["D10", "豊かな市民生活を実現する産業の振興"],
    ["D13", "地域特性を活かした農林業の振興"],
  ]);
  // Departments written with or without their 部 match the master; one is not in it.
  expect(sheet.findings.filter((f) => f.rule.startsWith("department-")).map((f) => f.cell)).toEqual(["K14"]);
  expect(r.code).toBe(1);
});
