// Loading and saving the workbook's settings in the add-in's state sheet (the CLI reads the same rows).

import type { Message } from "../core/rules/rule";
import { stateToRows, type StateProblem } from "../core/state";
import type { WorkbookSettings } from "../core/settings";
import { fromOffice, refusedWhole, UNCHANGED } from "./errors";
import { WriteGuard } from "./guard";
import { undo } from "./rollback";
import { loadState, stateUndoStep, writeStateRows } from "./stateSheet";

const LOADING: Message = { ja: "設定の読み込み", en: "Loading the settings" };
const SAVING: Message = { ja: "設定の保存", en: "Saving the settings" };

export async function loadSettings(
  context: Excel.RequestContext,
): Promise<{ settings: WorkbookSettings; problems: StateProblem[] }> {
  try {
    const { loaded } = await loadState(context);
    return { settings: loaded.state.settings, problems: loaded.problems };
  } catch (e) {
    throw fromOffice(e, LOADING);
  }
}

/**
 * Saves the settings, keeping the rest of the state (highlight records, last fix). Refused before anything
 * is written in a read-only workbook, or when the state sheet must be created and the structure is protected.
 */
export async function saveSettings(context: Excel.RequestContext, settings: WorkbookSettings): Promise<void> {
  const guard = new WriteGuard(context);
  let loaded;
  try {
    ({ loaded } = await loadState(context, () => guard.queue()));
  } catch (e) {
    throw fromOffice(e, SAVING);
  }
  guard.check({ needsStructure: !loaded.sheet, protectedSheets: [] });
  let synced = -1;
  try {
    ({ synced } = await writeStateRows(context, loaded, stateToRows({ ...loaded.state, settings })));
    await context.sync();
  } catch (e) {
    const outcome = refusedWhole(e, synced)
      ? UNCHANGED
      : await undo(context, [stateUndoStep(context, loaded)]);
    throw await guard.explain(e, SAVING, { sheets: [], needsStructure: !loaded.sheet, outcome });
  }
}
