// The one-line message for a workbook the reader cannot read fully (src/xlsx/reader/errors.ts):
// what is wrong, where (sheet, cell, part of the file) and what to do.

import type { Lang } from "../core/messages";
import type { XlsxReadError } from "./reader/errors";

const WHAT: Record<XlsxReadError["kind"], Record<Lang, string>> = {
  zip: {
    ja: "zip として壊れているか、Office Open XML では使えない形式です",
    en: "the zip archive is damaged or uses what Office Open XML does not allow",
  },
  package: {
    ja: "zip ファイルですが Excel のブックではありません",
    en: "a zip file but not an Excel workbook",
  },
  xml: { ja: "XML が壊れています", en: "the XML is damaged" },
  content: {
    ja: "Office Open XML の規格にない内容があります",
    en: "it holds what the Office Open XML standard does not allow",
  },
  missing: {
    ja: "ブックが参照する部品がファイルにありません",
    en: "a part the workbook refers to is missing from the file",
  },
  formula: {
    ja: "数式の計算結果が保存されていません",
    en: "a formula's calculated value is not stored in the file",
  },
};

const TODO: Record<"package" | "formula" | "other", Record<Lang, string>> = {
  package: { ja: ".xlsx ファイルを指定してください", en: "give an .xlsx file" },
  formula: {
    ja: "Excel で開いて保存し直すと計算結果が保存されます",
    en: "open it in Excel and save it again, which stores the values",
  },
  other: {
    ja: "Excel で開けるか確かめ、開けたら保存し直してください（開けなければ元のファイルを取り直してください）",
    en: "check that Excel opens it and save it again from Excel (or get a fresh copy)",
  },
};

export function readErrorMessage(e: XlsxReadError, lang: Lang): string {
  const where: string[] = [];
  if (e.sheet !== undefined) where.push(lang === "ja" ? `シート「${e.sheet}」` : `sheet "${e.sheet}"`);
  if (e.cell !== undefined) where.push(lang === "ja" ? `セル ${e.cell}` : `cell ${e.cell}`);
  const todo = TODO[e.kind === "package" || e.kind === "formula" ? e.kind : "other"][lang];
  if (e.kind === "package") return `${WHAT.package[lang]} — ${todo}`;
  const head = where.length > 0 ? `${where.join(lang === "ja" ? " " : ", ")}: ` : "";
  const detail = `${e.detail}; ${e.part}`;
  const why = lang === "ja" ? `（${detail}）` : ` (${detail})`;
  return `${head}${WHAT[e.kind][lang]}${why} — ${todo}`;
}
