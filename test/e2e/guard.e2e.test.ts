// A copy written with check --out --guard opens in LibreOffice: headless conversion succeeds, and the
// drop-down lists survive LibreOffice's own save (converted back to .xlsx, read with ExcelJS).

import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { checkFiles } from "../../src/cli/main";
import { GUARD_SHEET, guardBook } from "../helpers/guardBook";

const dir = mkdtempSync(join(tmpdir(), "plan-review-guard-lo-"));
const profile = mkdtempSync(join(tmpdir(), "plan-review-lo-"));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(profile, { recursive: true, force: true });
});

function convert(file: string, to: string, outdir: string): void {
  execFileSync(
    "soffice",
    [
      "--headless",
      "--norestore",
      `-env:UserInstallation=file://${profile}`,
      "--convert-to",
      to,
      "--outdir",
      outdir,
      file,
    ],
    { stdio: "pipe", timeout: 170000 },
  );
}

test("the guarded copy converts, and LibreOffice keeps its lists", async () => {
  const input = join(dir, "plan.xlsx");
  writeFileSync(input, await guardBook());
  const out = join(dir, "out");
  const [result] = await checkFiles([{ path: input, asOf: "2024-03-31" }], {
    lang: "ja",
    outDir: out,
    inputs: [input],
    guard: true,
  });
  expect(result.error).toBeUndefined();
  expect(result.guard?.guarded).toBe(13);
  const copy = join(out, "plan.checked.xlsx");

  convert(copy, "pdf", dir);
  expect(existsSync(join(dir, "plan.checked.pdf"))).toBe(true);

  const again = join(dir, "again");
  convert(copy, "xlsx", again);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(again, "plan.checked.xlsx"));
  const model = (
    wb.getWorksheet(GUARD_SHEET) as unknown as {
      dataValidations: { model: Record<string, ExcelJS.DataValidation | undefined> };
    }
  ).dataValidations.model;
  expect(model.D4).toMatchObject({ type: "list", errorStyle: "warning" });
  expect(String(model.D4!.formulae[0])).toMatch(/PlanReview_Status1/);
  const names = (wb.definedNames as unknown as { model: { name: string }[] }).model.map((n) => n.name);
  expect(names).toEqual(expect.arrayContaining(["PlanReview_Status1", "PlanReview_Departments"]));
});
