// The built task pane in Debian's chromium with the fake Excel behind Office, under the add-in's own
// Content Security Policy: check → select → fix → revert → summary → clear; what a reviewer sees
// (ja/en × 320/500 px × light/dark, a sheet of 187 findings) with each screenshot checked for
// horizontal overflow and cut finding messages; axe-core at every impact level in light, dark and
// high contrast; cell text holding HTML shown as text.

import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import ExcelJS from "exceljs";
import { parseAddress } from "../../src/core/address";
import { FIXTURES } from "../helpers/fixtures";
import type { FakeExcel } from "../fake-excel";
import {
  ARTIFACTS,
  bundleDialog,
  bundlePane,
  launchChromium,
  servePane,
  type Browser,
  type PaneServer,
} from "../taskpane/browser/harness";
import { compareWorkbooks } from "../../src/core/diff/compare";
import { LAST, planSheet, thisYear } from "../helpers/diffBooks";
import { buildWorkbook, checkBuilt } from "../helpers/workbook";
import { reviewerBook } from "./reviewerBook";

const SHEET = "取組計画";
const HOSTILE = '<img src=x onerror="window.__pwned=1">';
const SHOTS = join(ARTIFACTS, "taskpane");

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
  mkdirSync(SHOTS, { recursive: true });
  const [pane, dialog] = await Promise.all([bundlePane(), bundleDialog()]);
  server = await servePane(
    pane,
    {
      "kumamoto-plan": readFileSync(join(FIXTURES, "kumamoto-plan.xlsx")),
      reviewer: await reviewerBook(),
      "this-year": await buildWorkbook([planSheet(thisYear())]),
      hostile: await hostileBook(),
    },
    dialog,
  );
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

type Theme = "light" | "dark" | "hc";

interface Opened {
  page: Page;
  violations: string[];
  errors: string[];
}

async function open(book: string, lang: "ja" | "en", width: number, theme: Theme = "light"): Promise<Opened> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width, height: 900 });
  // Windows' high-contrast mode reaches the page as forced colours.
  await page.emulateMedia({ forcedColors: theme === "hc" ? "active" : "none" });
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
  await page.goto(`${server.url}?book=${book}&lang=${lang}&asOf=2014-03-31&theme=${theme}`);
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

/** Waits until Fluent's dialog has finished its entrance (its surface no longer moves or fades). */
async function dialogSettled(page: Page): Promise<void> {
  await page.getByRole("dialog").waitFor();
  await page.waitForFunction(() => {
    const el = document.querySelector(".fui-DialogSurface");
    return !!el && el.getAnimations({ subtree: true }).every((a) => a.playState !== "running");
  });
}

/**
 * What a screenshot must not show: a page wider than the view, an element reaching past the view's
 * right edge (outside a region that scrolls on purpose), or a finding message cut short.
 */
async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > width)
      out.push(`page ${document.documentElement.scrollWidth} px wide in ${width} px`);
    const inScroller = (el: Element) => !!el.closest('[role="region"][tabindex="0"]');
    for (const el of document.querySelectorAll("main *, [role=dialog] *")) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || inScroller(el)) continue;
      if (r.right > width + 0.5) out.push(`${el.tagName}.${el.className} ends at ${Math.round(r.right)} px`);
    }
    for (const el of document.querySelectorAll<HTMLElement>("[data-message]")) {
      const cs = getComputedStyle(el);
      if (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1)
        out.push(`message cut: ${el.textContent}`);
      if (cs.textOverflow === "ellipsis" || cs.whiteSpace === "nowrap")
        out.push(`message on one line: ${el.textContent}`);
      // Nothing above it in the row hides it (a row that clips its content).
      const row = el.closest("li")!;
      const rr = row.getBoundingClientRect();
      const mr = el.getBoundingClientRect();
      if (mr.bottom > rr.bottom + 0.5) out.push(`message outside its row: ${el.textContent}`);
    }
    return out;
  });
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: false });
  expect({ name, problems: await layoutProblems(page) }).toEqual({ name, problems: [] });
}

const WORDS = {
  ja: {
    check: "検証",
    summary: "集計",
    layout: "レイアウト",
    settings: "設定",
    build: "集計シートを作成・更新",
    close: "キャンセル",
  },
  en: {
    check: "Check",
    summary: "Summary",
    layout: "Layout",
    settings: "Settings",
    build: "Build or refresh summary",
    close: "Cancel",
  },
} as const;

describe("task pane over the fake Excel", () => {
  it("checks, selects, fixes, reverts, summarises and clears (ja, 500 px)", async () => {
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

    // Clicking a finding moves Excel's selection to its cell, and the row is marked.
    await page.locator('button[data-finding="E24"]').click();
    await poll(() => onFake(page, (fake) => fake.data.selection?.address ?? null, null), "E24");
    await expect(page.locator('button[data-finding="E24"]').getAttribute("aria-current")).resolves.toBe(
      "true",
    );

    // 修正 shows old → new, then writes it; 修正を元に戻す puts the old value back.
    await page.getByRole("button", { name: `修正 ${SHEET}!H11` }).click();
    const dialog = page.getByRole("dialog");
    await expect(dialog.getByText("実地").first().isVisible()).resolves.toBe(true);
    await expect(dialog.getByText("実施").first().isVisible()).resolves.toBe(true);
    await dialog.getByRole("button", { name: "修正する" }).click();
    await poll(() => cellValue(page, "H11"), "実施");
    await page.getByRole("button", { name: "修正を元に戻す（1 セル）" }).click();
    await poll(() => cellValue(page, "H11"), "実地");
    await expect(page.getByRole("button", { name: "修正を元に戻す" }).isDisabled()).resolves.toBe(true);

    // 色付けを解除 puts every fill back as it was.
    await page.getByRole("button", { name: "色付けを解除" }).click();
    await poll(() => fillCount(page), fillsBefore);

    // The summary sheets are written into the workbook and drawn in the pane.
    const sheetsBefore = await onFake(page, (fake) => fake.data.sheets.map((s) => s.name), null);
    await page.getByRole("tab", { name: "集計" }).click();
    await page.getByRole("button", { name: "集計シートを作成・更新" }).click();
    await page.locator("li[data-policy]").first().waitFor();
    const sheetsAfter = await onFake(page, (fake) => fake.data.sheets.map((s) => s.name), null);
    expect(sheetsAfter.length).toBeGreaterThan(sheetsBefore.length);

    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("compares with last year's workbook picked from disk, read in the page under the CSP (ja, 320 px)", async () => {
    const { page, violations, errors } = await open("this-year", "ja", 320);
    await page.getByRole("tab", { name: "前年度比較" }).click();
    await page.getByLabel("前年度のブック").setInputFiles({
      name: "令和6年度.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: await buildWorkbook([planSheet(LAST)]),
    });
    await page.getByRole("button", { name: "前年度と比較" }).click();
    // The pane's review day (2014-03-31) for this year's, a year before for last year's.
    const want = compareWorkbooks(
      await checkBuilt([planSheet(LAST)], { asOf: "2013-03-31" }),
      await checkBuilt([planSheet(thisYear())], { asOf: "2014-03-31" }),
    ).findings;
    await page.getByRole("heading", { name: `指摘 ${want.length} 件` }).waitFor();
    const shown = await page.locator("[data-message]").allTextContents();
    expect(shown.sort()).toEqual(want.map((f) => f.message).sort());
    const sheets = await onFake(page, (fake) => fake.data.sheets.map((s) => s.name), null);
    expect(sheets).toContain("前年度比較");
    await page.screenshot({ path: join(SHOTS, "compare-ja-320.png"), fullPage: true });
    await page.addScriptTag({ url: "axe.js" });
    const axe = await page.evaluate(async () => {
      const run = (
        window as unknown as { axe: { run(c: object): Promise<{ violations: { id: string }[] }> } }
      ).axe.run;
      const r = await run({ include: [["body"]], exclude: [["[data-tabster-dummy]"]] });
      return r.violations.map((v) => v.id);
    });
    expect(axe).toEqual([]);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  describe.each([
    ["ja", 320, "light"],
    ["ja", 320, "dark"],
    ["ja", 500, "light"],
    ["ja", 500, "dark"],
    ["en", 320, "light"],
    ["en", 320, "dark"],
    ["en", 500, "light"],
    ["en", 500, "dark"],
  ] as const)("what a reviewer sees (%s, %i px, %s)", (lang, width, theme) => {
    const w = WORDS[lang];
    const name = (what: string) => `${what}-${lang}-${width}-${theme}`;

    it("every panel with 187 findings, without horizontal overflow or a cut message", async () => {
      const { page, violations, errors } = await open("reviewer", lang, width, theme);
      await check(page, w.check);
      await shot(page, name("1-result"));

      // Errors first, in the list as drawn.
      const severities = await page
        .locator("li[data-severity]")
        .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-severity")));
      const rank = severities.map((s) => ["error", "warning", "info"].indexOf(s!));
      expect(rank[0]).toBe(0);
      expect(rank).toEqual([...rank].sort((a, b) => a - b));

      // Scrolled: the pane is the one scroll, and the heading of the group in view stays at its top.
      // Scrolled into the middle of the first group (whatever the fonts make its rows' heights).
      await page.evaluate(() => {
        const rows = document.querySelectorAll("li[aria-labelledby] li[data-severity]");
        rows[Math.min(12, rows.length - 1)].scrollIntoView({ block: "start" });
      });
      await page.waitForFunction(() => window.scrollY > 0);
      const sticky = await page.evaluate(() => {
        const heading = document.querySelector("li[aria-labelledby] > h3")!;
        return Math.abs(heading.getBoundingClientRect().top);
      });
      expect(sticky).toBeLessThan(1);
      const innerScrollers = await page.evaluate(
        () =>
          [...document.querySelectorAll("main *")].filter((el) => {
            const oy = getComputedStyle(el).overflowY;
            return (oy === "auto" || oy === "scroll") && el.scrollHeight > el.clientHeight;
          }).length,
      );
      expect(innerScrollers).toBe(0);
      await shot(page, name("2-scrolled"));

      // The fix preview.
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.locator("li[data-severity] button[aria-label]").first().click();
      await dialogSettled(page);
      await shot(page, name("3-fix-preview"));
      await page.getByRole("dialog").getByRole("button", { name: w.close }).click();
      await page.getByRole("dialog").waitFor({ state: "detached" });

      await page.getByRole("tab", { name: w.layout }).click();
      await page.locator("section h2").first().waitFor();
      await shot(page, name("5-layout"));

      await page.getByRole("tab", { name: w.settings }).click();
      await page.getByRole("switch").waitFor();
      await shot(page, name("6-settings"));

      await page.getByRole("tab", { name: w.summary }).click();
      await page.getByRole("button", { name: w.build }).click();
      await page.locator("li[data-policy]").first().waitFor();
      await page.locator("details summary").first().click();
      await shot(page, name("4-summary"));

      expect(violations).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    });

    it("the ribbon's dialog", async () => {
      const page = await browser.context.newPage();
      await page.setViewportSize({ width, height: 420 });
      const q = new URLSearchParams({
        kind: "check",
        lang,
        pane: "0",
        sheet: SHEET,
        e: "91",
        w: "96",
        i: "0",
      });
      await page.goto(`${server.url.replace("taskpane.html", "dialog.html")}?${q}&theme=${theme}`);
      await page.getByRole("button").first().waitFor();
      await shot(page, name("7-ribbon-dialog"));
      await page.getByRole("button", { name: lang === "ja" ? "閉じる" : "Close" }).click();
      await expect(page.evaluate(() => (window as unknown as { sent: string[] }).sent)).resolves.toEqual([
        "close",
      ]);
      await page.close();
    });
  });

  describe.each(["light", "dark", "hc"] as const)("axe-core in the %s theme", (theme) => {
    /** Every violation, whatever its impact (Tabster's focus sentinels left out: never announced). */
    const scan = (page: Page) =>
      page.evaluate(async () => {
        const axe = (
          window as unknown as {
            axe: {
              run(ctx: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
            };
          }
        ).axe;
        const r = await axe.run({ include: [["body"]], exclude: [["[data-tabster-dummy]"]] });
        return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
      });

    it("finds nothing on any panel, the fix preview or the ribbon dialog", async () => {
      const { page } = await open("reviewer", "ja", 500, theme);
      await page.addScriptTag({ url: "axe.js" });
      const found: Record<string, string[]> = { 開いたとき: await scan(page) };
      await check(page, "検証");
      found["検証"] = await scan(page);
      await page.locator("li[data-severity] button[aria-label]").first().click();
      await dialogSettled(page);
      found["修正の確認"] = await scan(page);
      await page.getByRole("dialog").getByRole("button", { name: "キャンセル" }).click();
      await page.getByRole("dialog").waitFor({ state: "detached" });
      for (const tab of ["レイアウト", "設定", "集計"]) {
        await page.getByRole("tab", { name: tab }).click();
        await page.getByRole("tab", { name: tab, selected: true }).waitFor();
        found[tab] = await scan(page);
      }
      await page.getByRole("button", { name: "集計シートを作成・更新" }).click();
      await page.locator("li[data-policy]").first().waitFor();
      for (const s of await page.locator("details summary").all()) await s.click();
      found["集計（作成後）"] = await scan(page);
      await page.close();

      const dialog = await browser.context.newPage();
      await dialog.emulateMedia({ forcedColors: theme === "hc" ? "active" : "none" });
      await dialog.goto(
        `${server.url.replace("taskpane.html", "dialog.html")}?kind=failure&what=check&message=${encodeURIComponent(
          "シート「取組計画」は保護されています。［校閲］→［シート保護の解除］で解除してから、もう一度検証してください。",
        )}&theme=${theme === "dark" ? "dark" : "light"}`,
      );
      await dialog.getByRole("button").first().waitFor();
      await dialog.addScriptTag({ url: "axe.js" });
      found["リボンのダイアログ"] = await scan(dialog);
      await dialog.close();

      expect(found).toEqual(Object.fromEntries(Object.keys(found).map((k) => [k, []])));
    });
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
