// The counts the ribbon's check shows in its dialog, carried in the dialog page's query string.

import type { Lang } from "../core/messages";
import type { Counts } from "../taskpane/service";

export interface DialogCounts {
  sheet: string;
  error: number;
  warning: number;
  info: number;
  lang: Lang;
  /** A message instead of counts (the check failed). */
  failure?: string;
}

export function countsQuery(c: DialogCounts): string {
  const p = new URLSearchParams({
    sheet: c.sheet,
    e: String(c.error),
    w: String(c.warning),
    i: String(c.info),
    lang: c.lang,
  });
  if (c.failure) p.set("failure", c.failure);
  return p.toString();
}

export function countsFromQuery(query: string): DialogCounts {
  const p = new URLSearchParams(query);
  const n = (k: string) => Math.max(0, Math.floor(Number(p.get(k)) || 0));
  return {
    sheet: p.get("sheet") ?? "",
    error: n("e"),
    warning: n("w"),
    info: n("i"),
    lang: p.get("lang") === "en" ? "en" : "ja",
    ...(p.get("failure") ? { failure: p.get("failure")! } : {}),
  };
}

export function dialogCounts(sheet: string, counts: Counts, lang: Lang): DialogCounts {
  return { sheet, ...counts.bySeverity, lang };
}

/** The dialog's lines, as plain text (the page sets them with textContent). */
export function dialogLines(c: DialogCounts): { title: string; lines: string[]; hint: string } {
  if (c.lang === "en") {
    return {
      title: c.failure ? "The check did not run" : `Checked "${c.sheet}"`,
      lines: c.failure ? [c.failure] : [`Errors: ${c.error}`, `Warnings: ${c.warning}`, `Info: ${c.info}`],
      hint: "Open Plan Review (Home tab) to see each finding, fix it or clear the highlights.",
    };
  }
  return {
    title: c.failure ? "検証できませんでした" : `「${c.sheet}」を検証しました`,
    lines: c.failure ? [c.failure] : [`エラー: ${c.error} 件`, `警告: ${c.warning} 件`, `情報: ${c.info} 件`],
    hint: "個々の指摘の確認・修正・ハイライト解除は、ホームタブの「計画レビュー」で作業ウィンドウを開いてください。",
  };
}
