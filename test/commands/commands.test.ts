// The ribbon's two commands: they check or summarise through the service, show the counts dialog and
// always tell Office they are done.

import { join } from "node:path";
import { buildSummarySheets, checkActiveSheet, type CommandHost } from "../../src/commands/commands";
import { DialogHost, failureMessage, keepNote, takeNote, type DialogUi } from "../../src/commands/dialogHost";
import { dialogWords, reportFromQuery, reportQuery, type DialogReport } from "../../src/commands/report";
import { defaultSettings } from "../../src/core/settings";
import { dataService, fakeService } from "../taskpane/fakeService";
import { FakeExcel } from "../fake-excel";
import { FIXTURES } from "../helpers/fixtures";
import type { PlanReviewService } from "../../src/taskpane/service";

function host(service: PlanReviewService, lang: "ja" | "en" = "ja") {
  const shown: DialogReport[] = [];
  const h: CommandHost = { service, lang, canOpenPane: false, showDialog: async (c) => void shown.push(c) };
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
    if (c.kind !== "check") throw new Error(`shown: ${c.kind}`);
    expect(c.sheet).toBe(active.name);
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
    const c = t.shown[0];
    expect(c.kind === "failure" && c.what === "check" && c.message).toContain("シートが保護されています");
  });
});

describe("集計シート作成 (buildSummarySheets)", () => {
  it("writes the summary sheets into the workbook, says which, and completes", async () => {
    const fake = await FakeExcel.fromFile(join(FIXTURES, "kumamoto-progress.xlsx"));
    const before = fake.data.sheets.map((s) => s.name);
    const t = host(fakeService(fake));
    await buildSummarySheets(t.h, t.event);
    expect(t.completed()).toBe(1);
    // The summary sheets (the very hidden state sheet is no sheet a person sees).
    const added = fake.data.sheets
      .filter((s) => s.visibility === "Visible")
      .map((s) => s.name)
      .filter((n) => !before.includes(n));
    expect(added.length).toBeGreaterThan(0);
    expect(t.shown).toEqual([{ kind: "summary", lang: "ja", sheets: added, canOpenPane: false }]);
    expect(dialogWords(t.shown[0]).lines).toEqual(added);
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
    const c = t.shown[0];
    expect(c.lang).toBe("en");
    expect(c.kind === "failure" && c.what).toBe("summary");
    expect(dialogWords(c).title).toBe("The summary sheets were not written");
  });
});

describe("the dialog's query string and words", () => {
  it("carries a Japanese sheet name and the counts through the URL", () => {
    const c: DialogReport = {
      kind: "check",
      sheet: "取組計画 <b>&",
      error: 3,
      warning: 1,
      info: 0,
      lang: "ja",
      canOpenPane: false,
    };
    expect(reportFromQuery("?" + reportQuery(c))).toEqual(c);
    const summary: DialogReport = {
      kind: "summary",
      lang: "en",
      sheets: ["集計_方針別", "a&b"],
      canOpenPane: true,
    };
    expect(reportFromQuery("?" + reportQuery(summary))).toEqual(summary);
  });

  it("reads hand-made or broken queries as zero counts in Japanese", () => {
    expect(reportFromQuery("?e=-4&w=abc&i=2.7&lang=fr")).toEqual({
      kind: "check",
      sheet: "",
      error: 0,
      warning: 0,
      info: 2,
      lang: "ja",
      canOpenPane: false,
    });
  });

  it("words the dialog in the display language, plurals by the platform's rules", () => {
    const c: DialogReport = {
      kind: "check",
      sheet: "S",
      error: 2,
      warning: 1,
      info: 0,
      lang: "en",
      canOpenPane: false,
    };
    expect(dialogWords(c).lines).toEqual(["2 errors", "1 warning", "0 info"]);
    expect(dialogWords({ ...c, lang: "ja" }).lines[0]).toBe("エラー 2 件");
    expect(dialogWords({ ...c, lang: "ja" }).openPane).toBe("作業ウィンドウで見る");
    expect(dialogWords({ ...c, lang: "ja" }).close).toBe("閉じる");
    // Without a way to open the pane, the hint says where it is.
    expect(dialogWords({ ...c, lang: "ja" }).hint).toMatch(/ホーム タブの［計画レビュー］/);
  });
});

/** Office.context.ui over scripted answers: each call takes the next answer (a dialog or an error code). */
function fakeUi(answers: (number | "ok")[]) {
  const calls: string[] = [];
  const dialogs: { closed: boolean; handlers: Record<string, (arg: unknown) => void> }[] = [];
  const ui: DialogUi = {
    displayDialogAsync(url, _options, callback) {
      calls.push(url);
      const answer = answers.shift() ?? "ok";
      if (answer !== "ok") {
        callback({
          status: "failed",
          error: { code: answer },
        } as unknown as Office.AsyncResult<Office.Dialog>);
        return;
      }
      const d = { closed: false, handlers: {} as Record<string, (arg: unknown) => void> };
      dialogs.push(d);
      const dialog = {
        close: () => void (d.closed = true),
        addEventHandler: (type: string, h: (arg: unknown) => void) => void (d.handlers[type] = h),
        messageChild: () => undefined,
        sendMessage: () => undefined,
      } as unknown as Office.Dialog;
      callback({ status: "succeeded", value: dialog } as unknown as Office.AsyncResult<Office.Dialog>);
    },
  };
  return { ui, calls, dialogs };
}

describe("the dialog host (displayDialogAsync with its callback)", () => {
  it("shows the dialog, and its buttons close it (or open the pane where the host can)", async () => {
    const { ui, dialogs } = fakeUi(["ok", "ok"]);
    const opened: string[] = [];
    const notes: unknown[] = [];
    const h = new DialogHost({
      ui,
      openPane: async () => void opened.push("pane"),
      note: (m) => notes.push(m),
    });
    expect(await h.show("https://x/dialog.html?a")).toBe(true);
    dialogs[0].handlers.dialogMessageReceived({ message: "close" });
    expect(dialogs[0].closed).toBe(true);
    await h.show("https://x/dialog.html?b");
    dialogs[1].handlers.dialogMessageReceived({ message: "openPane" });
    expect(opened).toEqual(["pane"]);
    expect(dialogs[1].closed).toBe(true);
    expect(notes).toEqual([]);
  });

  it("an already-open dialog (12007) of its own is closed and the new result shown", async () => {
    const { ui, calls, dialogs } = fakeUi(["ok", 12007, "ok"]);
    const notes: unknown[] = [];
    const h = new DialogHost({ ui, note: (m) => notes.push(m) });
    await h.show("u1");
    expect(await h.show("u2")).toBe(true);
    expect(calls).toEqual(["u1", "u2", "u2"]);
    expect(dialogs[0].closed).toBe(true);
    expect(notes).toEqual([]);
  });

  it("a dialog open elsewhere (12007), blocked (12011) or dismissed (12009) leaves a message for the pane", async () => {
    for (const code of [12007, 12011, 12009]) {
      const { ui } = fakeUi([code]);
      const notes: unknown[] = [];
      const h = new DialogHost({ ui, note: (m) => notes.push(m) });
      expect(await h.show("u")).toBe(false);
      expect(notes).toEqual([failureMessage(code)]);
    }
    expect(failureMessage(12011).ja).toMatch(/ブロック/);
    expect(failureMessage(12007).ja).toMatch(/別のダイアログが開いている/);
  });

  it("the pane reads the ribbon's message once", () => {
    const store = new Map<string, string>();
    const storage = {
      setItem: (k: string, v: string) => void store.set(k, v),
      getItem: (k: string) => store.get(k) ?? null,
      removeItem: (k: string) => void store.delete(k),
    };
    keepNote(storage, failureMessage(12011));
    expect(takeNote(storage)).toEqual(failureMessage(12011));
    expect(takeNote(storage)).toBeNull();
    store.set("PlanReview.ribbonNote", "not json");
    expect(takeNote(storage)).toBeNull();
  });
});
