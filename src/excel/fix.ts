// Fixes: write a finding's corrected value, refusing cells changed since the check; one undo step
// where Excel has mergeUndoGroup (ExcelApi 1.20), and always the add-in's own "revert last fix".

import type { Finding } from "../core/types";
import { stateToRows, type FixRecord } from "../core/state";
import { errors, ExcelLayerError, officeCode } from "./errors";
import { needsTextFormat, officeSupports, type Runner, type Supports } from "./office";
import { loadState, writeStateRows, type LoadedState } from "./stateSheet";

/** A fix as data: the cell, the value it held when checked, and the corrected value. */
export interface Fix {
  sheet: string;
  cell: string;
  oldValue: string | number | boolean | null;
  newValue: string;
}

export interface FixOptions {
  /** Excel.run, for one undo step (mergeUndoGroup) where ExcelApi 1.20 is supported. */
  run?: Runner;
  supports?: Supports;
}

export interface FixResult {
  applied: number;
  /** True when the change went in as one undo step. */
  undoGroup: boolean;
}

/** The fixes findings carry (all of them, or those of one rule). */
export function fixesOf(findings: Finding[], rule?: Finding["rule"]): Fix[] {
  return findings
    .filter((f) => f.fix !== undefined && (!rule || f.rule === rule))
    .map((f) => ({ sheet: f.sheet, cell: f.cell, oldValue: f.value, newValue: f.fix! }));
}

/** Office's value of a cell in the finding's terms ("" is empty). */
function asFindingValue(v: unknown): string | number | boolean | null {
  if (v === "" || v === null || v === undefined) return null;
  return typeof v === "number" || typeof v === "boolean" ? v : String(v);
}

const show = (v: unknown) => (v === null ? "" : String(v));

interface CellWrite {
  sheet: string;
  cell: string;
  value: string | number | boolean | null;
  numberFormat?: string;
}

async function inUndoGroup<T>(
  context: Excel.RequestContext,
  opts: FixOptions,
  batch: (ctx: Excel.RequestContext) => Promise<T>,
): Promise<{ out: T; undoGroup: boolean }> {
  const supports = opts.supports ?? officeSupports;
  if (opts.run && supports("ExcelApi", "1.20")) {
    return { out: await opts.run({ mergeUndoGroup: true }, batch), undoGroup: true };
  }
  return { out: await batch(context), undoGroup: false };
}

/**
 * Reads the cells, checks each still holds what it should, then writes the state (for the revert) and
 * the values in one batch. A failure half-way puts the cells and the state back.
 */
async function writeCells(
  context: Excel.RequestContext,
  cells: { sheet: string; cell: string; expected: string | number | boolean | null }[],
  write: (
    current: { numberFormat: string }[],
    loaded: LoadedState,
  ) => { writes: CellWrite[]; lastFix: FixRecord[] },
): Promise<number> {
  const { loaded, sheets } = await loadState(context);
  for (const c of cells) if (!sheets.has(c.sheet)) throw errors.missing(c.sheet);
  const names = [...new Set(cells.map((c) => c.sheet))];
  const protection = new Map(names.map((n) => [n, sheets.get(n)!.protection.load("protected")] as const));
  const ranges = cells.map((c) => sheets.get(c.sheet)!.getRange(c.cell).load("values,numberFormat"));
  await context.sync();
  for (const [n, p] of protection) if (p.protected) throw errors.protected(n);
  const changed = cells
    .map((c, i) => ({ ...c, actual: asFindingValue(ranges[i].values[0][0]) }))
    .filter((c) => c.actual !== c.expected);
  if (changed.length)
    throw errors.cellChanged(
      changed.map((c) => ({
        sheet: c.sheet,
        cell: c.cell,
        expected: show(c.expected),
        actual: show(c.actual),
      })),
    );
  const current = ranges.map((r) => ({ numberFormat: String(r.numberFormat[0][0]) }));
  const { writes, lastFix } = write(current, loaded);
  const before = cells.map((c, i) => ({
    sheet: c.sheet,
    cell: c.cell,
    value: ranges[i].values[0][0] as string | number | boolean,
    numberFormat: current[i].numberFormat,
  }));
  const queue = (list: CellWrite[]) => {
    for (const w of list) {
      const range = sheets.get(w.sheet)!.getRange(w.cell);
      if (w.numberFormat !== undefined) range.numberFormat = [[w.numberFormat]];
      range.values = [[w.value ?? ""]];
    }
  };
  try {
    await writeStateRows(context, loaded, stateToRows({ ...loaded.state, lastFix }));
    queue(writes);
    names.forEach((n) => sheets.get(n)!.load("name"));
    await context.sync();
  } catch (e) {
    await undo(context, loaded, () =>
      queue(before.map((b) => ({ ...b, value: b.value === "" ? null : b.value }))),
    );
    if (e instanceof ExcelLayerError) throw e;
    const code = officeCode(e);
    if (code === "AccessDenied") throw errors.protected(names.join("、"));
    if (code === "ItemNotFound") throw errors.missing(names.join("、"));
    throw errors.writeFailed({ ja: "修正の書き込み", en: "Writing the fix" }, e);
  }
  const renamed = names.find((n) => sheets.get(n)!.name !== n);
  if (renamed) {
    await undo(context, loaded, () =>
      queue(before.map((b) => ({ ...b, value: b.value === "" ? null : b.value }))),
    );
    throw errors.renamed(renamed, sheets.get(renamed)!.name);
  }
  return writes.length;
}

async function undo(
  context: Excel.RequestContext,
  loaded: LoadedState,
  restoreCells: () => void,
): Promise<void> {
  for (const step of [() => writeStateRows(context, loaded, loaded.rows), restoreCells]) {
    try {
      await step();
      await context.sync();
    } catch {
      // What could not be put back received nothing from the failed batch either.
    }
  }
}

/** Applies fixes (one, or all of a rule) as one step; refuses every cell if any changed since the check. */
export async function applyFixes(
  context: Excel.RequestContext,
  fixes: Fix[],
  opts: FixOptions = {},
): Promise<FixResult> {
  if (!fixes.length) return { applied: 0, undoGroup: false };
  const { out, undoGroup } = await inUndoGroup(context, opts, (ctx) =>
    writeCells(
      ctx,
      fixes.map((f) => ({ sheet: f.sheet, cell: f.cell, expected: f.oldValue })),
      (current) => {
        const writes: CellWrite[] = [];
        const lastFix: FixRecord[] = [];
        fixes.forEach((f, i) => {
          // Text Excel would turn into a formula or number goes in with the text format "@".
          const text = needsTextFormat(f.newValue) && current[i].numberFormat !== "@";
          writes.push({
            sheet: f.sheet,
            cell: f.cell,
            value: f.newValue,
            ...(text ? { numberFormat: "@" } : {}),
          });
          lastFix.push({
            sheet: f.sheet,
            cell: f.cell,
            oldValue: f.oldValue,
            newValue: f.newValue,
            ...(text ? { oldNumberFormat: current[i].numberFormat } : {}),
          });
        });
        return { writes, lastFix };
      },
    ),
  );
  return { applied: out, undoGroup };
}

/** Puts back the values the last fix replaced, if the cells still hold the fixed values. */
export async function revertLastFix(
  context: Excel.RequestContext,
  opts: FixOptions = {},
): Promise<FixResult> {
  const { out, undoGroup } = await inUndoGroup(context, opts, async (ctx) => {
    const { loaded } = await loadState(ctx);
    const fixes = loaded.state.lastFix;
    if (!fixes.length) throw errors.noFix();
    return writeCells(
      ctx,
      fixes.map((f) => ({ sheet: f.sheet, cell: f.cell, expected: f.newValue })),
      () => ({
        writes: fixes.map((f) => {
          const text = typeof f.oldValue === "string" && needsTextFormat(f.oldValue);
          const numberFormat = text ? "@" : f.oldNumberFormat;
          return {
            sheet: f.sheet,
            cell: f.cell,
            value: f.oldValue,
            ...(numberFormat ? { numberFormat } : {}),
          };
        }),
        lastFix: [],
      }),
    );
  });
  return { applied: out, undoGroup };
}
