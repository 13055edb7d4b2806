// What the item lists show of one item: its plan for the review year, its result, its state, its source cell.

import type { Lang } from "../messages";
import type { RuleId } from "../types";
import { cellText } from "../text/normalize";
import type { SummaryEntry, SummarySource } from "./entries";
import { fileLabel } from "./entries";
import { stateTitle } from "./labels";
import { decidingCell, type ItemState } from "./state";
import type { SummaryLink } from "./tables";

/** The review year's plan cell as written; a continuation mark also says what it continues. */
export function planText(e: SummaryEntry, lang: Lang): string | null {
  const plan = e.reading.plan;
  if (!plan) return null;
  const written = cellText(plan.cell.value);
  if (plan.cell.kind !== "continue") return written || null;
  const before = e.item.schedule.filter(
    (s) => s.year < plan.year && (s.cell.kind === "status" || s.cell.kind === "unknown"),
  );
  const continued = before.length ? cellText(before[before.length - 1].cell.value) : "";
  if (!continued) return written;
  return lang === "ja" ? `${written}（継続: ${continued}）` : `${written} (continues: ${continued})`;
}

/** The review year's actual mark or status word, as written. */
export function actualText(e: SummaryEntry): string | null {
  const s = e.reading.actual?.status;
  return s ? cellText(s.cell.value) || null : null;
}

/** The review year's result text, as written. */
export function resultText(e: SummaryEntry): string | null {
  const t = e.reading.actual?.text;
  return t ? cellText(t.value) || null : null;
}

export function stateLabel(e: SummaryEntry, lang: Lang): string {
  return stateTitle(e.reading.state, e.reading.basis)[lang];
}

export function departmentText(e: SummaryEntry): string | null {
  return e.item.department ? cellText(e.item.department.value) || null : null;
}

const STATE_RULES: Partial<Record<ItemState, RuleId[]>> = {
  notDone: ["item-unimplemented"],
  overdue: ["item-overdue"],
  partly: ["item-partly-unimplemented"],
  unclear: ["status-unknown", "status-orphan-arrow"],
};

/** The finding that explains the item's state, if the check reported one. */
export function stateFinding(e: SummaryEntry) {
  const rules = STATE_RULES[e.reading.state] ?? [];
  const matching = e.findings.filter((f) => rules.includes(f.rule));
  const deciding = decidingCell(e.reading)?.address;
  return matching.find((f) => f.cell === deciding) ?? matching[0];
}

/** The cell a row links back to: the finding's cell, else the cell that decides the state, else the item's first cell. */
export function sourceLink(e: SummaryEntry, sources: SummarySource[]): SummaryLink {
  const cell = stateFinding(e)?.cell ?? decidingCell(e.reading)?.address ?? e.item.range.split(":")[0];
  const file = e.source.file !== undefined ? fileLabel(e.source, sources.indexOf(e.source)) : undefined;
  return { sheet: e.sheet.name, cell, ...(file !== undefined ? { file } : {}) };
}

export function linkText(link: SummaryLink): string {
  return `${link.sheet}!${link.cell}`;
}
