// Ribbon commands: the check shows its counts in the dialog, the summary is built, and event.completed()
// is called every time, also when Excel refuses.

import { join } from "node:path";
import { buildSummarySheets, checkActiveSheet, type CommandHost } from "../../src/commands/commands";
import { countsFromQuery, countsQuery, dialogLines, type DialogCounts } from "../../src/commands/counts";
import { defaultSettings } from "../../src/core/settings";
import type { PlanReviewService } from "../../src/taskpane/service";
import { FakeExcel } from "../fake-excel";
import { FIXTURES } from "../helpers/fixtures";
import { fakeService } from "../taskpane/fakeService";

async function host(service?: PlanReviewService) {
  const fake = await FakeExcel.fromFile(join(FIXTURES, "kumamoto-progress.xlsx"));
  const svc = fakeService(fake);
  await svc.saveSettings({ ...defaultSettings(), asOf: "2014-03-31" });
  const shown: DialogCounts[] = [];
  const h: CommandHost = { service: service ?? svc, lang: "ja", showDialog: (c) => shown.push(c) };
  return { h, shown, fake, completed: jest.fn() };
}

test("シートを検証 checks the active sheet, shows its counts and completes", async () => {
  const { h, shown, completed } = await host();
  await checkActiveSheet(h, { completed });
  expect(completed).toHaveBeenCalledTimes(1);
  expect(shown).toHaveLength(1);
  const c = shown[0];
  expect(c.sheet).toBe("H25進捗");
  expect(c.error + c.warning + c.info).toBeGreaterThan(0);
  expect(countsFromQuery(countsQuery(c))).toEqual(c);
  expect(dialogLines(c).lines).toEqual([
    `エラー: ${c.error} 件`,
    `警告: ${c.warning} 件`,
    `情報: ${c.info} 件`,
  ]);
});

test("集計シート作成 writes the summary sheets and completes", async () => {
  const { h, fake, completed } = await host();
  await buildSummarySheets(h, { completed });
  expect(completed).toHaveBeenCalledTimes(1);
  expect(fake.data.byName("集計_方針別")).toBeTruthy();
});

test("a failure is shown in the dialog in words, and the command still completes", async () => {
  const failing = {
    validate: () => Promise.reject(new Error("boom")),
    buildSummary: () => Promise.reject(new Error("boom")),
  } as unknown as PlanReviewService;
  const { h, shown, completed } = await host(failing);
  await checkActiveSheet(h, { completed });
  await buildSummarySheets(h, { completed });
  expect(completed).toHaveBeenCalledTimes(2);
  expect(shown.map((s) => s.failure)).toEqual([
    expect.stringContaining("boom"),
    expect.stringContaining("boom"),
  ]);
  expect(dialogLines(shown[0]).title).toBe("検証できませんでした");
});

test("the dialog's query cannot inject: odd values come back as plain numbers and text", () => {
  const c = countsFromQuery("?sheet=%3Cb%3Ex%3C%2Fb%3E&e=-3&w=abc&i=2.7&lang=xx");
  expect(c).toEqual({ sheet: "<b>x</b>", error: 0, warning: 0, info: 2, lang: "ja" });
});
