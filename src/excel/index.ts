// The Excel layer's API for the task pane. Every function takes the Excel.RequestContext; only the
// one-undo-step fixes and live mode take a runner (Excel.run), passed in so tests can use a fake Excel.

export { readSheetSnapshot, readWorkbookSnapshots } from "./read";
export { validate, type ValidateOptions, type ValidateResult } from "./validate";
export { clearHighlights, type ClearResult } from "./highlight";
export { selectCell } from "./navigate";
export { applyFixes, revertLastFix, fixesOf, type Fix, type FixOptions, type FixResult } from "./fix";
export { firstTableRow, writeSummarySheets, type SummaryResult } from "./summary";
export { loadSettings, saveSettings } from "./settings";
export { startLiveMode, type LiveMode, type LiveOptions } from "./live";
export { ExcelLayerError, type ExcelLayerErrorCode } from "./errors";
export { officeSupports, RUN_OPTIONS, type Runner, type Supports } from "./office";
export { setInputRules, clearInputRules, type InputRulesResult, type ClearRulesResult } from "./inputRules";
