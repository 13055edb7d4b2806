// npm run bench: figures and ratios for the engine, the command line, the Excel layer and the task
// pane (see docs/performance.md). Prints; asserts nothing. Sections: engine cli collect stray excel
// taskpane (all by default), e.g. `npm run bench -- engine`.

import { cpus, freemem, totalmem } from "node:os";
import { benchCli } from "./bench/cli";
import { benchCollect } from "./bench/collect";
import { benchEngine } from "./bench/engine";
import { benchExcel } from "./bench/excel";
import { benchStray } from "./bench/stray";
import { benchTaskpane } from "./bench/taskpane";

const SIZES = [1_000, 10_000, 100_000];

async function main(): Promise<void> {
  const asked = process.argv.slice(2);
  const want = (s: string) => asked.length === 0 || asked.includes(s);
  const gb = (b: number) => `${(b / 1024 ** 3).toFixed(1)} GB`;
  console.log(
    `node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? "?"}), ` +
      `memory ${gb(totalmem())} (${gb(freemem())} free)\n`,
  );
  if (want("engine")) {
    console.log(
      "Engine: analyzeSheet + checkModel on generated sheets (median of warm runs; cold = first run)",
    );
    console.log(benchEngine(SIZES) + "\n");
  }
  if (want("cli")) {
    console.log(
      "CLI: plan-review check over 200 workbooks of 500 items, against only opening them with ExcelJS",
    );
    console.log((await benchCli(200, 500, 3)) + "\n");
  }
  if (want("collect")) {
    console.log(
      "Collect: plan-review collect and the pane's 「ブックを集める」 (headless Chromium), against only reading the files",
    );
    console.log((await benchCollect(30, 500, 3)) + "\n");
  }
  if (want("stray")) {
    console.log("Stray value: plan-review check on a workbook with a value in A1 and one in XFD1048576");
    console.log((await benchStray()) + "\n");
  }
  if (want("excel")) {
    console.log(
      "Excel layer (fake Excel): validate (read + check + highlight), summary sheets, clear highlights",
    );
    console.log((await benchExcel(SIZES)) + "\n");
  }
  if (want("taskpane")) {
    console.log("Task pane: render 10,000 findings and filter them (headless Chromium)");
    console.log((await benchTaskpane()) + "\n");
  }
}

void main();
