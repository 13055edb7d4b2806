// 前年度比較: last year's workbook picked on disk (read in this page, sent nowhere), compared with the
// open workbook; the changes listed like the check's findings (filters, a row goes to its cell), and
// written to the 前年度比較 sheet.

import { Button, Label, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useMemo, useRef, useState } from "react";
import type { DiffFinding } from "../core/diff/compare";
import type { Finding, RuleId, Severity } from "../core/types";
import { usePane } from "./context";
import { FindingFilters } from "./FindingFilters";
import { FindingList } from "./FindingList";
import { pickedFile } from "./pickedFile";
import { countFindings, type CompareOutcome } from "./service";
import type { Work } from "./work";

const useStyles = makeStyles({
  column: { display: "flex", flexDirection: "column", gap: "8px" },
  note: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, margin: 0 },
  intro: { margin: 0 },
  total: { fontSize: tokens.fontSizeBase400, margin: 0 },
  field: { display: "flex", flexDirection: "column", gap: "2px" },
  // The browser's own file button speaks the WebView's language; a Fluent button speaks Office's.
  input: { display: "none" },
  picker: { display: "flex", alignItems: "center", gap: "8px", flexWrap: "wrap" },
  fileName: { fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
});

export interface ComparePanelProps {
  compared: CompareOutcome | null;
  setCompared(o: CompareOutcome): void;
  /** The review day of this year's workbook (the check's). */
  asOf: string;
  work: Work;
  busy: string | null;
  /** "sheet!cell" selected in Excel. */
  selected: string | null;
  setSelected(key: string | null): void;
}

export function ComparePanel(props: ComparePanelProps) {
  const { compared, setCompared, asOf, work, busy, selected, setSelected } = props;
  const { service, t } = usePane();
  const s = useStyles();
  const [file, setFile] = useState<File | null>(null);
  const fileId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [severity, setSeverity] = useState<Severity | "">("");
  const [rule, setRule] = useState<RuleId | "">("");
  const all = useMemo(() => compared?.diff.findings ?? [], [compared]);
  const counts = useMemo(() => countFindings(all), [all]);
  const shown = useMemo(
    () => all.filter((f) => (!severity || f.severity === severity) && (!rule || f.rule === rule)),
    [all, severity, rule],
  );
  const diff = (f: Finding) => f as DiffFinding;

  const compare = () =>
    work("compare", async () => {
      if (!file) return undefined;
      const o = await service.compareWithLast(pickedFile(file), asOf);
      setCompared(o);
      return t.compared(o.sheet, o.diff.findings.length);
    });

  const select = (f: Finding) => {
    if (!compared) return;
    // A cell of this workbook is selected; last year's is in another file: its row on the sheet is.
    const d = diff(f);
    const place =
      d.book === "this"
        ? { sheet: d.sheet, cell: d.cell }
        : { sheet: compared.sheet, cell: `A${compared.rows[all.indexOf(d)]}` };
    setSelected(`${place.sheet}!${place.cell}`);
    void work("select", () => service.select(place.sheet, place.cell));
  };

  return (
    <div className={s.column}>
      <p className={s.intro}>{t.compareIntro}</p>
      <p className={s.note}>{t.compareLocal}</p>
      <div className={s.field}>
        <Label htmlFor={fileId} size="small">
          {t.pickLast}
        </Label>
        <input
          ref={input}
          id={fileId}
          type="file"
          className={s.input}
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
        <div className={s.picker}>
          <Button size="small" disabled={!!busy} onClick={() => input.current?.click()}>
            {t.chooseFile}
          </Button>
          <span className={s.fileName}>{file ? file.name : t.noFileChosen}</span>
        </div>
      </div>
      <div>
        <Button appearance="primary" onClick={() => void compare()} disabled={!!busy || !file}>
          {busy === "compare" ? (
            <>
              <Spinner size="extra-tiny" aria-hidden="true" style={{ marginInlineEnd: 4 }} />
              {t.comparing}
            </>
          ) : (
            t.compare
          )}
        </Button>
      </div>
      {!compared && busy !== "compare" && <p className={s.note}>{t.compareNone}</p>}
      {compared && (
        <>
          <p className={s.note}>{t.comparedWith(compared.lastFile)}</p>
          <p className={s.note}>
            {t.pairing(compared.diff.paired, compared.diff.dropped, compared.diff.added)}
          </p>
          <h2 className={s.total}>{t.total(counts.total)}</h2>
          {counts.total === 0 ? (
            <p>{t.noChanges}</p>
          ) : (
            <>
              <FindingFilters
                counts={counts}
                severity={severity}
                setSeverity={setSeverity}
                rule={rule}
                setRule={setRule}
              />
              <p className={s.note}>
                {t.selectHint} {t.lastYearHint}
              </p>
              {shown.length === 0 ? (
                <p>{t.noMatch}</p>
              ) : (
                <FindingList
                  report={compared.report}
                  findings={shown}
                  selected={selected}
                  busy={!!busy}
                  onSelect={select}
                  onFix={() => undefined}
                  onFixRule={() => undefined}
                  whereOf={(f) =>
                    diff(f).book === "last" ? `${t.lastYear} ${f.sheet}!${f.cell}` : `${f.sheet}!${f.cell}`
                  }
                  titleOf={(f) => diff(f).title}
                />
              )}
            </>
          )}
        </>
      )}
    </div>
  );
}
