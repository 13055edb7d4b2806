// Errors of the Excel layer: a code, a Japanese and an English message saying what, where and what to do.

import type { Message } from "../core/rules/rule";

export type ExcelLayerErrorCode =
  | "sheet-protected"
  | "sheet-missing"
  | "sheet-renamed"
  | "cell-changed"
  | "read-null"
  | "payload"
  | "no-fix"
  | "write-failed"
  | "as-of-invalid";

export class ExcelLayerError extends Error {
  constructor(
    readonly code: ExcelLayerErrorCode,
    readonly messages: Message,
    /** The Office error underneath, when there is one. */
    readonly officeCode?: string,
  ) {
    super(messages.en);
    this.name = "ExcelLayerError";
  }
}

/** The error code Office.js gives (OfficeExtension.Error.code), or undefined. */
export function officeCode(e: unknown): string | undefined {
  return e && typeof e === "object" && "code" in e && typeof e.code === "string" ? e.code : undefined;
}

export function isPayloadError(e: unknown): boolean {
  const code = officeCode(e);
  return code === "RequestPayloadSizeLimitExceeded" || code === "ResponsePayloadSizeLimitExceeded";
}

export const errors = {
  protected: (sheet: string) =>
    new ExcelLayerError("sheet-protected", {
      ja: `シート「${sheet}」は保護されています。［校閲］→［シート保護の解除］で保護を外してから、もう一度実行してください。何も変更していません。`,
      en: `Sheet "${sheet}" is protected. Unprotect it (Review → Unprotect Sheet) and run again. Nothing was changed.`,
    }),
  missing: (sheet: string) =>
    new ExcelLayerError("sheet-missing", {
      ja: `シート「${sheet}」が見つかりません（削除されたか名前が変わりました）。もう一度検証してください。何も変更していません。`,
      en: `Sheet "${sheet}" was not found (deleted or renamed). Validate again. Nothing was changed.`,
    }),
  renamed: (from: string, to: string) =>
    new ExcelLayerError("sheet-renamed", {
      ja: `実行中にシート「${from}」の名前が「${to}」に変わりました。もう一度検証してください。何も変更していません。`,
      en: `Sheet "${from}" was renamed to "${to}" during the run. Validate again. Nothing was changed.`,
    }),
  cellChanged: (cells: { sheet: string; cell: string; expected: string; actual: string }[]) =>
    new ExcelLayerError("cell-changed", {
      ja: `検証の後で値が変わったセルがあります: ${cells
        .map((c) => `${c.sheet}!${c.cell}（検証時「${c.expected}」→ 現在「${c.actual}」）`)
        .join("、")}。もう一度検証してから修正してください。何も変更していません。`,
      en: `Cells changed since the check: ${cells
        .map((c) => `${c.sheet}!${c.cell} (was "${c.expected}", now "${c.actual}")`)
        .join(", ")}. Validate again before fixing. Nothing was changed.`,
    }),
  readNull: (sheet: string, address: string) =>
    new ExcelLayerError("read-null", {
      ja: `シート「${sheet}」の ${address} を読み取れませんでした（Excel が値を返しませんでした）。範囲が大きすぎる可能性があります。空のシートとしては扱いません。`,
      en: `Excel returned no values for ${address} on sheet "${sheet}" (the range may be too large). The sheet is not treated as empty.`,
    }),
  payload: (sheet: string) =>
    new ExcelLayerError("payload", {
      ja: `シート「${sheet}」のデータが大きすぎて、1 行ずつでも読み書きできませんでした。`,
      en: `Sheet "${sheet}" holds too much data to read or write, even one row at a time.`,
    }),
  asOfInvalid: (text: string) =>
    new ExcelLayerError("as-of-invalid", {
      ja: `基準日「${text}」は日付ではありません。YYYY-MM-DD の形（例: 2024-03-31）で指定してください。何も変更していません。`,
      en: `The review date "${text}" is not a date. Write it as YYYY-MM-DD (e.g. 2024-03-31). Nothing was changed.`,
    }),
  noFix: () =>
    new ExcelLayerError("no-fix", {
      ja: "元に戻せる修正がありません。",
      en: "There is no fix to revert.",
    }),
  writeFailed: (what: Message, cause: unknown) =>
    new ExcelLayerError(
      "write-failed",
      {
        ja: `${what.ja}に失敗しました（${officeCode(cause) ?? String(cause)}）。書きかけの変更は元に戻しました。`,
        en: `${what.en} failed (${officeCode(cause) ?? String(cause)}). Partial changes were undone.`,
      },
      officeCode(cause),
    ),
};
