// Loading and saving the workbook's settings in the add-in's state sheet (the CLI reads the same rows).

import { stateToRows, type StateProblem } from "../core/state";
import type { WorkbookSettings } from "../core/settings";
import { errors } from "./errors";
import { loadState, writeStateRows } from "./stateSheet";

export async function loadSettings(
  context: Excel.RequestContext,
): Promise<{ settings: WorkbookSettings; problems: StateProblem[] }> {
  const { loaded } = await loadState(context);
  return { settings: loaded.state.settings, problems: loaded.problems };
}

/** Saves the settings, keeping the rest of the state (highlight records, last fix). */
export async function saveSettings(context: Excel.RequestContext, settings: WorkbookSettings): Promise<void> {
  const { loaded } = await loadState(context);
  try {
    await writeStateRows(context, loaded, stateToRows({ ...loaded.state, settings }));
    await context.sync();
  } catch (e) {
    throw errors.writeFailed({ ja: "設定の保存", en: "Saving the settings" }, e);
  }
}
