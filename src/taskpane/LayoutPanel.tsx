// レイアウト: how the engine read each sheet — layout, column roles, items, policies — with a role
// override per column, saved in the workbook's settings.

import { Button, Select, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { WorkbookReport } from "../core/check";
import type { WorkbookSettings } from "../core/settings";
import { COLUMN_ROLES, type ColumnRole } from "../core/types";
import { usePane } from "./context";

const ROLES = COLUMN_ROLES;

const useStyles = makeStyles({
  sheet: { borderTop: `1px solid ${tokens.colorNeutralStroke2}`, paddingTop: "8px", marginTop: "8px" },
  table: { width: "100%", borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  cell: { padding: "2px 4px", textAlign: "start", borderBottom: `1px solid ${tokens.colorNeutralStroke3}` },
  header: { maxWidth: "110px", overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
});

export interface LayoutPanelProps {
  report: WorkbookReport | null;
  settings: WorkbookSettings;
  work(label: string, job: () => Promise<string | void>): Promise<void>;
  onSaved(s: WorkbookSettings): void;
  busy: string | null;
}

export function LayoutPanel({ report, settings, work, onSaved, busy }: LayoutPanelProps) {
  const { service, t } = usePane();
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
    work(t.working, async () => {
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
          <h2 style={{ fontSize: tokens.fontSizeBase400, margin: 0 }}>{sheet.name}</h2>
          <p style={{ margin: "4px 0" }}>
            {t.layout}: {t.layoutName[sheet.layout] ?? sheet.layout} ・ {t.items(sheet.items.length)}
          </p>
          {sheet.policies.length > 0 && (
            <p style={{ margin: "4px 0" }}>
              {t.policies}: {sheet.policies.map((p) => p.name).join("、")}
            </p>
          )}
          {sheet.columns.length > 0 && (
            <table className={s.table}>
              <caption style={{ textAlign: "start" }}>{t.columns}</caption>
              <thead>
                <tr>
                  <th className={s.cell}>{t.cell}</th>
                  <th className={s.cell}>{t.header}</th>
                  <th className={s.cell}>{t.role}</th>
                </tr>
              </thead>
              <tbody>
                {sheet.columns.map((c) => (
                  <tr key={c.letter}>
                    <td className={s.cell}>{c.letter}</td>
                    <td className={`${s.cell} ${s.header}`} title={c.header}>
                      {c.header}
                      {c.year ? `（${c.year}）` : ""}
                    </td>
                    <td className={s.cell}>
                      <Select
                        size="small"
                        aria-label={`${sheet.name} ${c.letter} ${t.role}`}
                        value={roles[sheet.name]?.[c.letter] ?? ""}
                        onChange={(_, d) => setRole(sheet.name, c.letter, d.value)}
                      >
                        <option value="">
                          {t.roleAuto}（{t.roleNames[c.role] ?? c.role}）
                        </option>
                        {ROLES.map((r) => (
                          <option key={r} value={r}>
                            {t.roleNames[r]}
                          </option>
                        ))}
                      </Select>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      ))}
      <Button appearance="primary" onClick={() => void save()} disabled={!!busy} style={{ marginTop: "8px" }}>
        {t.saveRoles}
      </Button>
    </div>
  );
}
