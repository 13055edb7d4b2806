// The ribbon's two commands: they check or summarise through the service, show the counts dialog and
// always tell Office they are done.

import { join } from "node:path";
import { buildSummarySheets, checkActiveSheet, type CommandHost } from "../../src/commands/commands";
import { countsFromQuery, countsQuery, dialogLines, type DialogCounts } from "../../src/commands/counts";
import { defaultSettings } from "../../src/core/settings";
import { dataService, fakeService } from "../taskpane/fakeService";
import { FakeExcel } from "../fake-excel";
import { FIXTURES } from "../helpers/fixtures";
import type { PlanReviewService } from "../../src/taskpane/service";

function host(service: PlanReviewService, lang: "ja" | "en" = "ja") {
  const shown: DialogCounts[] = [];
  const h: CommandHost = { service, lang, showDialog: (c) => void shown.push(c) };
  let completed = 0;
  const event = { completed: () => void completed++ };
  return { h, shown, event, completed: () => completed };
}

describe("シートを検証 (checkActiveSheet)", () => {
  it("checks the active sheet of a real workbook, colours it and shows its counts", async () => {
    const fake = await FakeExcel.fromFile(join(FIXTURES, "kumamoto-plan.xlsx"));
    const service = fakeService(fake);
    await service.saveSettings({ ...defaultSettings(), asOf: "2014-03-31" });
    const t = host(service);
    await checkActiveSheet(t.h, t.event);
    expect(t.completed()).toBe(1);
    expect(t.shown).toHaveLength(1);
    const active = fake.data.byId(fake.data.activeSheetId!)!;
    const c = t.shown[0];
    expect(c.sheet).toBe(active.name);
    expect(c.failure).toBeUndefined();
    expect(c.error).toBeGreaterThan(0);
    // The same counts the pane would show for that sheet.
    const again = await service.validate("active", "2014-03-31");
    expect([c.error, c.warning, c.info]).toEqual([
      again.counts.bySeverity.error,
      again.counts.bySeverity.warning,
      again.counts.bySeverity.info,
    ]);
    expect(active.fills.size).toBeGreaterThan(0);
  });

  it("shows what went wrong and still completes when the check fails", async () => {
    const failing: PlanReviewService = {
      ...dataService({ asOf: "2014-03-31", fiscalYear: 2013, departmentsFrom: null, sheets: [] }),
      validate: async () => {
        throw new Error("シートが保護されています");
      },
    };
    const t = host(failing);
    await checkActiveSheet(t.h, t.event);
    expect(t.completed()).toBe(1);
    expect(t.shown[0].failure).toContain("シートが保護されています");
  });
});

describe("集計シート作成 (buildSummarySheets)", () => {
  it("writes the summary sheets into the workbook and completes", async () => {
    const fake = await FakeExcel.fromFile(join(FIXTURES, "kumamoto-progress.xlsx"));
    const before = fake.data.sheets.map((s) => s.name);
    const t = host(fakeService(fake));
    await buildSummarySheets(t.h, t.event);
    expect(t.completed()).toBe(1);
    expect(t.shown).toEqual([]);
    const added = fake.data.sheets.map((s) => s.name).filter((n) => !before.includes(n));
    expect(added.length).toBeGreaterThan(0);
  });

  it("reports a failure in the dialog and completes", async () => {
    const failing: PlanReviewService = {
      ...dataService({ asOf: "2014-03-31", fiscalYear: 2013, departmentsFrom: null, sheets: [] }),
      buildSummary: async () => {
        throw new Error("boom");
      },
    };
    const t = host(failing, "en");
    await buildSummarySheets(t.h, t.event);
    expect(t.completed()).toBe(1);
    expect(t.shown[0].lang).toBe("en");
    expect(t.shown[0].failure).toBeTruthy();
  });
});

describe("the counts dialog's query string", () => {
  it("carries a Japanese sheet name and the counts through the URL", () => {
    const c: DialogCounts = { sheet: "取組計画 <b>&", error: 3, warning: 1, info: 0, lang: "ja" };
    expect(countsFromQuery("?" + countsQuery(c))).toEqual(c);
  });

  it("reads hand-made or broken queries as zero counts in Japanese", () => {
    expect(countsFromQuery("?e=-4&w=abc&i=2.7&lang=fr")).toEqual({
      sheet: "",
      error: 0,
      warning: 0,
      info: 2,
      lang: "ja",
    });
  });

  it("words the dialog in the display language", () => {
    const c: DialogCounts = { sheet: "S", error: 2, warning: 0, info: 1, lang: "en" };
    expect(dialogLines(c).lines).toEqual(["Errors: 2", "Warnings: 0", "Info: 1"]);
    expect(dialogLines({ ...c, lang: "ja" }).lines[0]).toBe("エラー: 2 件");
    expect(dialogLines({ ...c, failure: "x" }).title).toBe("The check did not run");
  });
});
