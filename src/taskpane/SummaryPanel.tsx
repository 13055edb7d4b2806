// 集計: build or refresh the summary sheets; the per-policy table and a stacked bar chart in plain SVG.

import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { SUMMARY_SHEETS } from "../core/summary/labels";
import { STATES } from "../core/summary/state";
import type { SummaryTable } from "../core/summary/tables";
import { usePane } from "./context";
import type { SummaryOutcome } from "./service";

const useStyles = makeStyles({
  scroll: { overflowX: "auto", maxWidth: "100%" },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  cell: { padding: "2px 4px", textAlign: "start", borderBottom: `1px solid ${tokens.colorNeutralStroke3}` },
  // Narrow panes scroll the table sideways rather than breaking headers and names letter by letter.
  head: { whiteSpace: "nowrap" },
  text: { minWidth: "9em" },
  num: { textAlign: "end", whiteSpace: "nowrap" },
  group: { fontWeight: tokens.fontWeightSemibold },
});

const SERIES_COLOURS = [
  "#107C10",
  "#0F6CBD",
  "#8A6100",
  "#C50F1F",
  "#5C2E91",
  "#616161",
  "#038387",
  "#CA5010",
];

export interface ChartBar {
  label: string;
  parts: { name: string; value: number }[];
}

/**
 * The chart's bars: the table's chart when it names one; else one bar per policy row ("group" rows,
 * labelled by their first text) made of the item-state columns.
 */
export function chartBars(table: SummaryTable, lang: "ja" | "en"): { series: string[]; bars: ChartBar[] } {
  const idx = (key: string) => table.columns.findIndex((c) => c.key === key);
  const series = (table.chart?.seriesColumns ?? (STATES as readonly string[])).map(idx).filter((i) => i >= 0);
  const cat = table.chart ? idx(table.chart.categoryColumn) : -1;
  const label = (cells: (string | number | null)[]) =>
    cat >= 0 ? cells[cat] : cells.find((c, i) => typeof c === "string" && c !== "" && !series.includes(i));
  const bars = table.rows
    .filter((r) => (table.chart ? r.style !== "total" && r.style !== "subtotal" : r.style === "group"))
    .filter((r) => label(r.cells) !== null && label(r.cells) !== undefined && label(r.cells) !== "")
    .map((r) => ({
      label: String(label(r.cells)),
      parts: series.map((i) => ({ name: table.columns[i].title[lang], value: Number(r.cells[i] ?? 0) || 0 })),
    }));
  return { series: series.map((i) => table.columns[i].title[lang]), bars };
}

function Chart({ table }: { table: SummaryTable }) {
  const { t, lang } = usePane();
  const { series, bars } = chartBars(table, lang);
  if (!bars.length) return null;
  const max = Math.max(1, ...bars.map((b) => b.parts.reduce((n, p) => n + p.value, 0)));
  const barH = 14;
  const gap = 18;
  const labelW = 0;
  const width = 280;
  const height = bars.length * (barH + gap) + 8;
  return (
    <figure style={{ margin: "8px 0" }}>
      <figcaption>{t.chartTitle}</figcaption>
      <svg width="100%" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={t.chartTitle}>
        {bars.map((b, i) => {
          let x = labelW;
          const y = i * (barH + gap) + 14;
          return (
            <g key={i}>
              <text x={0} y={y - 3} fontSize="10" fill="currentColor">
                {b.label.length > 28 ? `${b.label.slice(0, 27)}…` : b.label}
              </text>
              {b.parts.map((p, j) => {
                const w = (p.value / max) * (width - labelW);
                const rect = (
                  <rect
                    key={j}
                    x={x}
                    y={y}
                    width={w}
                    height={barH}
                    fill={SERIES_COLOURS[j % SERIES_COLOURS.length]}
                  >
                    <title>{`${b.label} ${p.name}: ${p.value}`}</title>
                  </rect>
                );
                x += w;
                return rect;
              })}
            </g>
          );
        })}
      </svg>
      <ul
        style={{
          display: "flex",
          flexWrap: "wrap",
          gap: "4px 10px",
          listStyle: "none",
          padding: 0,
          margin: 0,
        }}
      >
        {series.map((name, j) => (
          <li key={name} style={{ fontSize: tokens.fontSizeBase200 }}>
            <span
              aria-hidden="true"
              style={{
                display: "inline-block",
                width: 10,
                height: 10,
                marginInlineEnd: 4,
                backgroundColor: SERIES_COLOURS[j % SERIES_COLOURS.length],
              }}
            />
            {name}
          </li>
        ))}
      </ul>
    </figure>
  );
}

function TableView({ table }: { table: SummaryTable }) {
  const { lang } = usePane();
  const s = useStyles();
  const number = (kind: string) => kind === "integer" || kind === "percent";
  const show = (v: string | number | null, kind: string) =>
    v === null ? "" : kind === "percent" && typeof v === "number" ? `${(v * 100).toFixed(1)}%` : String(v);
  return (
    <div className={s.scroll} tabIndex={0} role="region" aria-label={table.title[lang]}>
      <table className={s.table}>
        <caption style={{ textAlign: "start", fontWeight: tokens.fontWeightSemibold }}>
          {table.title[lang]}
        </caption>
        <thead>
          <tr>
            {table.columns.map((c) => (
              <th key={c.key} className={`${s.cell} ${s.head}`} scope="col">
                {c.title[lang]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((r, i) => (
            <tr key={i} className={r.style ? s.group : undefined}>
              {r.cells.map((v, j) => (
                <td key={j} className={`${s.cell} ${number(table.columns[j]?.kind ?? "") ? s.num : s.text}`}>
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
  work(label: string, job: () => Promise<string | void>): Promise<void>;
  busy: string | null;
}

export function SummaryPanel({ summary, setSummary, work, busy }: SummaryPanelProps) {
  const { service, t } = usePane();
  const policy = summary?.tables.find((x) => x.sheetName === SUMMARY_SHEETS.byPolicy) ?? summary?.tables[0];
  return (
    <div>
      <p>{t.summaryIntro}</p>
      <Button
        appearance="primary"
        disabled={!!busy}
        onClick={() =>
          void work(t.working, async () => {
            const out = await service.buildSummary();
            setSummary(out);
            return t.summaryBuilt(out.sheets);
          })
        }
      >
        {t.buildSummary}
      </Button>
      {!summary && <p>{t.summaryNone}</p>}
      {policy && (
        <>
          <Chart table={policy} />
          <TableView table={policy} />
        </>
      )}
    </div>
  );
}
