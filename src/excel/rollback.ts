// Putting back what a failed write left: each step in its own sync, so one failure does not stop the rest,
// and an honest account of what it achieved — a message may say the partial changes were undone only when
// every step succeeded.

import type { Message } from "../core/rules/rule";
import { officeCode, type Outcome } from "./errors";

export interface UndoStep {
  /** What the step puts back, as the message names it when it fails. */
  what: Message;
  run: () => void | Promise<unknown>;
}

/**
 * Runs the steps. A step refused because its sheet is gone (ItemNotFound) or protected (AccessDenied) counts
 * as done: Excel stops a batch at its first failing operation, so a sheet that refuses writes now refused the
 * failed batch too (it could only have been protected in the moment between the two). Any other failure —
 * a person typing in a cell, Excel busy — is reported.
 */
export async function undo(context: Excel.RequestContext, steps: UndoStep[]): Promise<Outcome> {
  const failed: Message[] = [];
  for (const step of steps) {
    try {
      await step.run();
      await context.sync();
    } catch (e) {
      const code = officeCode(e);
      if (code !== "ItemNotFound" && code !== "AccessDenied") failed.push(step.what);
    }
  }
  return failed.length ? { kind: "not-undone", where: failed } : { kind: "undone" };
}

export const STATE_SHEET_LABEL: Message = { ja: "記録用シート", en: "the record sheet" };
export const cellsOf = (sheet: string): Message => ({
  ja: `シート「${sheet}」のセル`,
  en: `cells of sheet "${sheet}"`,
});
