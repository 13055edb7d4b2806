// Ribbon buttons without the pane: シートを検証 (check the active sheet, highlight, show the counts in a
// dialog) and 集計シート作成 (write the summary sheets, then say which). Each calls event.completed()
// whatever happens, so Office never waits.

import { langOf } from "../taskpane/i18n";
import { createExcelService } from "../taskpane/excelService";
import { errorText } from "../taskpane/errors";
import { STRINGS } from "../taskpane/i18n";
import type { PlanReviewService } from "../taskpane/service";
import { DialogHost, keepNote } from "./dialogHost";
import { checkReport, reportQuery, type DialogReport } from "./report";

export interface CommandHost {
  service: PlanReviewService;
  lang: "ja" | "en";
  /** Whether the dialog's 「作業ウィンドウで見る」 can open the pane (SharedRuntime 1.1). */
  canOpenPane: boolean;
  /** Opens the dialog (displayDialogAsync); resolves once Office has answered. */
  showDialog(report: DialogReport): Promise<unknown>;
}

function failure(host: CommandHost, what: "check" | "summary", e: unknown): DialogReport {
  return {
    kind: "failure",
    lang: host.lang,
    what,
    message: errorText(e, host.lang, STRINGS[host.lang]),
    canOpenPane: host.canOpenPane,
  };
}

export async function checkActiveSheet(host: CommandHost, event: { completed(): void }): Promise<void> {
  try {
    let report: DialogReport;
    try {
      const out = await host.service.validate("active");
      const sheet = out.report.sheets[0]?.name ?? "";
      report = checkReport(sheet, out.counts, host.lang, host.canOpenPane);
    } catch (e) {
      report = failure(host, "check", e);
    }
    await host.showDialog(report);
  } finally {
    event.completed();
  }
}

export async function buildSummarySheets(host: CommandHost, event: { completed(): void }): Promise<void> {
  try {
    let report: DialogReport;
    try {
      const out = await host.service.buildSummary();
      report = { kind: "summary", lang: host.lang, sheets: out.sheets, canOpenPane: host.canOpenPane };
    } catch (e) {
      report = failure(host, "summary", e);
    }
    await host.showDialog(report);
  } finally {
    event.completed();
  }
}

function officeHost(): CommandHost {
  const lang = langOf(Office.context.displayLanguage);
  // Without a shared runtime (the offline schemas reject <Runtimes>) a command cannot open the pane.
  const canOpenPane =
    Office.context.requirements.isSetSupported("SharedRuntime", "1.1") &&
    typeof Office.addin?.showAsTaskpane === "function";
  const storage = typeof localStorage === "undefined" ? undefined : localStorage;
  const dialogs = new DialogHost({
    ui: Office.context.ui,
    ...(canOpenPane ? { openPane: () => Office.addin.showAsTaskpane() } : {}),
    note: (m) => keepNote(storage, m),
  });
  return {
    lang,
    canOpenPane,
    service: createExcelService({ run: (options, batch) => Excel.run(options, batch), lang }),
    showDialog(report) {
      const url = new URL("dialog.html", window.location.href);
      url.search = reportQuery(report);
      return dialogs.show(url.toString());
    },
  };
}

// Outside Office (tests) there is no Office global: the handlers above are still importable.
if (typeof Office !== "undefined") {
  Office.onReady(() => {
    const host = officeHost();
    Office.actions.associate("checkActiveSheet", (event: Office.AddinCommands.Event) =>
      checkActiveSheet(host, event),
    );
    Office.actions.associate("buildSummarySheets", (event: Office.AddinCommands.Event) =>
      buildSummarySheets(host, event),
    );
  });
}
