// The two filters of a finding list, by severity and by rule, each option with its count: the
// check's findings and the comparison's are filtered alike.

import { Field, Select, makeStyles } from "@fluentui/react-components";
import type { RuleId, Severity } from "../core/types";
import { usePane } from "./context";
import { ruleName } from "./rules";
import type { Counts } from "./service";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", gap: "8px", alignItems: "center" },
  // A native select is as wide as its longest option: let the filters shrink to a 320 px pane.
  filter: { minWidth: 0, maxWidth: "100%", flex: "1 1 140px" },
  fill: { width: "100%", maxWidth: "100%", "& select": { width: "100%", textOverflow: "ellipsis" } },
});

const SEVERITIES: Severity[] = ["error", "warning", "info"];

export interface FindingFiltersProps {
  counts: Counts;
  severity: Severity | "";
  setSeverity(s: Severity | ""): void;
  rule: RuleId | "";
  setRule(r: RuleId | ""): void;
}

export function FindingFilters({ counts, severity, setSeverity, rule, setRule }: FindingFiltersProps) {
  const { t, lang } = usePane();
  const s = useStyles();
  return (
    <div className={s.row}>
      <Field label={t.filterSeverity} size="small" className={s.filter}>
        <Select
          className={s.fill}
          value={severity}
          onChange={(_, d) => setSeverity(d.value as Severity | "")}
        >
          <option value="">{t.all}</option>
          {SEVERITIES.map((sv) => (
            <option key={sv} value={sv}>
              {t.option(t.severity[sv], counts.bySeverity[sv])}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t.filterRule} size="small" className={s.filter}>
        <Select className={s.fill} value={rule} onChange={(_, d) => setRule(d.value as RuleId | "")}>
          <option value="">{t.all}</option>
          {(Object.keys(counts.byRule) as RuleId[]).map((r) => (
            <option key={r} value={r}>
              {t.option(ruleName(r, lang), counts.byRule[r] ?? 0)}
            </option>
          ))}
        </Select>
      </Field>
    </div>
  );
}
