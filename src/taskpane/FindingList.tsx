// The findings, grouped by sheet then rule, as a virtualised list: rows have fixed heights and only
// the rows in view (plus a few) are in the DOM, so ten thousand findings scroll smoothly.

import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import type { WorkbookReport } from "../core/check";
import type { Finding, RuleId } from "../core/types";
import { usePane } from "./context";
import { ruleName } from "./rules";
import { itemTitle } from "./service";

export const HEADER_HEIGHT = 30;
export const ROW_HEIGHT = 92;
const OVERSCAN = 4;
/** Used until the list has been measured (jsdom never measures). */
const DEFAULT_VIEW = 480;

type Row =
  | { kind: "sheet"; sheet: string; count: number }
  | { kind: "rule"; rule: RuleId; count: number; fixable: number }
  | { kind: "finding"; finding: Finding };

export function groupRows(findings: Finding[]): Row[] {
  const bySheet = new Map<string, Map<RuleId, Finding[]>>();
  for (const f of findings) {
    const rules = bySheet.get(f.sheet) ?? new Map<RuleId, Finding[]>();
    rules.set(f.rule, [...(rules.get(f.rule) ?? []), f]);
    bySheet.set(f.sheet, rules);
  }
  const rows: Row[] = [];
  for (const [sheet, rules] of bySheet) {
    rows.push({ kind: "sheet", sheet, count: [...rules.values()].reduce((n, l) => n + l.length, 0) });
    for (const [rule, list] of rules) {
      rows.push({ kind: "rule", rule, count: list.length, fixable: list.filter((f) => f.fix).length });
      for (const finding of list) rows.push({ kind: "finding", finding });
    }
  }
  return rows;
}

const useStyles = makeStyles({
  viewport: {
    position: "relative",
    overflowY: "auto",
    height: "min(60vh, 520px)",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  row: { position: "absolute", left: 0, right: 0, boxSizing: "border-box", overflow: "hidden" },
  sheet: {
    display: "flex",
    alignItems: "center",
    padding: "0 8px",
    fontWeight: tokens.fontWeightSemibold,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  rule: {
    display: "flex",
    alignItems: "center",
    gap: "4px",
    padding: "0 8px",
    fontWeight: tokens.fontWeightSemibold,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  ruleName: { flexGrow: 1, minWidth: 0, overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  finding: {
    display: "flex",
    gap: "4px",
    padding: "4px 8px",
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
  },
  select: {
    flexGrow: 1,
    minWidth: 0,
    textAlign: "start",
    background: "none",
    border: "none",
    padding: "2px",
    color: "inherit",
    font: "inherit",
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  // Buttons keep their words on one line; the texts beside them shrink instead.
  action: { flexShrink: 0, whiteSpace: "nowrap", alignSelf: "center" },
  line: { display: "block", overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  small: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  badge: {
    display: "inline-block",
    width: "10px",
    height: "10px",
    marginInlineEnd: "4px",
    borderRadius: "2px",
  },
});

const BADGE = { error: "#C50F1F", warning: "#8A6100", info: "#0F6CBD" } as const;

export interface FindingListProps {
  report: WorkbookReport;
  findings: Finding[];
  onSelect(f: Finding): void;
  onFix(f: Finding): void;
  onFixRule(rule: RuleId): void;
  busy: boolean;
}

export function FindingList({ report, findings, onSelect, onFix, onFixRule, busy }: FindingListProps) {
  const { t, lang } = usePane();
  const s = useStyles();
  const rows = useMemo(() => groupRows(findings), [findings]);
  const tops = useMemo(() => {
    const out: number[] = [];
    let y = 0;
    for (const r of rows) {
      out.push(y);
      y += r.kind === "finding" ? ROW_HEIGHT : HEADER_HEIGHT;
    }
    out.push(y);
    return out;
  }, [rows]);
  const ref = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [view, setView] = useState(DEFAULT_VIEW);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => el.clientHeight > 0 && setView(el.clientHeight);
    measure();
    if (typeof ResizeObserver === "undefined") return;
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  // First row whose bottom is below the top of the view (binary search over the row tops).
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tops[mid + 1] <= scrollTop) lo = mid + 1;
    else hi = mid;
  }
  const start = Math.max(0, lo - OVERSCAN);
  let end = lo;
  while (end < rows.length && tops[end] < scrollTop + view) end++;
  end = Math.min(rows.length, end + OVERSCAN);

  const keyNav = (e: KeyboardEvent<HTMLDivElement>) => {
    // Up and down move between the rows' select buttons (the browser scrolls the focused row in).
    if (e.key !== "ArrowDown" && e.key !== "ArrowUp") return;
    const buttons = [...(ref.current?.querySelectorAll<HTMLButtonElement>("button[data-finding]") ?? [])];
    const i = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const next = buttons[i + (e.key === "ArrowDown" ? 1 : -1)];
    if (next) {
      e.preventDefault();
      next.focus();
    }
  };

  const out = [];
  for (let i = start; i < end; i++) {
    const r = rows[i];
    const style = { top: tops[i], height: tops[i + 1] - tops[i] };
    if (r.kind === "sheet") {
      out.push(
        <div key={`s:${r.sheet}`} role="listitem" className={`${s.row} ${s.sheet}`} style={style}>
          <span className={s.line}>
            {r.sheet}（{r.count}）
          </span>
        </div>,
      );
    } else if (r.kind === "rule") {
      out.push(
        <div key={`r:${i}`} role="listitem" className={`${s.row} ${s.rule}`} style={style}>
          <span className={s.ruleName} title={ruleName(r.rule, lang)}>
            {ruleName(r.rule, lang)}（{r.count}）
          </span>
          {r.fixable > 0 && (
            <Button
              size="small"
              className={s.action}
              disabled={busy}
              onClick={() => onFixRule(r.rule)}
              aria-label={t.fixRule(ruleName(r.rule, lang))}
            >
              {t.fixAll(r.fixable)}
            </Button>
          )}
        </div>,
      );
    } else {
      const f = r.finding;
      const title = itemTitle(report, f);
      const message = lang === "en" ? f.messageEn : f.message;
      const value = f.value === null ? t.empty : String(f.value);
      out.push(
        <div
          key={`f:${f.sheet}!${f.cell}:${f.rule}:${i}`}
          role="listitem"
          className={`${s.row} ${s.finding}`}
          style={style}
        >
          <button
            type="button"
            data-finding={f.cell}
            className={s.select}
            onClick={() => onSelect(f)}
            title={`${f.sheet}!${f.cell} ${message}`}
          >
            <span className={s.line}>
              <span className={s.badge} style={{ backgroundColor: BADGE[f.severity] }} aria-hidden="true" />
              <strong>{f.cell}</strong> <span className={s.small}>{t.severity[f.severity]}</span> {title}
            </span>
            <span className={s.line}>{message}</span>
            <span className={`${s.line} ${s.small}`}>
              {t.value}: {value}
              {f.fix !== undefined ? ` → ${t.fixTo}: ${f.fix}` : ""}
            </span>
          </button>
          {f.fix !== undefined && (
            <Button
              size="small"
              className={s.action}
              disabled={busy}
              onClick={() => onFix(f)}
              aria-label={`${t.fix} ${f.sheet}!${f.cell}`}
            >
              {t.fix}
            </Button>
          )}
        </div>,
      );
    }
  }

  return (
    <div
      ref={ref}
      className={s.viewport}
      tabIndex={-1}
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
      onKeyDown={keyNav}
    >
      <div role="list" aria-label={t.findings} style={{ height: tops[rows.length], position: "relative" }}>
        {out}
      </div>
    </div>
  );
}
