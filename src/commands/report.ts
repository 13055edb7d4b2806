// What the ribbon's dialog shows — a check's counts, the summary sheets written, or a failure —
// carried in the dialog page's query string, and its words in the user's language.

import type { Lang } from "../core/messages";
import { countEn } from "../taskpane/i18n";
import type { Counts } from "../taskpane/service";

export type DialogReport =
  | {
      kind: "check";
      lang: Lang;
      sheet: string;
      error: number;
      warning: number;
      info: number;
      canOpenPane: boolean;
    }
  | { kind: "summary"; lang: Lang; sheets: string[]; canOpenPane: boolean }
  | { kind: "failure"; lang: Lang; what: "check" | "summary"; message: string; canOpenPane: boolean };

export function reportQuery(r: DialogReport): string {
  const p = new URLSearchParams({ kind: r.kind, lang: r.lang, pane: r.canOpenPane ? "1" : "0" });
  if (r.kind === "check") {
    p.set("sheet", r.sheet);
    p.set("e", String(r.error));
    p.set("w", String(r.warning));
    p.set("i", String(r.info));
  } else if (r.kind === "summary") {
    for (const s of r.sheets) p.append("s", s);
  } else {
    p.set("what", r.what);
    p.set("message", r.message);
  }
  return p.toString();
}

/** Reads a query back; anything hand-made or broken reads as zero counts, in Japanese. */
export function reportFromQuery(query: string): DialogReport {
  const p = new URLSearchParams(query);
  const lang: Lang = p.get("lang") === "en" ? "en" : "ja";
  const canOpenPane = p.get("pane") === "1";
  const n = (k: string) => Math.max(0, Math.floor(Number(p.get(k)) || 0));
  if (p.get("kind") === "summary") return { kind: "summary", lang, sheets: p.getAll("s"), canOpenPane };
  if (p.get("kind") === "failure")
    return {
      kind: "failure",
      lang,
      what: p.get("what") === "summary" ? "summary" : "check",
      message: p.get("message") ?? "",
      canOpenPane,
    };
  return {
    kind: "check",
    lang,
    sheet: p.get("sheet") ?? "",
    error: n("e"),
    warning: n("w"),
    info: n("i"),
    canOpenPane,
  };
}

export function checkReport(sheet: string, counts: Counts, lang: Lang, canOpenPane: boolean): DialogReport {
  return { kind: "check", lang, sheet, ...counts.bySeverity, canOpenPane };
}

export interface DialogWords {
  title: string;
  /** Lines under the title (the counts, the sheets written, or the failure). */
  lines: string[];
  /** What to do next. */
  hint: string;
  openPane: string;
  close: string;
}

/** The dialog's words, as plain text (the page renders them as text, never as HTML). */
export function dialogWords(r: DialogReport): DialogWords {
  const en = r.lang === "en";
  const paneHint = r.canOpenPane
    ? en
      ? "See each finding, fix it or clear the highlights in the task pane."
      : "個々の指摘の確認・修正・色付けの解除は作業ウィンドウで行えます。"
    : en
      ? "To see each finding, fix it or clear the highlights, open Plan Review on the Home tab: the task pane shows this result."
      : "個々の指摘の確認・修正・色付けの解除は、ホーム タブの［計画レビュー］で作業ウィンドウを開いてください。この結果が表示されます。";
  const buttons = en
    ? { openPane: "See in the task pane", close: "Close" }
    : { openPane: "作業ウィンドウで見る", close: "閉じる" };
  if (r.kind === "check") {
    return {
      title: en ? `Checked "${r.sheet}"` : `「${r.sheet}」を検証しました`,
      lines: en
        ? [
            countEn(r.error, "error", "errors"),
            countEn(r.warning, "warning", "warnings"),
            `${r.info.toLocaleString("en-US")} info`,
          ]
        : [
            `エラー ${r.error.toLocaleString("ja-JP")} 件`,
            `警告 ${r.warning.toLocaleString("ja-JP")} 件`,
            `情報 ${r.info.toLocaleString("ja-JP")} 件`,
          ],
      hint: paneHint,
      ...buttons,
    };
  }
  if (r.kind === "summary") {
    return {
      title: en ? "Summary sheets written" : "集計シートを作成しました",
      lines: r.sheets,
      hint: en
        ? "They stand after the plan sheets of this workbook; building again replaces them."
        : "このブックの計画シートの後ろに追加しました。もう一度作成すると置き換えます。",
      ...buttons,
    };
  }
  return {
    title:
      r.what === "summary"
        ? en
          ? "The summary sheets were not written"
          : "集計シートを作成できませんでした"
        : en
          ? "The check did not run"
          : "検証できませんでした",
    lines: [r.message],
    hint: paneHint,
    ...buttons,
  };
}
