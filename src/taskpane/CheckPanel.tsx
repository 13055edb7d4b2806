// 検証: scope and review day (folded into one line once a check has run), the check, counts, filters,
// the findings, fixes with a preview, reverting the last fix, clearing the highlights. Each action
// shows its progress on its own button; nothing is inserted above the list while it works.

import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Radio,
  RadioGroup,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { parseIsoDate } from "../core/fiscal";
import type { Finding, RuleId, Severity } from "../core/types";
import { usePane } from "./context";
import { formatDay } from "./dates";
import { FindingFilters } from "./FindingFilters";
import { FindingList } from "./FindingList";
import { ReviewDay } from "./ReviewDay";
import {
  findingsOf,
  previewFixes,
  type FixPreview,
  type GuardOutcome,
  type Scope,
  type ValidateOutcome,
} from "./service";
import type { Work } from "./work";

const useStyles = makeStyles({
  column: { display: "flex", flexDirection: "column", gap: "8px" },
  row: { display: "flex", flexWrap: "wrap", gap: "8px", alignItems: "center" },
  conditions: {
    display: "flex",
    flexWrap: "wrap",
    gap: "4px 8px",
    alignItems: "center",
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
  conditionsText: { flex: "1 1 12em", minWidth: 0, overflowWrap: "anywhere" },
  counts: { display: "flex", flexWrap: "wrap", gap: "4px 12px", margin: 0, padding: 0, listStyle: "none" },
  total: { fontSize: tokens.fontSizeBase400, margin: 0 },
  note: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, margin: 0 },
  preview: { width: "100%", borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  cellPad: {
    padding: "2px 4px",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    textAlign: "start",
    overflowWrap: "anywhere",
  },
});

const SEVERITIES: Severity[] = ["error", "warning", "info"];

export interface CheckPanelProps {
  outcome: ValidateOutcome | null;
  setOutcome(o: ValidateOutcome): void;
  asOf: string;
  setAsOf(d: string): void;
  work: Work;
  /** The action in progress ("check", "revert", "clear", "fix", "select"), or null. */
  busy: string | null;
  /** Cells the last fix changed (0: nothing to revert). */
  lastFix: number;
  /** "sheet!cell" selected in Excel. */
  selected: string | null;
  setSelected(key: string | null): void;
}

/** A button's label, or its spinner and "…ing" words while its own action runs. */
function Busy({ on, label, children }: { on: boolean; label: string; children: string }) {
  return on ? (
    <>
      <Spinner size="extra-tiny" aria-hidden="true" style={{ marginInlineEnd: 4 }} />
      {label}
    </>
  ) : (
    <>{children}</>
  );
}

export function CheckPanel(props: CheckPanelProps) {
  const { outcome, setOutcome, asOf, setAsOf, work, busy, lastFix, selected, setSelected } = props;
  const { service, t, lang } = usePane();
  const s = useStyles();
  const [scope, setScope] = useState<Scope>("active");
  const [severity, setSeverity] = useState<Severity | "">("");
  const [rule, setRule] = useState<RuleId | "">("");
  const [typedWrong, setTypedWrong] = useState(false);
  const [editing, setEditing] = useState(false);
  const [guardLeft, setGuardLeft] = useState<GuardOutcome["left"]>([]);
  const [pending, setPending] = useState<{ previews: FixPreview[]; apply: () => Promise<number> } | null>(
    null,
  );

  const dayOk = parseIsoDate(asOf) !== null && !typedWrong;
  const all = useMemo(() => (outcome ? findingsOf(outcome.report) : []), [outcome]);
  const shown = useMemo(
    () => all.filter((f) => (!severity || f.severity === severity) && (!rule || f.rule === rule)),
    [all, severity, rule],
  );

  const check = () =>
    work("check", async () => {
      const o = await service.validate(scope, asOf);
      setOutcome(o);
      setEditing(false);
      return t.highlighted(o.highlighted);
    });
  // After a fix or a revert the list is stale: check the same scope again.
  const recheck = async () => setOutcome(await service.validate(scope, asOf));

  const ask = (findings: Finding[], apply: () => Promise<number>) => {
    if (!outcome) return;
    setPending({ previews: previewFixes(outcome.report, findings), apply });
  };
  const confirm = () => {
    const p = pending;
    setPending(null);
    if (!p) return;
    void work("fix", async () => {
      const n = await p.apply();
      await recheck();
      return t.fixed(n);
    });
  };

  const folded = outcome !== null && !editing;
  const scopeWord = scope === "active" ? t.scopeActive : t.scopeAll;

  return (
    <div className={s.column}>
      {folded ? (
        <p className={s.conditions}>
          <span className={s.conditionsText}>{t.conditions(scopeWord, formatDay(asOf, lang))}</span>
          <Button size="small" appearance="subtle" aria-expanded={false} onClick={() => setEditing(true)}>
            {t.changeConditions}
          </Button>
        </p>
      ) : (
        <>
          <RadioGroup value={scope} onChange={(_, d) => setScope(d.value as Scope)} aria-label={t.scope}>
            <Radio value="active" label={t.scopeActive} />
            <Radio value="all" label={t.scopeAll} />
          </RadioGroup>
          <ReviewDay asOf={asOf} setAsOf={setAsOf} typedWrong={typedWrong} setTypedWrong={setTypedWrong} />
        </>
      )}
      <div className={s.row}>
        <Button appearance="primary" onClick={() => void check()} disabled={!!busy || !dayOk}>
          <Busy on={busy === "check"} label={t.validating}>
            {outcome ? t.revalidate : t.validate}
          </Busy>
        </Button>
        <Button
          onClick={() =>
            void work("revert", async () => {
              const n = await service.revertLastFix();
              if (outcome) await recheck();
              return t.reverted(n);
            })
          }
          disabled={!!busy || lastFix === 0}
        >
          <Busy on={busy === "revert"} label={t.working}>
            {lastFix > 0 ? t.revertCount(lastFix) : t.revert}
          </Busy>
        </Button>
        <Button
          onClick={() => void work("clear", async () => t.cleared(await service.clearHighlights()))}
          disabled={!!busy}
        >
          <Busy on={busy === "clear"} label={t.working}>
            {t.clear}
          </Busy>
        </Button>
        <Button
          onClick={() =>
            void work("guard", async () => {
              const g = await service.setInputRules(asOf);
              setGuardLeft(g.left);
              return t.guarded(g.guarded, g.left.length);
            })
          }
          disabled={!!busy || !dayOk}
        >
          <Busy on={busy === "guard"} label={t.working}>
            {t.guard}
          </Busy>
        </Button>
        <Button
          onClick={() =>
            void work("unguard", async () => {
              const r = await service.clearInputRules();
              setGuardLeft([]);
              return t.unguarded(r.restored, r.notRestored);
            })
          }
          disabled={!!busy}
        >
          <Busy on={busy === "unguard"} label={t.working}>
            {t.unguard}
          </Busy>
        </Button>
      </div>
      {guardLeft.length > 0 && (
        <div className={s.note} role="note">
          {t.guardLeft}
          <ul>
            {guardLeft.map((c) => (
              <li key={`${c.sheet}!${c.cell}`}>
                {c.sheet}!{c.cell} {lang === "ja" ? `「${c.value}」` : `"${c.value}"`}
              </li>
            ))}
          </ul>
        </div>
      )}
      {!outcome && busy !== "check" && <p>{t.notYet}</p>}
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
          <h2 className={s.total}>{t.total(outcome.counts.total)}</h2>
          <ul className={s.counts} aria-label={t.counts}>
            {SEVERITIES.map((sv) => (
              <li key={sv}>
                {t.severity[sv]} {outcome.counts.bySeverity[sv].toLocaleString()}
              </li>
            ))}
          </ul>
          {outcome.counts.total === 0 ? (
            <p>{t.noFindings}</p>
          ) : (
            <>
              <FindingFilters
                counts={outcome.counts}
                severity={severity}
                setSeverity={setSeverity}
                rule={rule}
                setRule={setRule}
              />
              <p className={s.note}>{t.selectHint}</p>
              {shown.length === 0 ? (
                <p>{t.noMatch}</p>
              ) : (
                <FindingList
                  report={outcome.report}
                  findings={shown}
                  selected={selected}
                  busy={!!busy}
                  onSelect={(f) => {
                    setSelected(`${f.sheet}!${f.cell}`);
                    void work("select", () => service.select(f.sheet, f.cell));
                  }}
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
