// 設定: where the department master comes from, the list and its aliases when kept in settings,
// vocabulary additions, rule switches and live mode — saved in the workbook.

import { Button, Field, Input, Select, Switch, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { RuleSetting } from "../core/check";
import { validThresholds } from "../core/indicators/grade";
import { RULES } from "../core/rules";
import type { WorkbookSettings } from "../core/settings";
import type { WordCategory } from "../core/vocabulary";
import { usePane } from "./context";
import type { Strings } from "./i18n";
import type { Work } from "./work";

const CATEGORIES: WordCategory[] = ["plan", "doing", "done", "notDone"];

const useStyles = makeStyles({
  section: { borderTop: `1px solid ${tokens.colorNeutralStroke2}`, paddingTop: "8px", marginTop: "8px" },
  h: { fontSize: tokens.fontSizeBase400, margin: "0 0 4px" },
  line: { display: "flex", flexWrap: "wrap", gap: "4px", alignItems: "flex-end", marginBottom: "6px" },
  grow: { flexGrow: 1, minWidth: "120px" },
});

export interface SettingsPanelProps {
  settings: WorkbookSettings;
  /** The report's department source ("settings", a sheet name, or null), when a check has run. */
  departmentsFrom: string | null | undefined;
  work: Work;
  onSaved(s: WorkbookSettings): void;
  busy: string | null;
}

/** Where the department list came from, in words ("sheet:課一覧" is the sheet 課一覧). */
export function masterSource(from: string | null | undefined, t: Strings): string {
  if (from === undefined) return t.masterUnknown;
  if (from === null) return t.masterNone;
  if (from === "settings") return t.masterSettings;
  if (from.startsWith("sheet:")) return t.masterSheet(from.slice("sheet:".length));
  if (from.startsWith("file:")) return t.masterFile(from.slice("file:".length));
  return t.masterSheet(from);
}

const splitAliases = (text: string) =>
  text
    .split(/[、,，]/)
    .map((a) => a.trim())
    .filter(Boolean);

export function SettingsPanel({ settings, departmentsFrom, work, onSaved, busy }: SettingsPanelProps) {
  const { service, t, lang } = usePane();
  const s = useStyles();
  const [draft, setDraft] = useState(settings);
  // Aliases are edited as text and split on save, so a trailing comma does not vanish while typing.
  const [aliasText, setAliasText] = useState(draft.departments.map((d) => d.aliases.join("、")));

  // Grade thresholds are edited as percents and read on save, so a half-typed number is not lost.
  const [gradeText, setGradeText] = useState(
    [draft.grades.a, draft.grades.b, draft.grades.c].map((x) => String(Math.round(x * 1e6) / 1e4)),
  );

  const source = masterSource(departmentsFrom, t);

  const save = () =>
    work("settings", async () => {
      const [a, b, c] = gradeText.map((x) => (x.trim() === "" ? NaN : Number(x.normalize("NFKC")) / 100));
      const grades = { a, b, c };
      if (!validThresholds(grades))
        throw Object.assign(new Error(t.gradesInvalid), { messages: { [lang]: t.gradesInvalid } });
      const next: WorkbookSettings = {
        ...draft,
        grades,
        departments: draft.departments
          .map((d, i) => ({ name: d.name.trim(), aliases: splitAliases(aliasText[i] ?? "") }))
          .filter((d) => d.name),
        words: draft.words.map((w) => ({ ...w, word: w.word.trim() })).filter((w) => w.word),
      };
      await service.saveSettings(next);
      if (next.live !== settings.live) await service.setLive(next.live);
      onSaved(next);
      return t.saved;
    });

  return (
    <div>
      <p>{t.settingsIntro}</p>
      <section className={s.section}>
        <h2 className={s.h}>{t.masterFrom}</h2>
        <p style={{ margin: 0 }}>{source}</p>
      </section>
      <section className={s.section}>
        <h2 className={s.h}>{t.departments}</h2>
        {draft.departments.map((d, i) => (
          <div key={i} className={s.line}>
            <Field label={t.deptName} size="small" className={s.grow}>
              <Input
                value={d.name}
                onChange={(_, v) =>
                  setDraft({
                    ...draft,
                    departments: draft.departments.map((x, j) => (j === i ? { ...x, name: v.value } : x)),
                  })
                }
              />
            </Field>
            <Field label={t.deptAliases} size="small" className={s.grow}>
              <Input
                value={aliasText[i] ?? ""}
                onChange={(_, v) => setAliasText(aliasText.map((a, j) => (j === i ? v.value : a)))}
              />
            </Field>
            <Button
              size="small"
              aria-label={t.removeNamed(d.name)}
              onClick={() => {
                setDraft({ ...draft, departments: draft.departments.filter((_, j) => j !== i) });
                setAliasText(aliasText.filter((_, j) => j !== i));
              }}
            >
              {t.remove}
            </Button>
          </div>
        ))}
        <Button
          size="small"
          onClick={() => {
            setDraft({ ...draft, departments: [...draft.departments, { name: "", aliases: [] }] });
            setAliasText([...aliasText, ""]);
          }}
        >
          {t.addDept}
        </Button>
      </section>
      <section className={s.section}>
        <h2 className={s.h}>{t.words}</h2>
        {draft.words.map((w, i) => (
          <div key={i} className={s.line}>
            <Field label={t.word} size="small" className={s.grow}>
              <Input
                value={w.word}
                onChange={(_, v) =>
                  setDraft({
                    ...draft,
                    words: draft.words.map((x, j) => (j === i ? { ...x, word: v.value } : x)),
                  })
                }
              />
            </Field>
            <Field label={t.category} size="small">
              <Select
                value={w.category}
                onChange={(_, v) =>
                  setDraft({
                    ...draft,
                    words: draft.words.map((x, j) =>
                      j === i ? { ...x, category: v.value as WordCategory } : x,
                    ),
                  })
                }
              >
                {CATEGORIES.map((c) => (
                  <option key={c} value={c}>
                    {t.categories[c]}
                  </option>
                ))}
              </Select>
            </Field>
            <Button
              size="small"
              aria-label={t.removeNamed(w.word)}
              onClick={() => setDraft({ ...draft, words: draft.words.filter((_, j) => j !== i) })}
            >
              {t.remove}
            </Button>
          </div>
        ))}
        <Button
          size="small"
          onClick={() => setDraft({ ...draft, words: [...draft.words, { word: "", category: "done" }] })}
        >
          {t.addWord}
        </Button>
      </section>
      <section className={s.section}>
        <h2 className={s.h}>{t.rules}</h2>
        {RULES.map(({ meta }) => (
          <Field key={meta.id} label={meta.description[lang]} size="small" style={{ marginBottom: "6px" }}>
            <Select
              value={draft.rules[meta.id] ?? ""}
              onChange={(_, v) => {
                const rules = { ...draft.rules };
                if (v.value) rules[meta.id] = v.value as RuleSetting;
                else delete rules[meta.id];
                setDraft({ ...draft, rules });
              }}
            >
              <option value="">{t.ruleDefault(t.severity[meta.severity])}</option>
              <option value="error">{t.severity.error}</option>
              <option value="warning">{t.severity.warning}</option>
              <option value="info">{t.severity.info}</option>
              <option value="off">{t.ruleOff}</option>
            </Select>
          </Field>
        ))}
      </section>
      <section className={s.section}>
        <h2 className={s.h}>{t.grades}</h2>
        <p style={{ margin: "0 0 4px" }}>{t.gradesIntro}</p>
        <div className={s.line}>
          {["A", "B", "C"].map((g, i) => (
            <Field key={g} label={t.gradeAt(g)} size="small" className={s.grow}>
              <Input
                type="text"
                inputMode="decimal"
                value={gradeText[i]}
                onChange={(_, v) => setGradeText(gradeText.map((x, j) => (j === i ? v.value : x)))}
              />
            </Field>
          ))}
        </div>
      </section>
      <section className={s.section}>
        <Switch
          checked={draft.live}
          label={t.live}
          onChange={(_, v) => setDraft({ ...draft, live: v.checked })}
        />
      </section>
      <Button appearance="primary" disabled={!!busy} onClick={() => void save()} style={{ marginTop: "8px" }}>
        {busy === "settings" ? t.working : t.save}
      </Button>
    </div>
  );
}
