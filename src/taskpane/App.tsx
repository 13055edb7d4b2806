// The task pane: four tabs (検証, レイアウト, 集計, 設定) over one service, with one busy state, one
// status line (announced to screen readers) and one error banner written for people.

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
import { useCallback, useEffect, useMemo, useState } from "react";
import type { Lang } from "../core/messages";
import { defaultSettings, type WorkbookSettings } from "../core/settings";
import { CheckPanel } from "./CheckPanel";
import { Pane } from "./context";
import { errorText } from "./errors";
import { STRINGS } from "./i18n";
import { LayoutPanel } from "./LayoutPanel";
import type { PlanReviewService, SummaryOutcome, ValidateOutcome } from "./service";
import { SettingsPanel } from "./SettingsPanel";
import { SummaryPanel } from "./SummaryPanel";

type TabId = "check" | "layout" | "summary" | "settings";

const useStyles = makeStyles({
  root: {
    boxSizing: "border-box",
    minWidth: "280px",
    padding: "8px",
    display: "flex",
    flexDirection: "column",
    gap: "8px",
    fontFamily: tokens.fontFamilyBase,
  },
  // Tabs wrap onto a second line rather than widen the pane: their width depends on the font
  // Office happens to have (a 320 px pane in English overflowed by 2 px with one font, not another).
  tabs: {
    flexWrap: "wrap",
    minWidth: 0,
    maxWidth: "100%",
  },
  status: {
    minHeight: "1.2em",
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    margin: 0,
  },
});

const today = () => {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
};

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
  const [asOf, setAsOf] = useState(today());
  const [outcome, setOutcome] = useState<ValidateOutcome | null>(null);
  const [summary, setSummary] = useState<SummaryOutcome | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [status, setStatus] = useState("");
  const [error, setError] = useState<string | null>(null);

  const work = useCallback(
    async (label: string, job: () => Promise<string | void>) => {
      setBusy(label);
      setError(null);
      setStatus("");
      try {
        const done = await job();
        if (done) setStatus(done);
      } catch (e) {
        setError(errorText(e, lang, t));
      } finally {
        setBusy(null);
      }
    },
    [lang, t],
  );

  useEffect(() => {
    let alive = true;
    service
      .loadSettings()
      .then(async (loaded) => {
        if (!alive) return;
        setSettings(loaded);
        if (loaded.asOf) setAsOf(loaded.asOf);
        if (loaded.live) await service.setLive(true, (u) => setStatus(t.liveUpdate(u.sheet, u.counts.total)));
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

  return (
    <FluentProvider theme={theme} lang={lang === "ja" ? "ja-JP" : "en-US"}>
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
          <p className={s.status} role="status" aria-live="polite">
            {status}
          </p>
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
        </main>
      </Pane.Provider>
    </FluentProvider>
  );
}
