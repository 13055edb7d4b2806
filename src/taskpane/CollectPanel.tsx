// 「ブックを集める」: the reviewer picks the departments' .xlsx files; each is read in this page (never
// uploaded) and checked, with a progress bar per file and, for a file that cannot be read, the
// reason; then the 取りまとめ, file list and summary sheets are written into the open workbook.

import { Button, Field, ProgressBar, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { useRef, useState } from "react";
import { usePane } from "./context";
import { pickedFile } from "./pickedFile";
import type { FileProgress } from "./service";
import type { Work } from "./work";

const useStyles = makeStyles({
  h: { fontSize: tokens.fontSizeBase400, margin: "16px 0 4px" },
  local: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, margin: "4px 0 8px" },
  files: {
    margin: "8px 0 0",
    padding: 0,
    listStyle: "none",
    display: "flex",
    flexDirection: "column",
    gap: "6px",
  },
  name: { overflowWrap: "anywhere" },
  input: { display: "none" },
});

export interface CollectPanelProps {
  work: Work;
  busy: string | null;
}

/** How far a file has come, as a bar's value (0–1). */
const DONE: Record<FileProgress["stage"], number> = { reading: 0.2, checking: 0.6, done: 1, failed: 1 };

export function CollectPanel({ work, busy }: CollectPanelProps) {
  const { service, t } = usePane();
  const s = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [files, setFiles] = useState<{ name: string; p: FileProgress | null }[]>([]);

  const collect = (picked: File[]) => {
    if (!picked.length) return;
    setFiles(picked.map((f) => ({ name: f.name, p: null })));
    void work("collect", async () => {
      const out = await service.collectBooks(
        picked.map(pickedFile),
        // Files are read one after another: an update is the first unfinished file of its name's.
        (p) =>
          setFiles((list) => {
            const i = list.findIndex(
              (x) => x.name === p.file && x.p?.stage !== "done" && x.p?.stage !== "failed",
            );
            return i < 0 ? list : list.map((x, j) => (j === i ? { ...x, p } : x));
          }),
      );
      const read = out.files.filter((f) => !f.error).length;
      if (read === 0) return t.collectNone;
      return t.collectWritten(out.sheets, read, out.files.length);
    });
  };

  return (
    <section aria-labelledby="collect-title">
      <h2 id="collect-title" className={s.h}>
        {t.collectTitle}
      </h2>
      <p>{t.collectIntro}</p>
      <p className={s.local}>{t.collectLocal}</p>
      <input
        ref={input}
        className={s.input}
        type="file"
        multiple
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-label={t.collectPick}
        data-testid="collect-input"
        onChange={(e) => {
          const picked = [...(e.currentTarget.files ?? [])];
          // The same files can be picked again later.
          e.currentTarget.value = "";
          collect(picked);
        }}
      />
      <Button disabled={!!busy} onClick={() => input.current?.click()}>
        {busy === "collect" ? (
          <>
            <Spinner size="extra-tiny" aria-hidden="true" style={{ marginInlineEnd: 4 }} />
            {t.working}
          </>
        ) : (
          t.collectPick
        )}
      </Button>
      {files.length > 0 && (
        <ul className={s.files} aria-label={t.collectFiles}>
          {files.map(({ name, p }, i) => {
            const failed = p?.stage === "failed";
            const hint =
              p === null
                ? undefined
                : p.stage === "failed"
                  ? t.collectFailed(p.error)
                  : p.stage === "done"
                    ? t.collectDone(p.items)
                    : t.collectStage[p.stage];
            return (
              <li key={i} data-file={name}>
                <Field
                  label={<span className={s.name}>{name}</span>}
                  validationMessage={hint}
                  validationState={failed ? "error" : p?.stage === "done" ? "success" : "none"}
                >
                  <ProgressBar value={p ? DONE[p.stage] : 0} color={failed ? "error" : undefined} />
                </Field>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
