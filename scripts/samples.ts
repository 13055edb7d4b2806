// npm run samples: writes samples/ from the fixture workbooks (test/fixtures), each with the
// review day of its expected results saved in it as the add-in saves it (the very hidden state
// sheet), so that `plan-review check samples` and `npm run demo` check each sample as of its own
// day without --as-of. Every other sheet is left as the fixture has it (test/cli/samples.test.ts).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { defaultSettings } from "../src/core/settings";
import { emptyState, STATE_SHEET_NAME, stateToRows } from "../src/core/state";

const root = join(__dirname, "..");
const fixtures = join(root, "test", "fixtures");

async function main(): Promise<void> {
  for (const name of readdirSync(fixtures)
    .filter((n) => n.endsWith(".xlsx"))
    .sort()) {
    const expected = join(fixtures, name.replace(/\.xlsx$/, ".expected.json"));
    const { asOf } = JSON.parse(readFileSync(expected, "utf8")) as { asOf: string };
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(fixtures, name));
    const ws = wb.addWorksheet(STATE_SHEET_NAME, { state: "veryHidden" });
    // Text cells, as the add-in writes them (src/excel/stateSheet.ts).
    for (const row of stateToRows({ ...emptyState(), settings: { ...defaultSettings(), asOf } })) {
      const added = ws.addRow(row);
      added.eachCell((c) => (c.numFmt = "@"));
    }
    await wb.xlsx.writeFile(join(root, "samples", name));
    process.stdout.write(`samples/${name}: review day ${asOf}\n`);
  }
}

void main();
