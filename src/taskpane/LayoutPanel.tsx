// レイアウト: how each sheet was read — layout, items, policies — and each column's header and role,
// with a role override per column saved in the workbook's settings. One column per line, so long
// headers wrap instead of widening the pane.

import { Button, Select, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { WorkbookReport } from "../core/check";
import type { WorkbookSettings } from "../core/settings";
import { LAYOUT_NAME } from "../core/summary/labels";
import { COLUMN_ROLES, type ColumnRole } from "../core/types";
import { usePane } from "./context";
import type { Work } from "./work";

const useStyles = makeStyles({
  sheet: { borderTop: `1px solid ${tokens.colorNeutralStroke2}`, paddingTop: "8px", marginTop: "8px" },
  h: { fontSize: tokens.fontSizeBase400, margin: 0, overflowWrap: "anywhere" },
  line: { margin: "4px 0", overflowWrap: "anywhere" },
  columns: { margin: 0, padding: 0, listStyle: "none" },
  column: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: "4px 8px",
    padding: "4px 0",
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    fontSize: tokens.fontSizeBase200,
  },
  letter: { flex: "0 0 auto", fontWeight: tokens.fontWeightSemibold, minWidth: "3em" },
  header: { flex: "1 1 8em", minWidth: 0, overflowWrap: "anywhere" },
  role: { flex: "1 1 10em", minWidth: 0, maxWidth: "100%", "& select": { width: "100%" } },
});

export interface LayoutPanelProps {
  report: WorkbookReport | null;
  settings: WorkbookSettings;
  work: Work;
  onSaved(s: WorkbookSettings): void;
  busy: string | null;
}

export function LayoutPanel({ report, settings, work, onSaved, busy }: LayoutPanelProps) {
  const { service, t, lang } = usePane();
  const s = useStyles();
  const [roles, setRoles] = useState(settings.roles);
  if (!report) return <p>{t.layoutNone}</p>;

  const setRole = (sheet: string, letter: string, role: string) => {
    const forSheet = { ...(roles[sheet] ?? {}) };
    if (role) forSheet[letter] = role as ColumnRole;
    else delete forSheet[letter];
    setRoles({ ...roles, [sheet]: forSheet });
  };
  const save = () =>
    work("roles", async () => {
      const next = { ...settings, roles };
      await service.saveSettings(next);
      onSaved(next);
      return t.rolesSaved;
    });

  return (
    <div>
      <p>{t.layoutIntro}</p>
      {report.sheets.map((sheet) => (
        <section key={sheet.name} className={s.sheet} aria-label={sheet.name}>
          <h2 className={s.h}>{sheet.name}</h2>
          <p className={s.line}>
            {t.layout}: {LAYOUT_NAME[sheet.layout]?.[lang] ?? sheet.layout} ・ {t.items(sheet.items.length)}
          </p>
          {sheet.policies.length > 0 && (
            <p className={s.line}>
              {t.policies}: {sheet.policies.map((p) => p.name).join("、")}
            </p>
          )}
          {sheet.columns.length > 0 && (
            <>
              <h3 className={s.line} style={{ fontSize: tokens.fontSizeBase300 }}>
                {t.columns}
              </h3>
              <ul className={s.columns}>
                {sheet.columns.map((c) => (
                  <li key={c.letter} className={s.column}>
                    <span className={s.letter}>
                      {t.column} {c.letter}
                    </span>
                    <span className={s.header}>
                      {c.header}
                      {c.year ? t.yearNote(c.year) : ""}
                    </span>
                    <Select
                      size="small"
                      className={s.role}
                      aria-label={t.roleFor(sheet.name, c.letter)}
                      value={roles[sheet.name]?.[c.letter] ?? ""}
                      onChange={(_, d) => setRole(sheet.name, c.letter, d.value)}
                    >
                      <option value="">{t.roleAuto(t.roleNames[c.role] ?? c.role)}</option>
                      {COLUMN_ROLES.map((r) => (
                        <option key={r} value={r}>
                          {t.roleNames[r]}
                        </option>
                      ))}
                    </Select>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      ))}
      <Button appearance="primary" onClick={() => void save()} disabled={!!busy} style={{ marginTop: "8px" }}>
        {busy === "roles" ? t.working : t.saveRoles}
      </Button>
    </div>
  );
}
