// The colours that carry meaning, in one place: the highlight fills both doors write, the legend of an
// annotated copy, and the task pane's chart and badges all read them from here.

import type { ItemState } from "./summary/state";
import type { Severity } from "./types";

export type Tone = Severity | "success" | "neutral";

/** Fills (light, printable, black text readable on them): Excel's own bad / neutral / good styles. */
export const TONE_FILL: Record<Tone, string> = {
  error: "#FFC7CE",
  warning: "#FFEB9C",
  info: "#DDEBF7",
  success: "#C6EFCE",
  neutral: "#EDEDED",
};

/** The dark ink that goes with each fill (text, outlines, hatching): 4.5:1 or more on its fill and on white. */
export const TONE_INK: Record<Tone, string> = {
  error: "#9C0006",
  warning: "#7A4A00",
  info: "#1F4E79",
  success: "#006100",
  neutral: "#404040",
};

/** What each item state means: not done and overdue are errors, done is success. */
export const STATE_TONE: Record<ItemState, Tone> = {
  notDone: "error",
  overdue: "error",
  partly: "warning",
  unclear: "warning",
  done: "success",
  doing: "info",
  planning: "info",
  noPlan: "neutral",
};
