// The highlight plan both doors apply: which cells get which fill, decided once here.

import { TONE_FILL } from "./colours";
import type { Finding, Severity } from "./types";

/** Fill colours per severity (light, printable, readable with black text), from the shared tones. */
export const SEVERITY_FILL: Record<Severity, string> = {
  error: TONE_FILL.error,
  warning: TONE_FILL.warning,
  info: TONE_FILL.info,
};

export interface HighlightCell {
  sheet: string;
  cell: string;
  row: number;
  col: number;
  severity: Severity;
  color: string;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** One entry per cell, coloured by the most severe finding on it. */
export function highlightPlan(findings: Finding[]): HighlightCell[] {
  const byCell = new Map<string, HighlightCell>();
  for (const f of findings) {
    const key = `${f.sheet}!${f.cell}`;
    const prev = byCell.get(key);
    if (!prev || RANK[f.severity] < RANK[prev.severity]) {
      byCell.set(key, {
        sheet: f.sheet,
        cell: f.cell,
        row: f.row,
        col: f.col,
        severity: f.severity,
        color: SEVERITY_FILL[f.severity],
      });
    }
  }
  return [...byCell.values()];
}
