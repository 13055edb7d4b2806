// The colours that carry meaning come from one place: the highlights both doors write use them, item
// states take the colour of what they mean, and every ink stays readable on its fill and on white.

import { STATE_TONE, TONE_FILL, TONE_INK } from "../../src/core/colours";
import { highlightPlan, SEVERITY_FILL } from "../../src/core/highlight";
import type { Finding } from "../../src/core/types";
import { contrast } from "../../src/taskpane/theme";

test("the highlight fills are the severity tones", () => {
  expect(SEVERITY_FILL).toEqual({ error: TONE_FILL.error, warning: TONE_FILL.warning, info: TONE_FILL.info });
  const f = (severity: Finding["severity"], cell: string) =>
    ({ sheet: "S", cell, row: 1, col: 1, severity }) as unknown as Finding;
  expect(highlightPlan([f("error", "A1"), f("warning", "B1")]).map((h) => h.color)).toEqual([
    TONE_FILL.error,
    TONE_FILL.warning,
  ]);
});

test("states are coloured by meaning: not done and overdue as errors, done as success", () => {
  expect(TONE_FILL[STATE_TONE.notDone]).toBe(SEVERITY_FILL.error);
  expect(TONE_FILL[STATE_TONE.overdue]).toBe(SEVERITY_FILL.error);
  expect(TONE_FILL[STATE_TONE.partly]).toBe(SEVERITY_FILL.warning);
  expect(TONE_FILL[STATE_TONE.unclear]).toBe(SEVERITY_FILL.warning);
  expect(STATE_TONE.done).toBe("success");
});

test("each ink reads at 4.5:1 on its fill and on white", () => {
  for (const tone of Object.keys(TONE_FILL) as (keyof typeof TONE_FILL)[]) {
    expect({ tone, onFill: contrast(TONE_INK[tone], TONE_FILL[tone]) >= 4.5 }).toEqual({
      tone,
      onFill: true,
    });
    expect({ tone, onWhite: contrast(TONE_INK[tone], "#FFFFFF") >= 4.5 }).toEqual({ tone, onWhite: true });
  }
});
