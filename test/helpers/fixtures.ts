// Loads the fixture workbooks and their expected reports for tests.

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { checkWorkbook, type CheckOptions, type WorkbookReport } from "../../src/core/check";
import type { SheetSnapshot } from "../../src/core/types";
import { readXlsx } from "../../src/xlsx/readXlsx";

export const FIXTURES = join(__dirname, "..", "fixtures");

export interface Expected {
  workbook: string;
  asOf: string;
  sheets: Record<
    string,
    {
      layout: string;
      items: number;
      findings: { cell: string; rule: string; severity: string; value: unknown; fix?: string }[];
      policies: Record<string, Record<string, unknown>>;
    }
  >;
}

export function expectedFixtures(): Expected[] {
  return readdirSync(FIXTURES)
    .filter((n) => n.endsWith(".expected.json"))
    .sort()
    .map((n) => JSON.parse(readFileSync(join(FIXTURES, n), "utf8")) as Expected);
}

/** The fixture's sheets as the command reads them. */
export async function snapshotsOf(file: string): Promise<SheetSnapshot[]> {
  return readXlsx(readFileSync(join(FIXTURES, file))).map((s) => s.snapshot);
}

export async function checkFixture(
  file: string,
  opts: Partial<CheckOptions> & { asOf: string },
): Promise<WorkbookReport> {
  return checkWorkbook(await snapshotsOf(file), opts);
}
