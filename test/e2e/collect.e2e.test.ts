// 「ブックを集める」 in the built pane in Chromium, under the add-in's Content Security Policy: files
// picked through the file input are read in the page (the platform's DecompressionStream), an
// unreadable one is listed with its reason, and the sheets land in the fake Excel; no request
// leaves the page and no CSP violation is raised.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { FakeExcel } from "../fake-excel";
import { FIXTURES } from "../helpers/fixtures";
import {
  bundlePane,
  launchChromium,
  servePane,
  type Browser,
  type PaneServer,
} from "../taskpane/browser/harness";

let browser: Browser;
let server: PaneServer;

beforeAll(async () => {
  server = await servePane(await bundlePane(), {
    "kumamoto-plan": readFileSync(join(FIXTURES, "kumamoto-plan.xlsx")),
  });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test("picked workbooks are read in the page and collected into the open workbook", async () => {
  const page = await browser.context.newPage();
  const violations: string[] = [];
  const errors: string[] = [];
  const requests: string[] = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("request", (r) => requests.push(r.url()));
  await page.exposeFunction("reportCsp", (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) =>
      (window as unknown as { reportCsp(v: string): void }).reportCsp(
        `${e.violatedDirective} ${e.blockedURI}`,
      ),
    );
  });
  await page.goto(`${server.url}?book=kumamoto-plan&lang=ja&asOf=2014-03-31`);
  await page.getByRole("tab", { name: "集計" }).click();
  expect(await page.getByText(/どこにも送信・アップロードしません/).isVisible()).toBe(true);
  // The platform's inflater is the one the pane uses here.
  expect(await page.evaluate(() => typeof DecompressionStream === "function")).toBe(true);
  const before = requests.length;
  await page.getByTestId("collect-input").setInputFiles([
    {
      name: "goto-results.xlsx",
      mimeType: "application/octet-stream",
      buffer: readFileSync(join(FIXTURES, "goto-results.xlsx")),
    },
    {
      name: "kumamoto-progress.xlsx",
      mimeType: "application/octet-stream",
      buffer: readFileSync(join(FIXTURES, "kumamoto-progress.xlsx")),
    },
    { name: "壊れた.xlsx", mimeType: "application/octet-stream", buffer: Buffer.from("not a workbook") },
  ]);
  await page
    .getByText(/3 ファイル中 2 ファイルを集め、シートを書き出しました: 取りまとめ/)
    .waitFor({ timeout: 30_000 });
  const files = page.getByRole("list", { name: "集めるファイル" }).getByRole("listitem");
  expect(await files.count()).toBe(3);
  await expect(
    files
      .nth(0)
      .getByText(/^19 件の取組$/)
      .isVisible(),
  ).resolves.toBe(true);
  await expect(
    files
      .nth(2)
      .getByText(/^読めません: zip/)
      .isVisible(),
  ).resolves.toBe(true);
  const sheets = await page.evaluate(async () => {
    const fake = await (window as unknown as { planReviewFake: Promise<FakeExcel> }).planReviewFake;
    return fake.data.sheets.map((s) => s.name);
  });
  expect(sheets).toEqual(expect.arrayContaining(["取りまとめ", "取りまとめ_ファイル一覧", "集計_方針別"]));
  // Nothing was fetched or sent while collecting: the files never left the page.
  expect(requests.slice(before)).toEqual([]);
  expect(violations).toEqual([]);
  expect(errors).toEqual([]);
  await page.close();
});
