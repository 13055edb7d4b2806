// Collect: 30 department workbooks of 500 items brought together — on the command line
// (`plan-review collect`, in this process) and in the pane's page in headless Chromium (the browser
// reader, the check, the sheets written into the fake Excel) — each against only reading the same
// files with the same reader.

import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { readXlsx } from "../../src/xlsx/readXlsx";
import { departmentBook } from "../../test/helpers/departmentBooks";
import { bundlePane, launchChromium, servePane } from "../../test/taskpane/browser/harness";
import { median, ms, ratio, table } from "./format";

/** Runs the command with its printing silenced; its exit code. */
async function quiet(argv: string[]): Promise<number> {
  const out = process.stdout.write.bind(process.stdout);
  const err = process.stderr.write.bind(process.stderr);
  process.stdout.write = (() => true) as typeof process.stdout.write;
  process.stderr.write = (() => true) as typeof process.stderr.write;
  try {
    return await main(argv);
  } finally {
    process.stdout.write = out;
    process.stderr.write = err;
  }
}

export async function benchCollect(files = 30, items = 500, rounds = 3): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "plan-review-bench-collect-"));
  const inDir = join(dir, "in");
  const books: Record<string, Buffer> = {};
  try {
    mkdirSync(inDir);
    const book = await departmentBook(items);
    for (let i = 0; i < files; i++) {
      const name = `dept-${String(i + 1).padStart(2, "0")}`;
      books[name] = book;
      writeFileSync(join(inDir, `${name}.xlsx`), book);
    }
    const cliRead: number[] = [];
    const cliCollect: number[] = [];
    for (let r = 0; r < rounds; r++) {
      let t = performance.now();
      for (const f of readdirSync(inDir).sort()) readXlsx(readFileSync(join(inDir, f)));
      cliRead.push(performance.now() - t);
      t = performance.now();
      const code = await quiet(["collect", inDir, "--out", join(dir, "all.xlsx"), "--as-of", "2014-03-31"]);
      cliCollect.push(performance.now() - t);
      if (code !== 0) throw new Error(`plan-review collect exited ${code}`);
    }

    const server = await servePane(await bundlePane(join(__dirname, "collectEntry.ts")), books);
    const browser = await launchChromium();
    const pageRead: number[] = [];
    const pageCollect: number[] = [];
    let collected = 0;
    try {
      for (let r = 0; r < rounds; r++) {
        const page = await browser.context.newPage();
        await page.goto(server.url);
        await page.waitForFunction(`"benchCollect" in window`);
        const t = await page.evaluate<{ read: number; collect: number; items: number }>(
          `window.benchCollect(${files})`,
        );
        pageRead.push(t.read);
        pageCollect.push(t.collect);
        collected = t.items;
        await page.close();
      }
    } finally {
      await browser.close();
      await server.close();
    }
    const row = (where: string, read: number[], collect: number[]) => [
      where,
      ms(median(read)),
      ms(median(collect)),
      ratio(median(collect), median(read)),
    ];
    return [
      `${files} workbooks × ${items} items (${collected.toLocaleString("en-US")} items collected), medians of ${rounds} runs`,
      table(
        ["where", "read only (same reader)", "collect (read + check + write)", "ratio"],
        [
          row("command line (plan-review collect, in-process)", cliRead, cliCollect),
          row("pane page, headless Chromium (fake Excel)", pageRead, pageCollect),
        ],
      ),
    ].join("\n");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
