// The ribbon's dialog: a small Fluent page with the check's counts (or the summary sheets written, or
// what went wrong), 「作業ウィンドウで見る」 where the host can open the pane, and 「閉じる」. Everything
// from the query string is rendered as text.

import {
  Button,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  makeStyles,
  tokens,
  type Theme,
} from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { TONE_FILL, TONE_INK } from "../core/colours";
import type { Severity } from "../core/types";
import { SEVERITY_ICON } from "../taskpane/FindingList";
import { themeFrom } from "../taskpane/theme";
import type { DialogAction } from "./dialogHost";
import { dialogWords, reportFromQuery, type DialogReport } from "./report";

const useStyles = makeStyles({
  page: {
    boxSizing: "border-box",
    minHeight: "100vh",
    padding: "16px",
    display: "flex",
    flexDirection: "column",
    gap: "12px",
    fontFamily: tokens.fontFamilyBase,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  title: {
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
    margin: 0,
    overflowWrap: "anywhere",
  },
  lines: { margin: 0, padding: 0, listStyle: "none", display: "flex", flexDirection: "column", gap: "6px" },
  line: { display: "flex", alignItems: "center", gap: "8px", overflowWrap: "anywhere" },
  badge: {
    display: "inline-flex",
    alignItems: "center",
    gap: "4px",
    padding: "2px 8px",
    borderRadius: tokens.borderRadiusMedium,
    fontWeight: tokens.fontWeightSemibold,
  },
  hint: {
    margin: 0,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: "anywhere",
  },
  message: { overflowWrap: "anywhere", whiteSpace: "normal" },
  buttons: { display: "flex", flexWrap: "wrap", gap: "8px", justifyContent: "flex-end", marginTop: "auto" },
});

const SEVERITIES: Severity[] = ["error", "warning", "info"];

export function DialogPage({ report, send }: { report: DialogReport; send(action: DialogAction): void }) {
  const s = useStyles();
  const w = dialogWords(report);
  return (
    <main className={s.page} aria-labelledby="dialog-title">
      <h1 id="dialog-title" className={s.title}>
        {w.title}
      </h1>
      {report.kind === "failure" ? (
        <MessageBar intent="error">
          <MessageBarBody className={s.message}>{w.lines[0]}</MessageBarBody>
        </MessageBar>
      ) : (
        <ul className={s.lines}>
          {w.lines.map((line, i) => {
            if (report.kind !== "check")
              return (
                <li key={i} className={s.line}>
                  {line}
                </li>
              );
            const sev = SEVERITIES[i];
            const Icon = SEVERITY_ICON[sev];
            return (
              <li key={i} className={s.line}>
                <span className={s.badge} style={{ backgroundColor: TONE_FILL[sev], color: TONE_INK[sev] }}>
                  <Icon aria-hidden="true" />
                  {line}
                </span>
              </li>
            );
          })}
        </ul>
      )}
      <p className={s.hint}>{w.hint}</p>
      <div className={s.buttons}>
        {report.canOpenPane && (
          <Button appearance="primary" onClick={() => send("openPane")}>
            {w.openPane}
          </Button>
        )}
        <Button appearance={report.canOpenPane ? "secondary" : "primary"} onClick={() => send("close")}>
          {w.close}
        </Button>
      </div>
    </main>
  );
}

export function renderDialog(
  root: HTMLElement,
  report: DialogReport,
  theme: Theme,
  send: (a: DialogAction) => void,
) {
  document.documentElement.lang = report.lang === "en" ? "en" : "ja";
  createRoot(root).render(
    <FluentProvider theme={theme} lang={report.lang === "en" ? "en-US" : "ja-JP"}>
      <DialogPage report={report} send={send} />
    </FluentProvider>,
  );
}

if (typeof Office !== "undefined") {
  Office.onReady(() => {
    const forced = typeof matchMedia === "function" && matchMedia("(forced-colors: active)").matches;
    renderDialog(
      document.getElementById("root")!,
      reportFromQuery(window.location.search),
      themeFrom(Office.context.officeTheme ?? undefined, forced),
      (action) => Office.context.ui.messageParent(action),
    );
  });
}
