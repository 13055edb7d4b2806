// The built task pane in Debian's chromium with the fake Excel behind Office, under the add-in's own
// Content Security Policy: check → select → fix → undo → summary → clear, screenshots, axe-core,
// and cell text holding HTML shown as text.

import ExcelJS from "exceljs";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { parseAddress } from "../../src/core/address";
import { FIXTURES } from "../helpers/fixtures";
import type { FakeExcel } from "../fake-excel";
import {
  ARTIFACTS,
  bundlePane,
  launchChromium,
  servePane,
  type Browser,
  type PaneServer,
} from "../taskpane/browser/harness";

const SHEET = "取組計画";
const HOSTILE = '<img src=x onerror="window.__pwned=1">';

let browser: Browser;
let server: PaneServer;

async function hostileBook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(join(FIXTURES, "kumamoto-plan.xlsx")) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(SHEET)!;
  ws.getCell("H11").value = HOSTILE;
  ws.getCell("E24").value = "<script>window.__pwned=2</script>市民共働課";
  return Buffer.from(await wb.xlsx.writeBuffer());
}

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  const bundle = await bundlePane();
  server = await servePane(bundle, {
    "kumamoto-plan": readFileSync(join(FIXTURES, "kumamoto-plan.xlsx")),
    "kumamoto-progress": readFileSync(join(FIXTURES, "kumamoto-progress.xlsx")),
    hostile: await hostileBook(),
  });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Opened {
  page: Page;
  violations: string[];
  errors: string[];
}

async function open(book: string, lang: "ja" | "en", width: number): Promise<Opened> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width, height: 900 });
  const violations: string[] = [];
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  // Report every CSP violation back to the test (eval, inline script, another origin…).
  await page.exposeFunction("reportCsp", (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) =>
      (window as unknown as { reportCsp(v: string): void }).reportCsp(
        `${e.violatedDirective} ${e.blockedURI}`,
      ),
    );
  });
  await page.goto(`${server.url}?book=${book}&lang=${lang}&asOf=2014-03-31`);
  await page.getByRole("tab").first().waitFor();
  return { page, violations, errors };
}

/** Runs a function on the page's fake Excel and returns its (JSON) result. */
function onFake<T, A>(page: Page, fn: (fake: FakeExcel, arg: A) => T, arg: A): Promise<T> {
  return page.evaluate(
    async ({ body, arg }) => {
      const fake = await (window as unknown as { planReviewFake: Promise<unknown> }).planReviewFake;
      return new Function("fake", "arg", `return (${body})(fake, arg);`)(fake, arg);
    },
    { body: fn.toString(), arg },
  ) as Promise<T>;
}

const cellValue = (page: Page, address: string) => {
  const { row, col } = parseAddress(address)!;
  return onFake(page, (fake, a) => fake.sheet(a.sheet).get(a.row, a.col) ?? null, { sheet: SHEET, row, col });
};
const fillCount = (page: Page) => onFake(page, (fake, s: string) => fake.sheet(s).fills.size, SHEET);

/** Retries until the value matches (the pane's work is asynchronous). */
async function poll<T>(read: () => Promise<T>, want: T, ms = 10000): Promise<void> {
  const until = Date.now() + ms;
  let got = await read();
  while (JSON.stringify(got) !== JSON.stringify(want) && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 100));
    got = await read();
  }
  expect(got).toEqual(want);
}

async function check(page: Page, label: string): Promise<void> {
  await page.getByRole("button", { name: label, exact: true }).click();
  await page.locator("button[data-finding]").first().waitFor();
}

async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

describe("task pane over the fake Excel", () => {
  it("checks, selects, fixes, undoes, summarises and clears (ja, 500 px)", async () => {
    const { page, violations, errors } = await open("kumamoto-plan", "ja", 500);
    const fillsBefore = await fillCount(page);

    await check(page, "検証");
    await expect(
      page
        .getByText(/指摘 \d+ 件/)
        .first()
        .isVisible(),
    ).resolves.toBe(true);
    const cells = await page
      .locator("button[data-finding]")
      .evaluateAll((bs) => bs.map((b) => b.getAttribute("data-finding")));
    expect(cells).toEqual(expect.arrayContaining(["H11", "E24", "H27"]));
    expect(await fillCount(page)).toBeGreaterThan(fillsBefore);
    await screenshot(page, "taskpane-ja-500");

    // Clicking a finding moves Excel's selection to its cell.
    await page.locator('button[data-finding="E24"]').click();
    await poll(() => onFake(page, (fake) => fake.data.selection?.address ?? null, null), "E24");

    // 修正 shows old → new, then writes it; 元に戻す puts the old value back.
    await page.getByRole("button", { name: `修正 ${SHEET}!H11` }).click();
    const dialog = page.getByRole("dialog");
    await expect(dialog.getByText("実地").first().isVisible()).resolves.toBe(true);
    await expect(dialog.getByText("実施").first().isVisible()).resolves.toBe(true);
    await page.waitForTimeout(500); // the dialog's fade-in
    await screenshot(page, "taskpane-ja-500-fix-preview");
    await dialog.getByRole("button", { name: "修正する" }).click();
    await poll(() => cellValue(page, "H11"), "実施");
    await page.getByRole("button", { name: "元に戻す" }).click();
    await poll(() => cellValue(page, "H11"), "実地");

    // ハイライト解除 puts every fill back as it was.
    await page.getByRole("button", { name: "ハイライト解除" }).click();
    await poll(() => fillCount(page), fillsBefore);

    // The summary sheets are written into the workbook and drawn in the pane.
    const sheetsBefore = await onFake(page, (fake) => fake.data.sheets.map((s) => s.name), null);
    await page.getByRole("tab", { name: "集計" }).click();
    await page.getByRole("button", { name: "集計シートを作成・更新" }).click();
    await page
      .locator("svg")
      .filter({ has: page.locator("rect") })
      .first()
      .waitFor();
    const sheetsAfter = await onFake(page, (fake) => fake.data.sheets.map((s) => s.name), null);
    expect(sheetsAfter.length).toBeGreaterThan(sheetsBefore.length);
    await screenshot(page, "taskpane-ja-500-summary");

    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each([
    ["ja", 320, "検証"],
    ["en", 320, "Check"],
    ["en", 500, "Check"],
  ] as const)(
    "lays out the findings in %s at %i px without a horizontal scroll bar",
    async (lang, width, label) => {
      const { page, violations, errors } = await open("kumamoto-progress", lang, width);
      await check(page, label);
      await screenshot(page, `taskpane-${lang}-${width}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      expect(violations).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    },
  );

  it("has no serious or critical axe-core violation on each panel", async () => {
    const { page } = await open("kumamoto-plan", "ja", 500);
    await check(page, "検証");
    await page.addScriptTag({ url: "axe.js" });
    const scan = () =>
      page.evaluate(async () => {
        const axe = (
          window as unknown as {
            axe: {
              run(
                ctx: object,
              ): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>;
            };
          }
        ).axe;
        // Tabster's focus sentinels (aria-hidden <i tabindex=0> beside Fluent's tab list) pass focus on
        // at once and are never announced; axe cannot know that, so they are left out of the scan.
        const r = await axe.run({ include: [["body"]], exclude: [["[data-tabster-dummy]"]] });
        return r.violations
          .filter((v) => v.impact === "serious" || v.impact === "critical")
          .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
      });
    const found: Record<string, string[]> = { 検証: await scan() };
    for (const tab of ["レイアウト", "集計", "設定"]) {
      await page.getByRole("tab", { name: tab }).click();
      await page.waitForTimeout(300);
      found[tab] = await scan();
    }
    expect(found).toEqual({ 検証: [], レイアウト: [], 集計: [], 設定: [] });
    await page.close();
  });

  it("shows cell text holding HTML or script as text and never runs it", async () => {
    const { page, violations, errors } = await open("hostile", "ja", 500);
    await check(page, "検証");
    const finding = page.locator('button[data-finding="H11"]');
    await expect(finding.textContent()).resolves.toContain(HOSTILE);
    await expect(page.locator('button[data-finding="E24"]').textContent()).resolves.toContain("<script>");
    expect(await page.locator("#root img").count()).toBe(0);
    expect(await page.locator("#root script").count()).toBe(0);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
