// 検証: scope and review date, the check, counts, filters, the findings, fixes with a preview, undo, clear.

import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  Radio,
  RadioGroup,
  Select,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { fiscalYearOf, formatJapaneseFiscalYear, parseIsoDate } from "../core/fiscal";
import type { Finding, RuleId, Severity } from "../core/types";
import { usePane } from "./context";
import { FindingList } from "./FindingList";
import { ruleName } from "./rules";
import { findingsOf, previewFixes, type FixPreview, type Scope, type ValidateOutcome } from "./service";

const useStyles = makeStyles({
  column: { display: "flex", flexDirection: "column", gap: "8px" },
  row: { display: "flex", flexWrap: "wrap", gap: "8px", alignItems: "center" },
  counts: { display: "flex", flexWrap: "wrap", gap: "4px 12px", margin: 0, padding: 0, listStyle: "none" },
  // A native select is as wide as its longest option: let the filters shrink to a 320 px pane.
  filter: { minWidth: 0, maxWidth: "100%", flex: "1 1 140px" },
  fill: { width: "100%", maxWidth: "100%", "& select": { width: "100%", textOverflow: "ellipsis" } },
  note: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, margin: 0 },
  preview: { width: "100%", borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  cellPad: {
    padding: "2px 4px",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    textAlign: "start",
  },
});

const SEVERITIES: Severity[] = ["error", "warning", "info"];

export interface CheckPanelProps {
  outcome: ValidateOutcome | null;
  setOutcome(o: ValidateOutcome): void;
  asOf: string;
  setAsOf(d: string): void;
  /** Runs a piece of work with the pane's busy state, error banner and status line. */
  work(label: string, job: () => Promise<string | void>): Promise<void>;
  busy: string | null;
}

export function CheckPanel({ outcome, setOutcome, asOf, setAsOf, work, busy }: CheckPanelProps) {
  const { service, t, lang } = usePane();
  const s = useStyles();
  const [scope, setScope] = useState<Scope>("active");
  const [severity, setSeverity] = useState<Severity | "">("");
  const [rule, setRule] = useState<RuleId | "">("");
  const [pending, setPending] = useState<{ previews: FixPreview[]; apply: () => Promise<number> } | null>(
    null,
  );

  const day = parseIsoDate(asOf);
  const fy = day ? fiscalYearOf(day) : null;
  const all = useMemo(() => (outcome ? findingsOf(outcome.report) : []), [outcome]);
  const shown = useMemo(
    () => all.filter((f) => (!severity || f.severity === severity) && (!rule || f.rule === rule)),
    [all, severity, rule],
  );

  const check = () =>
    work(t.validating, async () => {
      const o = await service.validate(scope, asOf);
      setOutcome(o);
      return t.highlighted(o.highlighted);
    });
  // After a fix or an undo the list is stale: check the same scope again.
  const recheck = async () => setOutcome(await service.validate(scope, asOf));

  const ask = (findings: Finding[], apply: () => Promise<number>) => {
    if (!outcome) return;
    setPending({ previews: previewFixes(outcome.report, findings), apply });
  };
  const confirm = () => {
    const p = pending;
    setPending(null);
    if (!p) return;
    void work(t.working, async () => {
      const n = await p.apply();
      await recheck();
      return t.fixed(n);
    });
  };

  return (
    <div className={s.column}>
      <RadioGroup value={scope} onChange={(_, d) => setScope(d.value as Scope)} aria-label={t.scope}>
        <Radio value="active" label={t.scopeActive} />
        <Radio value="all" label={t.scopeAll} />
      </RadioGroup>
      <Field
        label={t.asOf}
        validationState={day ? "none" : "error"}
        validationMessage={day ? undefined : t.asOfInvalid}
        hint={fy !== null ? t.reviewYear(formatJapaneseFiscalYear(fy), fy) : undefined}
      >
        <Input type="date" value={asOf} onChange={(_, d) => setAsOf(d.value)} />
      </Field>
      <div className={s.row}>
        <Button appearance="primary" onClick={() => void check()} disabled={!!busy || !day}>
          {t.validate}
        </Button>
        <Button
          onClick={() =>
            void work(t.working, async () => {
              const n = await service.revertLastFix();
              if (outcome) await recheck();
              return t.reverted(n);
            })
          }
          disabled={!!busy}
        >
          {t.revert}
        </Button>
        <Button
          onClick={() => void work(t.working, async () => t.cleared(await service.clearHighlights()))}
          disabled={!!busy}
        >
          {t.clear}
        </Button>
      </div>
      {busy && <Spinner size="tiny" label={busy} />}
      {!outcome && !busy && <p>{t.notYet}</p>}
      {outcome && (
        <>
          {outcome.problems.length > 0 && (
            <div className={s.note} role="note">
              {t.stateProblems}
              <ul>
                {outcome.problems.map((p, i) => (
                  <li key={i}>{p[lang]}</li>
                ))}
              </ul>
            </div>
          )}
          <h2 style={{ fontSize: tokens.fontSizeBase400, margin: 0 }}>{t.total(outcome.counts.total)}</h2>
          <ul className={s.counts} aria-label={t.counts}>
            {SEVERITIES.map((sv) => (
              <li key={sv}>
                {t.severity[sv]} {outcome.counts.bySeverity[sv]}
              </li>
            ))}
          </ul>
          {outcome.counts.total === 0 ? (
            <p>{t.noFindings}</p>
          ) : (
            <>
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
                        {t.severity[sv]}（{outcome.counts.bySeverity[sv]}）
                      </option>
                    ))}
                  </Select>
                </Field>
                <Field label={t.filterRule} size="small" className={s.filter}>
                  <Select
                    className={s.fill}
                    value={rule}
                    onChange={(_, d) => setRule(d.value as RuleId | "")}
                  >
                    <option value="">{t.all}</option>
                    {(Object.keys(outcome.counts.byRule) as RuleId[]).map((r) => (
                      <option key={r} value={r}>
                        {ruleName(r, lang)}（{outcome.counts.byRule[r]}）
                      </option>
                    ))}
                  </Select>
                </Field>
              </div>
              <p className={s.note}>{t.selectHint}</p>
              {shown.length === 0 ? (
                <p>{t.noMatch}</p>
              ) : (
                <FindingList
                  report={outcome.report}
                  findings={shown}
                  busy={!!busy}
                  onSelect={(f) => void work(t.working, () => service.select(f.sheet, f.cell))}
                  onFix={(f) => ask([f], () => service.fix([f]))}
                  onFixRule={(r) =>
                    ask(
                      all.filter((f) => f.rule === r),
                      () => service.fixAll(r),
                    )
                  }
                />
              )}
            </>
          )}
        </>
      )}
      <Dialog open={pending !== null} onOpenChange={(_, d) => !d.open && setPending(null)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{t.previewTitle}</DialogTitle>
            <DialogContent>
              <p>{t.previewIntro(pending?.previews.length ?? 0)}</p>
              <div
                style={{ maxHeight: "40vh", overflow: "auto" }}
                tabIndex={0}
                role="region"
                aria-label={t.previewTitle}
              >
                <table className={s.preview}>
                  <thead>
                    <tr>
                      <th className={s.cellPad}>{t.cell}</th>
                      <th className={s.cellPad}>{t.previewOld}</th>
                      <th className={s.cellPad}>{t.previewNew}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {pending?.previews.map((p) => (
                      <tr key={`${p.sheet}!${p.cell}`}>
                        <td className={s.cellPad}>
                          {p.sheet}!{p.cell}
                        </td>
                        <td className={s.cellPad}>{p.oldValue || t.empty}</td>
                        <td className={s.cellPad}>{p.newValue}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" onClick={confirm}>
                {t.apply}
              </Button>
              <Button onClick={() => setPending(null)}>{t.cancel}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </div>
  );
}
