// Reads an input file's bytes, or says in one line what is wrong with the file and what to do.

import { readFileSync } from "node:fs";
import type { Lang } from "../core/messages";
import { InputError } from "./inputError";

export { InputError };

type Problem = "empty" | "encrypted" | "xls" | "notXlsx" | "corrupt" | "unreadable";

const MESSAGES: Record<Problem, Record<Lang, string>> = {
  empty: {
    ja: "空のファイルです — 保存し直したブックを指定してください",
    en: "the file is empty — save the workbook again and give that file",
  },
  encrypted: {
    ja: "パスワードで保護されたブックです — Excel でパスワードを解除して（ファイル › 情報 › ブックの保護）保存し直してください",
    en: "the workbook is password-protected — remove the password in Excel (File › Info › Protect Workbook) and save it again",
  },
  xls: {
    ja: "古い形式（.xls）のブックです — Excel で開き「Excel ブック (*.xlsx)」として保存し直してください",
    en: "this is an old .xls workbook — open it in Excel and save it as an Excel Workbook (*.xlsx)",
  },
  notXlsx: {
    ja: "Excel のブック（.xlsx）ではありません — .xlsx ファイルを指定してください",
    en: "not an Excel workbook (.xlsx) — give an .xlsx file",
  },
  corrupt: {
    ja: "ファイルが壊れていて読めません — Excel で開けるか確かめ、元のファイルを取り直してください",
    en: "the file is damaged and cannot be read — check that Excel opens it, or get a fresh copy",
  },
  unreadable: {
    ja: "ファイルを読めません（権限を確認してください）",
    en: "cannot read the file (check its permissions)",
  },
};

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(buf: Buffer, magic: number[]): boolean {
  return buf.length >= magic.length && magic.every((b, i) => buf[i] === b);
}

/**
 * What a file is, from its first bytes: an .xlsx is a zip (whether it holds a workbook, the reader
 * tells from its relationships); Office keeps a password-protected workbook in an OLE container
 * with an "EncryptedPackage" stream, and an old .xls is an OLE container too.
 */
export function classify(buf: Buffer): Problem | null {
  if (buf.length === 0) return "empty";
  if (startsWith(buf, OLE)) {
    return buf.includes(Buffer.from("EncryptedPackage", "utf16le")) ? "encrypted" : "xls";
  }
  if (!startsWith(buf, ZIP)) return "notXlsx";
  // A whole zip ends with its central directory (a truncated copy does not).
  if (!buf.subarray(Math.max(0, buf.length - 65557)).includes(Buffer.from([0x50, 0x4b, 0x05, 0x06])))
    return "corrupt";
  return null;
}

export function problemMessage(problem: Problem, lang: Lang): string {
  return MESSAGES[problem][lang];
}

/**
 * Reads an input file's bytes and makes sure they are an .xlsx (the one-line message otherwise);
 * the file is only read, never opened for writing.
 */
export function readInput(path: string, lang: Lang): Buffer {
  let buffer: Buffer;
  try {
    // Read at once: files are read one after another anyway, and an asynchronous read goes through
    // the thread pool several times per file, each time leaving the thread idle.
    buffer = readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const missing = code === "ENOENT";
    throw new InputError(
      missing
        ? lang === "ja"
          ? "見つかりません — パスを確認してください"
          : "not found — check the path"
        : problemMessage("unreadable", lang),
    );
  }
  const problem = classify(buffer);
  if (problem) throw new InputError(problemMessage(problem, lang));
  return buffer;
}
