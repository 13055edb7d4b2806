// 集計: build or refresh the summary sheets; then, at pane width, per policy what a reviewer needs first
// (件数, 未実施, 期限超過, 実施率) with a bar of its item states — coloured by meaning with the highlight
// colours, patterned as a second cue, each value written beside it, states with no item left out —
// and the rest (other states, the second level, the whole table) on demand.

import { Button, Spinner, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { STATE_TONE, TONE_FILL, TONE_INK } from "../core/colours";
import type { Lang } from "../core/messages";
import { IndicatorCounts } from "./IndicatorCounts";
import { SUMMARY_SHEETS } from "../core/summary/labels";
import { STATES, type ItemState } from "../core/summary/state";
import type { SummaryTable } from "../core/summary/tables";
import { CollectPanel } from "./CollectPanel";
import { usePane } from "./context";
import type { SummaryOutcome } from "./service";
import type { Work } from "./work";

const useStyles = makeStyles({
  h: { fontSize: tokens.fontSizeBase400, margin: "12px 0 0" },
  sub: { margin: "2px 0 8px", fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  cards: { margin: 0, padding: 0, listStyle: "none", display: "flex", flexDirection: "column", gap: "8px" },
  card: {
    padding: "8px",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  totalCard: { border: `2px solid ${tokens.colorNeutralStroke1}` },
  name: { fontSize: tokens.fontSizeBase300, margin: 0, overflowWrap: "anywhere" },
  origin: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, margin: 0 },
  figures: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(5.5em, 1fr))",
    gap: "4px",
    margin: "6px 0",
  },
  figure: { display: "flex", flexDirection: "column", margin: 0 },
  figureName: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  figureValue: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  bar: { display: "block", width: "100%", height: "14px", margin: "4px 0" },
  values: {
    display: "flex",
    flexWrap: "wrap",
    gap: "2px 10px",
    margin: 0,
    padding: 0,
    listStyle: "none",
    fontSize: tokens.fontSizeBase200,
  },
  value: { display: "inline-flex", alignItems: "center", gap: "4px" },
  details: { marginTop: "4px", fontSize: tokens.fontSizeBase200 },
  summaryLine: { cursor: "pointer", color: tokens.colorNeutralForeground1 },
  seconds: { margin: "4px 0 0", padding: 0, listStyle: "none" },
  second: {
    padding: "4px 0",
    borderTop: `1px solid ${tokens.colorNeutralStroke3}`,
    overflowWrap: "anywhere",
  },
  scroll: { overflowX: "auto", maxWidth: "100%" },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  cell: { padding: "2px 4px", textAlign: "start", borderBottom: `1px solid ${tokens.colorNeutralStroke3}` },
  head: { whiteSpace: "nowrap" },
  text: { minWidth: "9em" },
  num: { textAlign: "end", whiteSpace: "nowrap" },
  group: { fontWeight: tokens.fontWeightSemibold },
});

/** States shown first on each policy (the rest on demand). */
const FIRST: readonly ItemState[] = ["notDone", "overdue"];

/** A second cue besides the colour: states of one tone differ by their pattern. */
const PATTERN: Record<ItemState, "solid" | "diagonal" | "cross" | "dots" | "horizontal"> = {
  notDone: "cross",
  overdue: "diagonal",
  partly: "dots",
  unclear: "horizontal",
  done: "solid",
  doing: "solid",
  planning: "diagonal",
  noPlan: "solid",
};

export interface PolicyFigures {
  name: string;
  origin: string;
  items: number;
  rate: number | null;
  /** Every state with its count and title, in the table's order. */
  states: { state: ItemState; title: string; count: number }[];
  /** Second-level rows under the policy. */
  seconds: { name: string; items: number; states: { state: ItemState; title: string; count: number }[] }[];
  total: boolean;
}

const num = (v: unknown) => (typeof v === "number" ? v : 0);

/** The per-policy table read back as figures per policy (group rows), their second level and the total. */
export function policyFigures(table: SummaryTable, lang: Lang): PolicyFigures[] {
  const idx = (key: string) => table.columns.findIndex((c) => c.key === key);
  const stateCols = STATES.map((state) => ({ state, i: idx(state) })).filter((x) => x.i >= 0);
  const [policy, second, items, rate] = ["policy", "second", "items", "rate"].map(idx);
  const originCols = ["file", "sheet"].map(idx).filter((i) => i >= 0);
  const states = (cells: SummaryTable["rows"][number]["cells"]) =>
    stateCols.map(({ state, i }) => ({ state, title: table.columns[i].title[lang], count: num(cells[i]) }));
  const out: PolicyFigures[] = [];
  for (const r of table.rows) {
    if (r.style === "group" || r.style === "total" || r.style === "subtotal") {
      out.push({
        name: String(r.cells[policy] ?? ""),
        origin: originCols
          .map((i) => r.cells[i])
          .filter((v) => v !== null && v !== "")
          .join(" ・ "),
        items: num(r.cells[items]),
        rate: typeof r.cells[rate] === "number" ? (r.cells[rate] as number) : null,
        states: states(r.cells),
        seconds: [],
        total: r.style !== "group",
      });
    } else if (out.length && second >= 0) {
      out[out.length - 1].seconds.push({
        name: String(r.cells[second] ?? ""),
        items: num(r.cells[items]),
        states: states(r.cells),
      });
    }
  }
  return out;
}

const percent = (rate: number | null, lang: Lang) =>
  rate === null
    ? "－"
    : `${(rate * 100).toLocaleString(lang === "ja" ? "ja-JP" : "en-US", { maximumFractionDigits: 1, minimumFractionDigits: 1 })}%`;

function Patterns() {
  // One pattern per state, drawn in its tone's ink over its tone's fill.
  return (
    <svg width="0" height="0" style={{ position: "absolute" }} aria-hidden="true" focusable="false">
      <defs>
        {STATES.map((state) => {
          const tone = STATE_TONE[state];
          const ink = TONE_INK[tone];
          const kind = PATTERN[state];
          return (
            <pattern key={state} id={`state-${state}`} width="6" height="6" patternUnits="userSpaceOnUse">
              <rect width="6" height="6" fill={TONE_FILL[tone]} />
              {kind === "diagonal" && (
                <path d="M-1,1 l2,-2 M0,6 l6,-6 M5,7 l2,-2" stroke={ink} strokeWidth="1" />
              )}
              {kind === "cross" && <path d="M0,0 l6,6 M6,0 l-6,6" stroke={ink} strokeWidth="1" />}
              {kind === "dots" && <circle cx="3" cy="3" r="1.2" fill={ink} />}
              {kind === "horizontal" && <path d="M0,3 h6" stroke={ink} strokeWidth="1" />}
            </pattern>
          );
        })}
      </defs>
    </svg>
  );
}

/** A swatch of a state's colour and pattern, beside its name and value. */
function Swatch({ state }: { state: ItemState }) {
  return (
    <svg width="12" height="12" aria-hidden="true" focusable="false" data-state={state}>
      <rect
        x="0.5"
        y="0.5"
        width="11"
        height="11"
        fill={`url(#state-${state})`}
        stroke={TONE_INK[STATE_TONE[state]]}
        data-fill={TONE_FILL[STATE_TONE[state]]}
      />
    </svg>
  );
}

/** The item states of one policy as one bar; its values are written beside it (the list below). */
function StateBar({ states, items }: { states: PolicyFigures["states"]; items: number }) {
  const s = useStyles();
  const shown = states.filter((x) => x.count > 0);
  if (!items || !shown.length) return null;
  let x = 0;
  return (
    <svg
      className={s.bar}
      viewBox="0 0 100 10"
      preserveAspectRatio="none"
      aria-hidden="true"
      focusable="false"
    >
      <rect x="0" y="0" width="100" height="10" fill={tokens.colorNeutralBackground3} />
      {shown.map((p) => {
        const w = (p.count / items) * 100;
        const rect = (
          <rect
            key={p.state}
            data-state={p.state}
            data-fill={TONE_FILL[STATE_TONE[p.state]]}
            x={x}
            y="0"
            width={w}
            height="10"
            fill={`url(#state-${p.state})`}
            stroke={TONE_INK[STATE_TONE[p.state]]}
            strokeWidth="0.3"
            vectorEffect="non-scaling-stroke"
          />
        );
        x += w;
        return rect;
      })}
    </svg>
  );
}

function StateValues({ states }: { states: PolicyFigures["states"] }) {
  const s = useStyles();
  const { lang } = usePane();
  const shown = states.filter((x) => x.count > 0);
  return (
    <ul className={s.values}>
      {shown.map((p) => (
        <li key={p.state} className={s.value}>
          <Swatch state={p.state} />
          {p.title} {p.count.toLocaleString(lang === "ja" ? "ja-JP" : "en-US")}
        </li>
      ))}
    </ul>
  );
}

function PolicyCard({ p, secondWord }: { p: PolicyFigures; secondWord: string }) {
  const { t, lang } = usePane();
  const s = useStyles();
  const first = FIRST.map((state) => p.states.find((x) => x.state === state)).filter((x) => x !== undefined);
  const rest = p.states.filter((x) => !FIRST.includes(x.state) && x.count > 0);
  return (
    <li className={mergeClasses(s.card, p.total && s.totalCard)} data-policy={p.name}>
      <h3 className={s.name}>{p.name}</h3>
      {p.origin && <p className={s.origin}>{p.origin}</p>}
      <dl className={s.figures}>
        <div className={s.figure}>
          <dt className={s.figureName}>{t.itemsCount}</dt>
          <dd className={s.figureValue}>{p.items.toLocaleString()}</dd>
        </div>
        {first.map((x) => (
          <div key={x.state} className={s.figure}>
            <dt className={s.figureName}>{x.title}</dt>
            <dd className={s.figureValue}>{x.count.toLocaleString()}</dd>
          </div>
        ))}
        <div className={s.figure}>
          <dt className={s.figureName}>{t.rate}</dt>
          <dd className={s.figureValue}>{percent(p.rate, lang)}</dd>
        </div>
      </dl>
      <StateBar states={p.states} items={p.items} />
      <StateValues states={p.states} />
      {(rest.length > 0 || p.seconds.length > 0) && (
        <details className={s.details}>
          <summary className={s.summaryLine}>
            {p.seconds.length ? t.secondLevel(secondWord) : t.otherStates}
          </summary>
          {p.seconds.length > 0 && (
            <ul className={s.seconds}>
              {p.seconds.map((x, i) => (
                <li key={i} className={s.second}>
                  <strong>{x.name}</strong>（{t.itemsCount} {x.items}）
                  <StateValues states={x.states} />
                </li>
              ))}
            </ul>
          )}
        </details>
      )}
    </li>
  );
}

function TableView({ table }: { table: SummaryTable }) {
  const { lang } = usePane();
  const s = useStyles();
  const number = (kind: string) => kind === "integer" || kind === "percent";
  const show = (v: string | number | null, kind: string) =>
    v === null ? "" : kind === "percent" && typeof v === "number" ? percent(v, lang) : String(v);
  return (
    <div className={s.scroll} tabIndex={0} role="region" aria-label={table.title[lang]}>
      <table className={s.table}>
        <caption style={{ textAlign: "start", fontWeight: tokens.fontWeightSemibold }}>
          {table.title[lang]}
        </caption>
        <thead>
          <tr>
            {table.columns.map((c) => (
              <th key={c.key} className={mergeClasses(s.cell, s.head)} scope="col">
                {c.title[lang]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((r, i) => (
            <tr key={i} className={r.style ? s.group : undefined}>
              {r.cells.map((v, j) => (
                <td
                  key={j}
                  className={mergeClasses(s.cell, number(table.columns[j]?.kind ?? "") ? s.num : s.text)}
                >
                  {show(v, table.columns[j]?.kind ?? "text")}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export interface SummaryPanelProps {
  summary: SummaryOutcome | null;
  setSummary(s: SummaryOutcome): void;
  work: Work;
  busy: string | null;
}

export function SummaryPanel({ summary, setSummary, work, busy }: SummaryPanelProps) {
  const { service, t, lang } = usePane();
  const s = useStyles();
  const policy = summary?.tables.find((x) => x.sheetName === SUMMARY_SHEETS.byPolicy);
  const indicators = summary?.tables.find((x) => x.sheetName === SUMMARY_SHEETS.indicators);
  const cards = policy ? policyFigures(policy, lang) : [];
  const secondWord = policy?.columns.find((c) => c.key === "second")?.title[lang] ?? "";
  return (
    <div>
      <p>{t.summaryIntro}</p>
      <Button
        appearance="primary"
        disabled={!!busy}
        onClick={() =>
          void work("summary", async () => {
            const out = await service.buildSummary();
            setSummary(out);
            return t.summaryBuilt(out.sheets);
          })
        }
      >
        {busy === "summary" ? (
          <>
            <Spinner size="extra-tiny" aria-hidden="true" style={{ marginInlineEnd: 4 }} />
            {t.working}
          </>
        ) : (
          t.buildSummary
        )}
      </Button>
      {!summary && <p>{t.summaryNone}</p>}
      {policy && (
        <section aria-labelledby="chart-title">
          <Patterns />
          <h2 id="chart-title" className={s.h}>
            {t.chartTitle}
          </h2>
          {policy.subtitle && <p className={s.sub}>{policy.subtitle[lang]}</p>}
          {cards.length === 0 ? (
            <p>{t.summaryEmpty}</p>
          ) : (
            <ul className={s.cards}>
              {cards.map((p, i) => (
                <PolicyCard key={i} p={p} secondWord={secondWord} />
              ))}
            </ul>
          )}
          <details className={s.details}>
            <summary className={s.summaryLine}>{t.fullTable}</summary>
            <TableView table={policy} />
          </details>
        </section>
      )}
      {indicators && (
        <>
          <IndicatorCounts table={indicators} />
          <details className={s.details}>
            <summary className={s.summaryLine}>{t.fullTable}</summary>
            <TableView table={indicators} />
          </details>
        </>
      )}
      <CollectPanel work={work} busy={busy} />
    </div>
  );
}
