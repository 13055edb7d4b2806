// 集計 tab: how many indicators of each policy graded A, B, C, D or not yet (指標の達成状況).

import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { GRADES } from "../core/indicators/grade";
import type { SummaryTable } from "../core/summary/tables";
import { usePane } from "./context";

export interface PolicyGrades {
  policy: string;
  /** A, B, C, D, then ungraded. */
  counts: number[];
  total: boolean;
}

const COUNT_KEYS = [...GRADES, "none"];

/** The per-policy and total counts of the 指標の達成状況 table, in its order. */
export function policyGrades(table: SummaryTable): PolicyGrades[] {
  const col = (key: string) => table.columns.findIndex((c) => c.key === key);
  const policyCol = col("policy");
  const countCols = COUNT_KEYS.map(col);
  const out: PolicyGrades[] = [];
  let policy = "";
  for (const row of table.rows) {
    if (!row.style) policy = String(row.cells[policyCol] ?? "");
    else
      out.push({
        // The subtotal row's label says "… 計"; the policy is that of the indicators above it.
        policy: row.style === "total" ? String(row.cells[policyCol] ?? "") : policy,
        counts: countCols.map((c) => Number(row.cells[c] ?? 0)),
        total: row.style === "total",
      });
  }
  return out;
}

const useStyles = makeStyles({
  h: { fontSize: tokens.fontSizeBase400, margin: "12px 0 4px" },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, width: "100%" },
  cell: { padding: "2px 4px", borderBottom: `1px solid ${tokens.colorNeutralStroke3}` },
  name: { textAlign: "start", overflowWrap: "anywhere" },
  num: { textAlign: "end", whiteSpace: "nowrap", width: "3em" },
  total: { fontWeight: tokens.fontWeightSemibold },
});

export function IndicatorCounts({ table }: { table: SummaryTable }) {
  const { t, lang } = usePane();
  const s = useStyles();
  const rows = policyGrades(table);
  const policyTitle = table.columns.find((c) => c.key === "policy")?.title[lang] ?? "";
  return (
    <section aria-labelledby="indicator-title">
      <h2 id="indicator-title" className={s.h}>
        {t.indicatorTitle}
      </h2>
      <table className={s.table}>
        <thead>
          <tr>
            <th scope="col" className={mergeClasses(s.cell, s.name)}>
              {policyTitle}
            </th>
            {GRADES.map((g) => (
              <th key={g} scope="col" className={mergeClasses(s.cell, s.num)}>
                {g}
              </th>
            ))}
            <th scope="col" className={mergeClasses(s.cell, s.num)}>
              {t.ungraded}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i} className={r.total ? s.total : undefined} data-policy={r.policy}>
              <th scope="row" className={mergeClasses(s.cell, s.name)}>
                {r.policy}
              </th>
              {r.counts.map((n, j) => (
                <td key={j} className={mergeClasses(s.cell, s.num)}>
                  {n}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
