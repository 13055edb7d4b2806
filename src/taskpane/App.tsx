// The task pane: five tabs (検証, レイアウト, 集計, 前年度比較, 設定) over one service, with one busy state (shown
// on the button that started the action), one status line kept at the bottom of the pane (announced
// to screen readers, never moving the list) and one error banner written for people.

import {
  Button,
  FluentProvider,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Tab,
  TabList,
  makeStyles,
  tokens,
  type Theme,
} from "@fluentui/react-components";
import { Dismiss16Regular } from "@fluentui/react-icons";
import { useCallback, useEffect, useMemo, useState } from "react";
import { isoDay } from "../core/fiscal";
import type { Lang } from "../core/messages";
import { defaultSettings, type WorkbookSettings } from "../core/settings";
import { takeNote } from "../commands/dialogHost";
import { CheckPanel } from "./CheckPanel";
import { ComparePanel } from "./ComparePanel";
import { Pane } from "./context";
import { errorText } from "./errors";
import { STRINGS } from "./i18n";
import { LayoutPanel } from "./LayoutPanel";
import type {
  CompareOutcome,
  PaneState,
  PlanReviewService,
  SummaryOutcome,
  ValidateOutcome,
} from "./service";
import { SettingsPanel } from "./SettingsPanel";
import { SummaryPanel } from "./SummaryPanel";
import type { Work } from "./work";

type TabId = "check" | "layout" | "summary" | "compare" | "settings";

const useStyles = makeStyles({
  provider: { minHeight: "100vh", backgroundColor: tokens.colorNeutralBackground1 },
  root: {
    boxSizing: "border-box",
    minWidth: "280px",
    padding: "8px",
    display: "flex",
    flexDirection: "column",
    gap: "8px",
    fontFamily: tokens.fontFamilyBase,
    color: tokens.colorNeutralForeground1,
  },
  // Tabs wrap onto a second line rather than widen the pane: their width depends on the font
  // Office happens to have.
  tabs: { flexWrap: "wrap", minWidth: 0, maxWidth: "100%" },
  // The status line sits at the end of the pane and sticks to the bottom of the view: a message
  // appearing never pushes the list down.
  status: {
    position: "sticky",
    bottom: 0,
    zIndex: 2,
    display: "flex",
    alignItems: "center",
    gap: "4px",
    margin: "0 -8px -8px",
    padding: "4px 8px",
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground2,
    borderTop: `1px solid ${tokens.colorNeutralStroke1}`,
  },
  statusText: { flex: "1 1 auto", minWidth: 0, overflowWrap: "anywhere", margin: 0 },
  // Empty: no bar, but the live region stays in place so the next message is announced.
  quiet: { height: 0, overflow: "hidden" },
});

export interface AppProps {
  service: PlanReviewService;
  lang: Lang;
  theme: Theme;
}

export function App({ service, lang, theme }: AppProps) {
  const t = STRINGS[lang];
  const s = useStyles();
  const pane = useMemo(() => ({ service, lang, t }), [service, lang, t]);
  const [tab, setTab] = useState<TabId>("check");
  const [settings, setSettings] = useState<WorkbookSettings | null>(null);
  const [asOf, setAsOf] = useState(isoDay());
  const [outcome, setOutcome] = useState<ValidateOutcome | null>(null);
  const [summary, setSummary] = useState<SummaryOutcome | null>(null);
  const [compared, setCompared] = useState<CompareOutcome | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [status, setStatus] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [state, setState] = useState<PaneState>({ lastFix: 0, checkedSheet: null });
  const [selected, setSelected] = useState<string | null>(null);

  const refresh = useCallback(
    () =>
      service
        .paneState()
        .then(setState)
        .catch(() => undefined),
    [service],
  );

  const work: Work = useCallback(
    async (origin, job) => {
      setBusy(origin);
      setError(null);
      setStatus("");
      try {
        const done = await job();
        if (done) setStatus(done);
      } catch (e) {
        setError(errorText(e, lang, t));
      } finally {
        setBusy(null);
        if (origin !== "select") await refresh();
      }
    },
    [lang, t, refresh],
  );

  useEffect(() => {
    let alive = true;
    service
      .loadSettings()
      .then(async (loaded) => {
        if (!alive) return;
        setSettings(loaded);
        const day = loaded.asOf ?? isoDay();
        setAsOf(day);
        if (loaded.live) await service.setLive(true, (u) => setStatus(t.liveUpdate(u.sheet, u.counts.total)));
        const opened = await service.paneState();
        if (!alive) return;
        setState(opened);
        // What the ribbon could not show (its dialog was blocked) is said here.
        const note = takeNote(typeof localStorage === "undefined" ? undefined : localStorage);
        if (note) setStatus(note[lang]);
        // The sheet was checked before the pane opened (from the ribbon): show that check's result.
        if (opened.checkedSheet) {
          const sheet = opened.checkedSheet;
          await work("check", async () => {
            const o = await service.validate("active", day);
            if (alive) setOutcome(o);
            return t.fromRibbon(sheet);
          });
        }
      })
      .catch((e) => {
        if (!alive) return;
        setSettings(defaultSettings());
        setError(errorText(e, lang, t));
      });
    return () => {
      alive = false;
    };
  }, [service, lang, t]);

  // The row of the cell selected in Excel is marked, wherever the selection was made.
  useEffect(() => {
    let stop: (() => Promise<void>) | null = null;
    let alive = true;
    service
      .watchSelection((sheet, cell) => alive && setSelected(`${sheet}!${cell}`))
      .then((s) => {
        stop = s;
        if (!alive) void s();
      })
      .catch(() => undefined);
    return () => {
      alive = false;
      if (stop) void stop().catch(() => undefined);
    };
  }, [service]);

  return (
    <FluentProvider theme={theme} lang={lang === "ja" ? "ja-JP" : "en-US"} className={s.provider}>
      <Pane.Provider value={pane}>
        <main className={s.root} aria-label={t.appTitle}>
          <TabList
            className={s.tabs}
            selectedValue={tab}
            onTabSelect={(_, d) => setTab(d.value as TabId)}
            size="small"
          >
            <Tab value="check">{t.tabCheck}</Tab>
            <Tab value="layout">{t.tabLayout}</Tab>
            <Tab value="summary">{t.tabSummary}</Tab>
            <Tab value="compare">{t.tabCompare}</Tab>
            <Tab value="settings">{t.tabSettings}</Tab>
          </TabList>
          {error && (
            <MessageBar intent="error">
              <MessageBarBody>
                <MessageBarTitle>{t.errorTitle}</MessageBarTitle> {error}
              </MessageBarBody>
              <MessageBarActions>
                <Button size="small" onClick={() => setError(null)}>
                  {t.dismiss}
                </Button>
              </MessageBarActions>
            </MessageBar>
          )}
          {!settings ? (
            <Spinner label={t.loading} />
          ) : (
            <div role="tabpanel" aria-label={t[`tab${tab[0].toUpperCase()}${tab.slice(1)}` as "tabCheck"]}>
              {tab === "check" && (
                <CheckPanel
                  outcome={outcome}
                  setOutcome={setOutcome}
                  asOf={asOf}
                  setAsOf={setAsOf}
                  work={work}
                  busy={busy}
                  lastFix={state.lastFix}
                  selected={selected}
                  setSelected={setSelected}
                />
              )}
              {tab === "layout" && (
                <LayoutPanel
                  report={outcome?.report ?? null}
                  settings={settings}
                  work={work}
                  onSaved={setSettings}
                  busy={busy}
                />
              )}
              {tab === "summary" && (
                <SummaryPanel summary={summary} setSummary={setSummary} work={work} busy={busy} />
              )}
              {tab === "compare" && (
                <ComparePanel
                  compared={compared}
                  setCompared={setCompared}
                  asOf={asOf}
                  work={work}
                  busy={busy}
                  selected={selected}
                  setSelected={setSelected}
                />
              )}
              {tab === "settings" && (
                <SettingsPanel
                  settings={settings}
                  departmentsFrom={outcome ? outcome.report.departmentsFrom : undefined}
                  work={work}
                  onSaved={setSettings}
                  busy={busy}
                />
              )}
            </div>
          )}
          <div className={status ? s.status : s.quiet}>
            <p className={s.statusText} role="status" aria-live="polite">
              {status}
            </p>
            {status && (
              <Button
                size="small"
                appearance="subtle"
                icon={<Dismiss16Regular />}
                aria-label={t.dismiss}
                onClick={() => setStatus("")}
              />
            )}
          </div>
        </main>
      </Pane.Provider>
    </FluentProvider>
  );
}
