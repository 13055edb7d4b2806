// The findings, errors first: one group per rule (ordered by severity, then where its first finding
// stands), each rule's findings in sheet order. Rows wrap their text (a finding is read without
// hovering); the group heading stays in view while its rows scroll; the pane itself is the one
// scroll. Long lists render in pages, the next page as its "show more" row comes into view.

import { Button, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { ErrorCircle16Filled, Info16Filled, Warning16Filled } from "@fluentui/react-icons";
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import type { WorkbookReport } from "../core/check";
import { TONE_FILL, TONE_INK } from "../core/colours";
import type { Finding, RuleId, Severity } from "../core/types";
import { usePane } from "./context";
import { ruleName } from "./rules";
import { itemTitle } from "./service";

/** Rows rendered at first and added by each "show more". */
export const PAGE = 150;

// A long item title keeps to two lines; its full text is in the sheet the row selects.
const CLAMP_TWO_LINES = {
  display: "-webkit-box",
  WebkitLineClamp: 2,
  WebkitBoxOrient: "vertical",
  overflow: "hidden",
} as const;

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Errors first, then warnings, then info; within a severity, sheet order (sheet, row, column). */
export function orderFindings(findings: Finding[], sheetOrder: string[]): Finding[] {
  const sheetIndex = new Map(sheetOrder.map((s, i) => [s, i]));
  const at = (f: Finding) => sheetIndex.get(f.sheet) ?? sheetOrder.length;
  return [...findings].sort(
    (a, b) => RANK[a.severity] - RANK[b.severity] || at(a) - at(b) || a.row - b.row || a.col - b.col,
  );
}

export interface FindingGroup {
  rule: RuleId;
  severity: Severity;
  findings: Finding[];
  fixable: number;
}

/** One group per rule and severity, in the order of orderFindings. */
export function groupFindings(findings: Finding[], sheetOrder: string[]): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const f of orderFindings(findings, sheetOrder)) {
    const key = `${f.severity}\u0000${f.rule}`;
    let g = groups.get(key);
    if (!g) {
      g = { rule: f.rule, severity: f.severity, findings: [], fixable: 0 };
      groups.set(key, g);
    }
    g.findings.push(f);
    if (f.fix !== undefined) g.fixable++;
  }
  return [...groups.values()];
}

export const findingKey = (f: { sheet: string; cell: string }) => `${f.sheet}!${f.cell}`;

export const SEVERITY_ICON = {
  error: ErrorCircle16Filled,
  warning: Warning16Filled,
  info: Info16Filled,
} as const;

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, listStyle: "none" },
  group: { margin: 0, padding: 0 },
  // The heading of the group in view stays at the top of the pane while its rows scroll under it.
  heading: {
    position: "sticky",
    top: 0,
    zIndex: 1,
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: "4px 8px",
    margin: 0,
    padding: "6px 8px",
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
  },
  headingText: { flex: "1 1 12em", minWidth: 0, overflowWrap: "anywhere" },
  rows: { margin: 0, padding: 0, listStyle: "none" },
  row: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: "2px 8px",
    padding: "6px 8px 6px 6px",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    borderInlineStartWidth: "3px",
    borderInlineStartStyle: "solid",
    borderInlineStartColor: "transparent",
  },
  current: {
    borderInlineStartColor: tokens.colorBrandStroke1,
    backgroundColor: tokens.colorNeutralBackground1Selected,
  },
  select: {
    flex: "1 1 100%",
    minWidth: 0,
    display: "flex",
    flexDirection: "column",
    gap: "2px",
    textAlign: "start",
    background: "none",
    border: "none",
    padding: "2px",
    color: "inherit",
    font: "inherit",
    cursor: "pointer",
    borderRadius: tokens.borderRadiusMedium,
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  where: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: "2px 8px" },
  badge: {
    display: "inline-flex",
    alignItems: "center",
    gap: "2px",
    padding: "0 4px",
    borderRadius: tokens.borderRadiusSmall,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  cell: { fontWeight: tokens.fontWeightSemibold },
  // The message is the finding: it wraps and is never cut.
  message: { overflowWrap: "anywhere", whiteSpace: "normal" },
  small: {
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    overflowWrap: "anywhere",
  },
  fixLine: {
    flex: "1 1 100%",
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    justifyContent: "space-between",
    gap: "4px 8px",
    paddingInlineStart: "2px",
  },
  fixText: { flex: "1 1 10em", minWidth: 0, overflowWrap: "anywhere" },
  more: { display: "flex", justifyContent: "center", padding: "8px" },
});

export interface FindingListProps {
  report: WorkbookReport;
  findings: Finding[];
  /** "sheet!cell" of the cell selected in Excel. */
  selected: string | null;
  onSelect(f: Finding): void;
  onFix(f: Finding): void;
  onFixRule(rule: RuleId): void;
  busy: boolean;
  /** Where a row says its finding is (default: the cell, after its sheet when there are several). */
  whereOf?(f: Finding): string;
  /** The item a finding belongs to (default: its item in the report). */
  titleOf?(f: Finding): string;
}

export function FindingList({
  report,
  findings,
  selected,
  onSelect,
  onFix,
  onFixRule,
  busy,
  whereOf,
  titleOf,
}: FindingListProps) {
  const { t, lang } = usePane();
  const s = useStyles();
  const sheetOrder = useMemo(() => report.sheets.map((x) => x.name), [report]);
  const groups = useMemo(() => groupFindings(findings, sheetOrder), [findings, sheetOrder]);
  const manySheets = new Set(findings.map((f) => f.sheet)).size > 1;
  const [limit, setLimit] = useState(PAGE);
  useEffect(() => setLimit(PAGE), [findings]);
  const listRef = useRef<HTMLDivElement>(null);
  const moreRef = useRef<HTMLDivElement>(null);
  const left = findings.length - limit;

  // The next page comes when the "show more" row nears the view (the button stays for keyboards).
  useEffect(() => {
    const el = moreRef.current;
    if (!el || typeof IntersectionObserver === "undefined") return;
    const io = new IntersectionObserver(
      (entries) => entries.some((e) => e.isIntersecting) && setLimit((n) => n + PAGE),
      { rootMargin: "400px" },
    );
    io.observe(el);
    return () => io.disconnect();
  }, [left > 0, limit]);

  const keyNav = (e: KeyboardEvent<HTMLDivElement>) => {
    // Up and down move between the rows (the browser scrolls the focused row into view).
    if (e.key !== "ArrowDown" && e.key !== "ArrowUp") return;
    const buttons = [...(listRef.current?.querySelectorAll<HTMLButtonElement>("button[data-finding]") ?? [])];
    const i = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (i < 0) return;
    const next = buttons[i + (e.key === "ArrowDown" ? 1 : -1)];
    if (next) {
      e.preventDefault();
      next.focus();
    }
  };

  let budget = limit;
  const rendered = [];
  for (const g of groups) {
    if (budget <= 0) break;
    const rows = g.findings.slice(0, budget);
    budget -= rows.length;
    const name = ruleName(g.rule, lang);
    const Icon = SEVERITY_ICON[g.severity];
    const headingId = `group-${g.severity}-${g.rule}`;
    rendered.push(
      <li key={headingId} className={s.group} aria-labelledby={headingId}>
        <h3 className={s.heading}>
          <span id={headingId} className={s.headingText}>
            <Icon
              aria-hidden="true"
              style={{ color: tokens.colorNeutralForeground1, verticalAlign: "-3px" }}
            />{" "}
            {t.group(name, g.findings.length)}
          </span>
          {g.fixable > 0 && (
            <Button
              size="small"
              disabled={busy}
              onClick={() => onFixRule(g.rule)}
              aria-label={t.fixAllName(g.fixable, name)}
            >
              {t.fixAll(g.fixable)}
            </Button>
          )}
        </h3>
        <ul className={s.rows}>
          {rows.map((f, i) => {
            const where = whereOf ? whereOf(f) : manySheets ? `${f.sheet}!${f.cell}` : f.cell;
            const title = titleOf ? titleOf(f) : itemTitle(report, f);
            const message = lang === "en" ? f.messageEn : f.message;
            const value = f.value === null ? t.empty : String(f.value);
            const current = selected === findingKey(f);
            const SevIcon = SEVERITY_ICON[f.severity];
            return (
              <li
                key={`${findingKey(f)}:${f.rule}:${i}`}
                className={mergeClasses(s.row, current && s.current)}
                data-severity={f.severity}
              >
                <button
                  type="button"
                  data-finding={f.cell}
                  data-sheet={f.sheet}
                  className={s.select}
                  aria-current={current ? "true" : undefined}
                  onClick={() => onSelect(f)}
                >
                  <span className={s.where}>
                    <span
                      className={s.badge}
                      style={{ backgroundColor: TONE_FILL[f.severity], color: TONE_INK[f.severity] }}
                    >
                      <SevIcon aria-hidden="true" />
                      {t.severity[f.severity]}
                    </span>
                    <span className={s.cell}>{where}</span>
                    <span className={s.small}>
                      {t.value}: {value}
                    </span>
                    {current && <span className={s.small}>{t.selected}</span>}
                  </span>
                  <span className={s.message} data-message="">
                    {message}
                  </span>
                  {title && (
                    <span className={s.small} style={CLAMP_TWO_LINES}>
                      {t.item}: {title}
                    </span>
                  )}
                </button>
                {f.fix !== undefined && (
                  <span className={s.fixLine}>
                    <span className={mergeClasses(s.small, s.fixText)}>{t.fixTo(value, f.fix)}</span>
                    <Button
                      size="small"
                      disabled={busy}
                      onClick={() => onFix(f)}
                      aria-label={t.fixCell(`${f.sheet}!${f.cell}`)}
                    >
                      {t.fix}
                    </Button>
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      </li>,
    );
  }

  return (
    <div ref={listRef} onKeyDown={keyNav}>
      <ul className={s.list} aria-label={t.findings}>
        {rendered}
      </ul>
      {left > 0 && (
        <div ref={moreRef} className={s.more}>
          <Button onClick={() => setLimit((n) => n + PAGE)}>{t.showMore(left)}</Button>
        </div>
      )}
    </div>
  );
}
