// Opens the ribbon's dialog with displayDialogAsync and its callback: an already-open dialog (12007) is
// closed and the new one shown; a dialog the browser blocked (12011) or the person dismissed (12009)
// leaves a message the task pane shows when it opens. The dialog's buttons talk back with messageParent.

import type { Message } from "../core/rules/rule";

/** Office.js error codes of displayDialogAsync (learn.microsoft.com, "Error codes for displayDialogAsync"). */
export const DIALOG_ERRORS = {
  alreadyOpen: 12007,
  ignored: 12009,
  blocked: 12011,
  /** Sent to DialogEventReceived when the person closes the dialog with its X. */
  closed: 12006,
} as const;

/** The part of Office.context.ui the commands use (a fake in tests). */
export interface DialogUi {
  displayDialogAsync(
    url: string,
    options: Office.DialogOptions,
    callback: (result: Office.AsyncResult<Office.Dialog>) => void,
  ): void;
}

export interface DialogHostDeps {
  ui: DialogUi;
  /** Opens the task pane (only where the host can: SharedRuntime 1.1). */
  openPane?: () => Promise<void>;
  /** Keeps a message for the task pane to show when it opens. */
  note(message: Message): void;
}

/** The dialog's buttons send these with Office.context.ui.messageParent. */
export type DialogAction = "close" | "openPane";

// Office.EventType and AsyncResultStatus values as office.js defines them at run time (the type
// definitions declare the enums without values), so the module loads without Office in tests.
const MESSAGE_RECEIVED = "dialogMessageReceived" as unknown as Office.EventType;
const EVENT_RECEIVED = "dialogEventReceived" as unknown as Office.EventType;
const FAILED = "failed" as unknown as Office.AsyncResultStatus;

export function failureMessage(code: number | undefined): Message {
  if (code === DIALOG_ERRORS.blocked)
    return {
      ja: "ブラウザーがダイアログをブロックしたため、結果を表示できませんでした。ポップアップを許可するか、ホーム タブの［計画レビュー］で作業ウィンドウを開いて結果を確認してください。",
      en: "The browser blocked the dialog, so the result could not be shown. Allow pop-ups, or open Plan Review on the Home tab to see the result in the task pane.",
    };
  if (code === DIALOG_ERRORS.ignored)
    return {
      ja: "ダイアログが表示されなかったため、結果を表示できませんでした。ホーム タブの［計画レビュー］で作業ウィンドウを開くと確認できます。",
      en: "The dialog was not shown, so the result could not be shown. Open Plan Review on the Home tab to see it in the task pane.",
    };
  if (code === DIALOG_ERRORS.alreadyOpen)
    return {
      ja: "別のダイアログが開いているため、結果を表示できませんでした。開いているダイアログを閉じてから、もう一度お試しください。",
      en: "Another dialog is open, so the result could not be shown. Close it and try again.",
    };
  return {
    ja: `ダイアログを表示できませんでした（コード ${code ?? "不明"}）。ホーム タブの［計画レビュー］で作業ウィンドウを開くと結果を確認できます。`,
    en: `The dialog could not be shown (code ${code ?? "unknown"}). Open Plan Review on the Home tab to see the result in the task pane.`,
  };
}

export class DialogHost {
  private current: Office.Dialog | null = null;

  constructor(private readonly deps: DialogHostDeps) {}

  /** Shows the page; resolves once Office has answered (shown, or the failure noted). */
  show(url: string): Promise<boolean> {
    return this.open(url, true);
  }

  private open(url: string, retry: boolean): Promise<boolean> {
    return new Promise((resolve) => {
      this.deps.ui.displayDialogAsync(
        url,
        { height: 40, width: 30, displayInIframe: true, promptBeforeOpen: false },
        (result) => {
          if (result.status === FAILED) {
            const code = result.error?.code;
            // Our own earlier dialog is still open: close it and show the new result instead.
            if (code === DIALOG_ERRORS.alreadyOpen && retry && this.current) {
              this.closeCurrent();
              void this.open(url, false).then(resolve);
              return;
            }
            this.deps.note(failureMessage(code));
            resolve(false);
            return;
          }
          const dialog = result.value;
          this.current = dialog;
          dialog.addEventHandler(MESSAGE_RECEIVED, (arg) => {
            const message = "message" in arg ? arg.message : "";
            if (message === "openPane" && this.deps.openPane)
              void this.deps.openPane().catch(() => undefined);
            if (message === "close" || message === "openPane") this.closeCurrent();
          });
          dialog.addEventHandler(EVENT_RECEIVED, () => {
            // Closed by its X (12006) or navigated away: it is gone either way.
            if (this.current === dialog) this.current = null;
          });
          resolve(true);
        },
      );
    });
  }

  private closeCurrent(): void {
    const d = this.current;
    this.current = null;
    try {
      d?.close();
    } catch {
      // Already closed by the person.
    }
  }
}

/** Where the task pane finds what the ribbon could not show (same origin: the add-in's own pages). */
export const RIBBON_NOTE_KEY = "PlanReview.ribbonNote";

export function keepNote(storage: Pick<Storage, "setItem"> | undefined, message: Message): void {
  try {
    storage?.setItem(RIBBON_NOTE_KEY, JSON.stringify(message));
  } catch {
    // Storage refused (private mode, policy): the pane will show the highlights' check instead.
  }
}

/** The ribbon's note, read once. */
export function takeNote(storage: Pick<Storage, "getItem" | "removeItem"> | undefined): Message | null {
  try {
    const text = storage?.getItem(RIBBON_NOTE_KEY);
    if (!text) return null;
    storage!.removeItem(RIBBON_NOTE_KEY);
    const m = JSON.parse(text) as Partial<Message>;
    return typeof m.ja === "string" && typeof m.en === "string" ? { ja: m.ja, en: m.en } : null;
  } catch {
    return null;
  }
}
