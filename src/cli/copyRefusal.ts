// Why the annotated copy is not written: written through ExcelJS, it would not hold the input's
// sheets as they are (../xlsx/sameSheets.ts). The check's output stands; only the copy is refused.

import type { Lang } from "../core/messages";
import type { Difference } from "../xlsx/sameSheets";

const LEAD: Record<Lang, string> = {
  ja: "注釈付きコピーは書き出しません",
  en: "the annotated copy is not written",
};

const TODO: Record<Lang, string> = {
  ja: "検査の結果は出力のとおりです。Excel で開いて保存し直したブックなら書き出せることがあります",
  en: "the check's results stand; a copy of the workbook saved again from Excel may be written",
};

const q = (s: string) => (s === "" ? "（空）" : `「${s.length > 40 ? `${s.slice(0, 40)}…` : s}」`);
const qe = (s: string) => (s === "" ? "(empty)" : `"${s.length > 40 ? `${s.slice(0, 40)}…` : s}"`);

/** The copy would differ from the input. */
export function copyDiffers(d: Difference, lang: Lang): string {
  let why: string;
  if (lang === "ja") {
    if (d.cell !== undefined)
      why = `ExcelJS で書き出すとシート「${d.sheet}」のセル ${d.cell} が${q(d.input)}から${q(d.copy)}に変わるため`;
    else if (d.copy === "") why = `ExcelJS で書き出すとシート「${d.sheet}」がなくなるため`;
    else why = `ExcelJS で書き出すとシート「${d.sheet}」の${q(d.input)}が${q(d.copy)}に変わるため`;
  } else if (d.cell !== undefined)
    why = `written through ExcelJS, cell ${d.cell} of sheet "${d.sheet}" would change from ${qe(d.input)} to ${qe(d.copy)}`;
  else if (d.copy === "") why = `written through ExcelJS, sheet "${d.sheet}" would be lost`;
  else why = `written through ExcelJS, sheet "${d.sheet}" would change from ${qe(d.input)} to ${qe(d.copy)}`;
  return `${LEAD[lang]}: ${why} — ${TODO[lang]}`;
}

/** ExcelJS cannot open the workbook, or writes a copy that cannot be read back. */
export function copyUnwritable(detail: string, lang: Lang): string {
  const why =
    lang === "ja"
      ? `書き出しに使う ExcelJS がこのブックを正しく扱えないため（${detail}）`
      : `ExcelJS, which writes it, cannot handle this workbook (${detail})`;
  return `${LEAD[lang]}: ${why} — ${TODO[lang]}`;
}
