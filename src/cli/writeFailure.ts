// Why an output could not be written, in the run's language: node's own messages are English, so
// the common causes are said in words, and any other by its error code.

import type { Lang } from "../core/messages";

const CAUSES: Record<string, Record<Lang, string>> = {
  EACCES: {
    ja: "書き込む権限がありません — フォルダの権限を確かめるか、別の出力先を指定してください",
    en: "no permission to write there — check the folder's permissions or choose another output",
  },
  EBUSY: {
    ja: "ファイルが使用中です — Excel などで開いていれば閉じてから、もう一度実行してください",
    en: "the file is in use — close it in Excel or any other program, then run again",
  },
  ENOSPC: {
    ja: "ディスクの空きが足りません — 空きを作るか、別の出力先を指定してください",
    en: "the disk is full — free some space or choose another output",
  },
  EROFS: {
    ja: "読み取り専用の場所です — 別の出力先を指定してください",
    en: "the place is read-only — choose another output",
  },
  ENOENT: {
    ja: "出力先のフォルダがありません — パスを確認してください",
    en: "the output folder does not exist — check the path",
  },
};
CAUSES.EPERM = CAUSES.EACCES;
CAUSES.ENOTDIR = CAUSES.ENOENT;

/**
 * The line for an output that could not be written. `refusal`: the writer refused it (OutputError),
 * with a message in both languages, "日本語 / English", that starts with the path.
 */
export function writeFailure(out: string, e: unknown, lang: Lang, refusal: boolean): string {
  const error = e as NodeJS.ErrnoException;
  if (refusal) {
    const [ja, en] = error.message.split(" / ");
    return lang === "ja" || en === undefined ? ja : `${out}: ${en}`;
  }
  const cause = error.code ? CAUSES[error.code] : undefined;
  if (cause) return `${out}: ${cause[lang]}`;
  return lang === "ja"
    ? `${out}: 書き出せませんでした（${error.code ?? "原因不明"}）`
    : `${out}: could not be written (${error.code ?? "unknown cause"})`;
}
