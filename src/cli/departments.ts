// --departments FILE: the department master from a .txt (one name a line), .csv or .xlsx file.

import { basename, extname } from "node:path";
import { masterFromNames, masterFromRows, type DepartmentMaster } from "../core/departments";
import type { Lang } from "../core/messages";
import type { CellValue } from "../core/types";
import { InputError } from "./inputs";
import { readListFile } from "./listFile";

/** Splits CSV text into rows (quoted fields, doubled quotes, CRLF). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || row.length) rows.push([...row, field]);
  return rows.filter((r) => r.some((c) => c.trim() !== ""));
}

/**
 * Reads the master. .txt: one current name a line. .csv and .xlsx (first sheet): a header row, the
 * current names in the first column, an optional alias column headed 旧名称 / 旧課名 / 旧所属名 / 別名 / alias.
 */
export async function loadDepartmentFile(path: string, lang: Lang): Promise<DepartmentMaster> {
  const source = `file:${basename(path)}`;
  const file = await readListFile(path, lang);
  if (!file) {
    throw new InputError(
      lang === "ja"
        ? "課一覧は .txt（1行に1課）、.csv、.xlsx のどれかで指定してください"
        : "give the department list as .txt (one name a line), .csv or .xlsx",
    );
  }
  const master =
    file.kind === "rows"
      ? masterFromRows(file.rows, source)
      : extname(path).toLowerCase() === ".txt"
        ? masterFromNames(file.text.split(/\r?\n/), {}, source)
        : masterFromRows(parseCsv(file.text) as CellValue[][], source);
  if (master.names.length === 0) {
    throw new InputError(
      lang === "ja"
        ? "課名が1つもありません — 1列目に課名を書いてください（.csv と .xlsx は1行目が見出し）"
        : "no department names — put them in the first column (.csv and .xlsx start with a header row)",
    );
  }
  return master;
}
