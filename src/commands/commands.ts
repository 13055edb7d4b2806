// Ribbon buttons without the pane: シートを検証 (check the active sheet, highlight, show the counts in a
// dialog) and 集計シート作成. Each calls event.completed() whatever happens, so Office never waits.

import { langOf } from "../taskpane/i18n";
import { createExcelService } from "../taskpane/excelService";
import { errorText } from "../taskpane/errors";
import { STRINGS } from "../taskpane/i18n";
import type { PlanReviewService } from "../taskpane/service";
import { countsQuery, dialogCounts, type DialogCounts } from "./counts";

export interface CommandHost {
  service: PlanReviewService;
  lang: "ja" | "en";
  /** Opens the counts dialog (displayDialogAsync). */
  showDialog(counts: DialogCounts): void;
}

/** The dialog says what went wrong, in the user's language. */
function showFailure(host: CommandHost, e: unknown): void {
  host.showDialog({
    sheet: "",
    error: 0,
    warning: 0,
    info: 0,
    lang: host.lang,
    failure: errorText(e, host.lang, STRINGS[host.lang]),
  });
}

export async function checkActiveSheet(host: CommandHost, event: { completed(): void }): Promise<void> {
  try {
    const out = await host.service.validate("active");
    const sheet = out.report.sheets[0]?.name ?? "";
    host.showDialog(dialogCounts(sheet, out.counts, host.lang));
  } catch (e) {
    showFailure(host, e);
  } finally {
    event.completed();
  }
}

export async function buildSummarySheets(host: CommandHost, event: { completed(): void }): Promise<void> {
  try {
    await host.service.buildSummary();
  } catch (e) {
    showFailure(host, e);
  } finally {
    event.completed();
  }
}

function officeHost(): CommandHost {
  const lang = langOf(Office.context.displayLanguage);
  return {
    lang,
    service: createExcelService({ run: (options, batch) => Excel.run(options, batch), lang }),
    showDialog(counts) {
      const url = new URL("dialog.html", window.location.href);
      url.search = countsQuery(counts);
      Office.context.ui.displayDialogAsync(url.toString(), { height: 30, width: 25, displayInIframe: true });
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
