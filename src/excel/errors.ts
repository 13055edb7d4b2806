// Errors of the Excel layer: a code and a Japanese and an English message that say what happened, where,
// what to do, and whether anything was changed. Office's own errors (OfficeExtension.Error: a code and
// Excel's English text) never reach people as they are: every code the layer can meet is put into words
// here (codes: "Error handling with the application-specific JavaScript APIs", Office Add-ins docs, and
// index.d.ts Excel.ErrorCodes / OfficeExtension.ErrorCodes).

import type { Message } from "../core/rules/rule";

export type ExcelLayerErrorCode =
  | "sheet-protected"
  | "structure-protected"
  | "read-only"
  | "access-denied"
  | "sheet-missing"
  | "sheet-renamed"
  | "cell-changed"
  | "cell-edit"
  | "read-null"
  | "payload"
  | "too-many-cells"
  | "not-supported"
  | "busy"
  | "conflict"
  | "other-workbook"
  | "no-fix"
  | "write-failed"
  | "as-of-invalid";

export class ExcelLayerError extends Error {
  constructor(
    readonly code: ExcelLayerErrorCode,
    readonly messages: Message,
    /** The Office error underneath, when there is one (for logs; never shown as the message). */
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

/** Too much asked at once: the 5 MB payload or the 5,000,000-cell read limit (which may throw instead of null). */
export function isSizeError(e: unknown): boolean {
  return isPayloadError(e) || officeCode(e) === "RangeExceedsLimit";
}

/**
 * A batch refused because a person is typing in a cell. Excel.ErrorCodes names it
 * InvalidOperationInCellEditMode; the "Delay execution while cell is being edited" article calls the failure
 * an InvalidOperation error, which is also what an add-in's other mistakes give, so only the named code counts.
 */
export function isEditModeError(e: unknown): boolean {
  return officeCode(e) === "InvalidOperationInCellEditMode";
}

/** What a failed run left behind: nothing, partial changes put back, or some it could not put back. */
export type Outcome = { kind: "unchanged" } | { kind: "undone" } | { kind: "not-undone"; where: Message[] };

export const UNCHANGED: Outcome = { kind: "unchanged" };

/**
 * Whether a failed write batch changed nothing at all: Excel refuses a batch sent while a person is typing
 * in a cell as a whole ("the batch automatically fails", Excel.RunOptions.delayForCellEdit), so nothing of it
 * was applied — unless earlier syncs of the same write (`synced` > 0, or unknown: −1) went in before it.
 */
export function refusedWhole(e: unknown, synced: number): boolean {
  return isEditModeError(e) && synced === 0;
}

function outcomeText(o: Outcome): Message {
  switch (o.kind) {
    case "unchanged":
      return { ja: "何も変更していません。", en: "Nothing was changed." };
    case "undone":
      return { ja: "書きかけの変更は元に戻しました。", en: "Partial changes were undone." };
    case "not-undone":
      return {
        ja: `書きかけの変更の一部を元に戻せませんでした（${o.where.map((w) => w.ja).join("、")}）。内容を確かめてください。`,
        en: `Some partial changes could not be undone (${o.where.map((w) => w.en).join(", ")}). Please check them.`,
      };
  }
}

const join = (a: Message, b: Message): Message => ({ ja: `${a.ja}${b.ja}`, en: `${a.en} ${b.en}` });

/** What the person can do about each Office error, and the layer's code for it. */
function reasonOf(code: string | undefined): { code: ExcelLayerErrorCode; text: Message } {
  switch (code) {
    case "InvalidOperationInCellEditMode":
      return {
        code: "cell-edit",
        text: {
          ja: "セルの編集中のため、Excel が受け付けませんでした。Enter キーか Esc キーで編集を終えてから、もう一度実行してください。",
          en: "Excel refused it because a cell is being edited. Press Enter or Esc to finish editing, then run it again.",
        },
      };
    case "AccessDenied":
      return {
        code: "access-denied",
        text: {
          ja: "Excel が変更を許可しませんでした（シートやブックの保護、読み取り専用、または管理者の設定）。保護を解除するか編集できる状態で開いてから、もう一度実行してください。",
          en: "Excel did not allow the change (sheet or workbook protection, read-only mode, or an administrator's setting). Remove the protection or open the workbook for editing, then run it again.",
        },
      };
    case "ItemNotFound":
      return {
        code: "sheet-missing",
        text: {
          ja: "使おうとしたシートかセルが見つかりませんでした（実行中に削除されたか、名前が変わりました）。もう一度検証してください。",
          en: "A sheet or cell it needed was not found (deleted or renamed during the run). Validate again.",
        },
      };
    case "RequestPayloadSizeLimitExceeded":
    case "ResponsePayloadSizeLimitExceeded":
      return {
        code: "payload",
        text: {
          ja: "Excel とやり取りするデータが大きすぎました（Web 版 Excel は一度に 5 MB まで）。デスクトップ版の Excel で実行するか、シートを分けてください。",
          en: "Too much data for one exchange with Excel (Excel on the web takes 5 MB at a time). Run it in desktop Excel, or split the sheet.",
        },
      };
    case "RangeExceedsLimit":
    case "OperationCellsExceedLimit":
      return {
        code: "too-many-cells",
        text: {
          ja: "一度に扱えるセルの数（500 万）を超えました。表の右や下の使っていない行・列に書式や値が残っていないか確かめ、あれば削除してください。",
          en: "More cells than Excel handles at once (5 million). Check for formats or values left in unused rows and columns right of or below the table, and delete them.",
        },
      };
    case "ApiNotFound":
    case "ApiNotAvailable":
    case "NotImplemented":
    case "UnsupportedOperation":
    case "UnsupportedFeature":
      return {
        code: "not-supported",
        text: {
          ja: "この Excel では必要な機能が使えません。Microsoft 365 か Office 2021 以降の Excel（Web 版を含む）で実行してください。",
          en: "This Excel lacks a feature it needs. Use Microsoft 365 or Excel 2021 or later (Excel on the web included).",
        },
      };
    case "UnsupportedSheet":
      return {
        code: "not-supported",
        text: {
          ja: "グラフシートやマクロシートでは実行できません。表のあるワークシートを選んでから、もう一度実行してください。",
          en: "It cannot run on a chart or macro sheet. Select a worksheet with the table, then run it again.",
        },
      };
    case "ActivityLimitReached":
    case "MemoryLimitReached":
    case "ServiceNotAvailable":
    case "RequestAborted":
    case "ConnectionFailure":
    case "Timeout":
      return {
        code: "busy",
        text: {
          ja: "Excel が一時的に応答できませんでした。少し待ってから、もう一度実行してください。",
          en: "Excel could not respond for the moment. Wait a little, then run it again.",
        },
      };
    case "Conflict":
    case "InsertDeleteConflict":
    case "ItemAlreadyExists":
      return {
        code: "conflict",
        text: {
          ja: "ほかの人の編集（共同編集）や実行中の変更と重なりました。少し待ってから、もう一度実行してください。",
          en: "It clashed with someone else's edit (co-authoring) or a change made meanwhile. Wait a little, then run it again.",
        },
      };
    case "InactiveWorkbook":
      return {
        code: "other-workbook",
        text: {
          ja: "実行中に別のブックに切り替わりました。このブックを前面に出してから、もう一度実行してください。",
          en: "Another workbook came to the front during the run. Bring this workbook to the front, then run it again.",
        },
      };
    case "MergedRangeConflict":
    case "FilteredRangeConflict":
    case "PivotTableRangeConflict":
      return {
        code: "write-failed",
        text: {
          ja: "結合セル、フィルター、ピボットテーブルのいずれかと重なったため、Excel が受け付けませんでした。それらを外してから、もう一度実行してください。",
          en: "Excel refused it because it overlaps merged cells, a filter or a PivotTable. Remove them, then run it again.",
        },
      };
    default:
      // GeneralException, InvalidArgument, InvalidOperation, InvalidReference, InvalidObjectPath, … and
      // anything not an Office error: Excel's text is not for people, so none is shown.
      return {
        code: "write-failed",
        text: {
          ja: "Excel が処理を完了できませんでした。ブックを保存して開き直してから、もう一度実行してください。",
          en: "Excel could not complete it. Save the workbook, open it again, then run it again.",
        },
      };
  }
}

/**
 * The layer's error for a failure of `action` (e.g. 「ハイライトの書き込み」): an ExcelLayerError stays as it
 * is; an Office error is put into words with what the run left behind.
 */
export function fromOffice(e: unknown, action: Message, outcome: Outcome = UNCHANGED): ExcelLayerError {
  if (e instanceof ExcelLayerError) return e;
  const code = officeCode(e);
  const reason = reasonOf(code);
  const head: Message = { ja: `${action.ja}に失敗しました。`, en: `${action.en} failed.` };
  return new ExcelLayerError(reason.code, join(join(head, reason.text), outcomeText(outcome)), code);
}

/** Why writing was refused, from what the run read of the workbook (AccessDenied does not say which). */
export interface WriteFacts {
  readOnly?: boolean;
  structureProtected?: boolean;
  /** The run needs a sheet added or deleted (state sheet, summary sheets). */
  needsStructure?: boolean;
  protectedSheets?: string[];
}

/** The refusal that explains an AccessDenied best, or null when nothing read explains it. */
export function refusalOf(facts: WriteFacts): ExcelLayerError | null {
  if (facts.readOnly) return errors.readOnly();
  if (facts.protectedSheets?.length) return errors.protected(facts.protectedSheets.join("、"));
  if (facts.structureProtected && facts.needsStructure) return errors.structureProtected();
  return null;
}

export const errors = {
  protected: (sheet: string, outcome: Outcome = UNCHANGED) =>
    new ExcelLayerError(
      "sheet-protected",
      join(
        {
          ja: `シート「${sheet}」は保護されています。［校閲］→［シート保護の解除］で保護を外してから、もう一度実行してください。`,
          en: `Sheet "${sheet}" is protected. Unprotect it (Review → Unprotect Sheet) and run again.`,
        },
        outcomeText(outcome),
      ),
    ),
  structureProtected: (outcome: Outcome = UNCHANGED) =>
    new ExcelLayerError(
      "structure-protected",
      join(
        {
          ja: "ブックの構成が保護されています（シートの追加・削除の禁止）。計画レビューは記録用の非表示シートや集計シートを追加・削除するため、実行できません。［校閲］→［ブックの保護］で保護を解除してから、もう一度実行してください。",
          en: "The workbook's structure is protected (no sheets may be added or deleted). Plan Review needs to add or delete its hidden record sheet or summary sheets. Unprotect the workbook (Review → Protect Workbook), then run it again.",
        },
        outcomeText(outcome),
      ),
    ),
  readOnly: (outcome: Outcome = UNCHANGED) =>
    new ExcelLayerError(
      "read-only",
      join(
        {
          ja: "このブックは読み取り専用で開かれています。編集できる状態で開き直すか（Web 版では［表示］を［編集］に切り替え）、別の名前で保存してから、もう一度実行してください。",
          en: "This workbook is open read-only. Open it for editing (on the web, switch Viewing to Editing) or save a copy under another name, then run it again.",
        },
        outcomeText(outcome),
      ),
    ),
  missing: (sheet: string, outcome: Outcome = UNCHANGED) =>
    new ExcelLayerError(
      "sheet-missing",
      join(
        {
          ja: `シート「${sheet}」が見つかりません（削除されたか名前が変わりました）。もう一度検証してください。`,
          en: `Sheet "${sheet}" was not found (deleted or renamed). Validate again.`,
        },
        outcomeText(outcome),
      ),
    ),
  renamed: (from: string, to: string, outcome: Outcome = UNCHANGED) =>
    new ExcelLayerError(
      "sheet-renamed",
      join(
        {
          ja: `実行中にシート「${from}」の名前が「${to}」に変わりました。もう一度検証してください。`,
          en: `Sheet "${from}" was renamed to "${to}" during the run. Validate again.`,
        },
        outcomeText(outcome),
      ),
    ),
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
      ja: `シート「${sheet}」の ${address} を読み取れませんでした（Excel が値を返しませんでした）。範囲が大きすぎる可能性があります。空のシートとしては扱いません。何も変更していません。`,
      en: `Excel returned no values for ${address} on sheet "${sheet}" (the range may be too large). The sheet is not treated as empty. Nothing was changed.`,
    }),
  payload: (sheet: string) =>
    new ExcelLayerError("payload", {
      ja: `シート「${sheet}」のデータが大きすぎて、1 行ずつでも読み書きできませんでした。セルの文字を短くするか、シートを分けてください。何も変更していません。`,
      en: `Sheet "${sheet}" holds too much data to read or write, even one row at a time. Shorten the cells' texts or split the sheet. Nothing was changed.`,
    }),
  asOfInvalid: (text: string) =>
    new ExcelLayerError("as-of-invalid", {
      ja: `基準日「${text}」は日付ではありません。YYYY-MM-DD の形（例: 2024-03-31）で指定してください。何も変更していません。`,
      en: `The review date "${text}" is not a date. Write it as YYYY-MM-DD (e.g. 2024-03-31). Nothing was changed.`,
    }),
  noFix: () =>
    new ExcelLayerError("no-fix", {
      ja: "元に戻せる修正がありません。何も変更していません。",
      en: "There is no fix to revert. Nothing was changed.",
    }),
  hidden: (sheet: string) =>
    new ExcelLayerError("sheet-missing", {
      ja: `シート「${sheet}」は非表示です。［ホーム］→［書式］→［シートの再表示］で表示してから、もう一度選んでください。`,
      en: `Sheet "${sheet}" is hidden. Unhide it (Home → Format → Unhide Sheet) and choose the finding again.`,
    }),
};
