// Putting back what a failed write left: each step in its own sync, so one failure does not stop the rest,
// and an honest account of what it achieved — a message may say the partial changes were undone only when
// every step succeeded.

import type { Message } from "../core/rules/rule";
import { officeCode, type Outcome } from "./errors";

export interface UndoStep {
  /** What the step puts back, as the message names it when it fails. */
  what: Message;
  run: () => void | Promise<unknown>;
  /**
   * Whether a refusal of this step means the failed write never reached it: true for writes into cells (a
   * sheet that is gone or protected now refused the failed batch's writes too), false for undoing what
   * earlier syncs did (a sheet a run added cannot be deleted once the structure is protected).
   */
  refusedMeansUntouched?: boolean;
}

/**
 * Runs the steps. A cell step refused because its sheet is gone (ItemNotFound) or protected (AccessDenied)
 * counts as done: Excel stops a batch at its first failing operation, so a sheet that refuses writes now
 * refused the failed batch too (it could only have been protected in the moment between the two). Any
 * other failure — a person typing in a cell, Excel busy, a sheet that cannot be deleted — is reported.
 */
export async function undo(context: Excel.RequestContext, steps: UndoStep[]): Promise<Outcome> {
  const failed: Message[] = [];
  for (const step of steps) {
    try {
      await step.run();
      await context.sync();
    } catch (e) {
      const code = officeCode(e);
      const untouched = step.refusedMeansUntouched && (code === "ItemNotFound" || code === "AccessDenied");
      if (!untouched) failed.push(step.what);
    }
  }
  return failed.length ? { kind: "not-undone", where: failed } : { kind: "undone" };
}

export const STATE_SHEET_LABEL: Message = { ja: "記録用シート", en: "the record sheet" };
export const cellsOf = (sheet: string): Message => ({
  ja: `シート「${sheet}」のセル`,
  en: `cells of sheet "${sheet}"`,
});
