// Input rules (入力規則): drop-down lists on the active sheet's status and department cells, each cell's own
// validation recorded in the state sheet before it is replaced (same batch, earlier), put back exactly by
// "clear input rules". The lists live in the state sheet, each under a workbook-scope name, so they survive
// save; a list typed into the rule itself is limited to 255 characters.

import { checkWorkbook } from "../core/check";
import {
  DEPARTMENT_LIST,
  inputRulesPlan,
  isOurs,
  LIST_NAME_PREFIX,
  ruleFor as plainRule,
  type LeftCell,
} from "../core/inputRules";
import { MASTER_SHEET_NAMES } from "../core/layout/model";
import type { Lang } from "../core/messages";
import type { Message } from "../core/rules/rule";
import { checkOptionsFromSettings } from "../core/settings";
import {
  listRows,
  STATE_SHEET_NAME,
  stateToRows,
  type AddinState,
  type GuardRecord,
  type StateProblem,
} from "../core/state";
import { isoDay, parseIsoDate } from "../core/fiscal";
import { parseAddress } from "../core/address";
import { errors, fromOffice, refusedWhole, UNCHANGED, type Outcome } from "./errors";
import { WriteGuard } from "./guard";
import { addressLists, quoteSheetName } from "./office";
import { readSheets, SheetReader } from "./read";
import { cellsOf, undo, type UndoStep } from "./rollback";
import { loadedState, stateReader, stateUndoStep, writeStateRows, type LoadedState } from "./stateSheet";

/** A cell's validation as Office.js gives it; null for none. */
export interface CellValidation {
  rule: Excel.DataValidationRule;
  errorAlert: Excel.DataValidationErrorAlert;
  prompt: Excel.DataValidationPrompt;
  ignoreBlanks: boolean;
}

export interface InputRulesResult {
  /** Cells that offer a list after the run. */
  guarded: number;
  /** Cells whose value is not in their list: left as they are. */
  left: LeftCell[];
  stateProblems: StateProblem[];
}

export interface ClearRulesResult {
  restored: number;
  /** Recorded cells left alone: their rule is no longer the add-in's (`changed`), or their sheet is gone. */
  notRestored: { sheet: string; cell: string; reason: "changed" | "sheet-missing" }[];
}

const SETTING: Message = { ja: "入力規則の設定", en: "Setting the input rules" };
const CLEARING: Message = { ja: "入力規則の解除", en: "Clearing the input rules" };
const NAMES: Message = { ja: "入力規則の一覧の名前", en: "the names of the input rule lists" };

/** Cells whose validation is read per sync (≈ 300 bytes each: well under the 5 MB response). */
const READ_CHUNK = 5000;

/** The add-in's rule for a list, in Office.js's types. */
const ruleFor = (list: string, lang: Lang) => plainRule(list, lang) as unknown as CellValidation;

const encode = (v: CellValidation | null) => (v ? JSON.stringify(v) : "");
const decode = (text: string): CellValidation | null => (text ? (JSON.parse(text) as CellValidation) : null);

/** The reference of a list's cells in the state sheet ("='PlanReview_State'!$C$2:$C$9"). */
function listReference(rows: { first: number; last: number }): string {
  return `=${quoteSheetName(STATE_SHEET_NAME)}!$C$${rows.first}:$C$${rows.last}`;
}

/**
 * Reads the validation of cells. First each column's cells as address lists: a list whose type is "None"
 * holds no validation at all (DataValidationType, "no data validation in the range") — on a sheet never
 * guarded that is every list, and nothing more is read. The others are read one cell at a time (a range's
 * rule is null where its cells differ).
 */
async function readValidations(
  context: Excel.RequestContext,
  sheets: Map<string, Excel.Worksheet>,
  cells: { sheet: string; cell: string }[],
): Promise<Map<string, CellValidation | null>> {
  const out = new Map<string, CellValidation | null>();
  // By sheet and column: a validation of a person's in one column leaves the other columns unread.
  const byColumn = new Map<string, string[]>();
  for (const c of cells) push(byColumn, `${c.sheet}\u0000${/^[A-Z]+/.exec(c.cell)![0]}`, c.cell);
  const lists = [...byColumn].flatMap(([k, list]) =>
    addressLists([...new Set(list)]).map((addresses) => {
      const sheet = k.slice(0, k.indexOf("\u0000"));
      const dv = sheets.get(sheet)!.getRanges(addresses).dataValidation;
      dv.load("type");
      return { sheet, addresses, dv };
    }),
  );
  if (lists.length) await context.sync();
  const rest: { sheet: string; cell: string }[] = [];
  for (const { sheet, addresses, dv } of lists)
    for (const cell of addresses.split(","))
      if (dv.type === "None") out.set(`${sheet}!${cell}`, null);
      else rest.push({ sheet, cell });
  for (let i = 0; i < rest.length; i += READ_CHUNK) {
    const loads = rest.slice(i, i + READ_CHUNK).map((c) => {
      const one = sheets.get(c.sheet)!.getRange(c.cell).dataValidation;
      one.load("type,rule,errorAlert,prompt,ignoreBlanks");
      return { key: `${c.sheet}!${c.cell}`, dv: one };
    });
    await context.sync();
    for (const { key, dv } of loads)
      out.set(
        key,
        dv.type === "None"
          ? null
          : { rule: dv.rule, errorAlert: dv.errorAlert, prompt: dv.prompt, ignoreBlanks: dv.ignoreBlanks },
      );
  }
  return out;
}

/** Queues validations for cells of one sheet, grouped by validation, as address lists under 8,192 characters. */
function queueValidations(ws: Excel.Worksheet, cells: { cell: string; v: CellValidation | null }[]): void {
  const groups = new Map<string, { v: CellValidation | null; cells: string[] }>();
  for (const c of cells) {
    const k = encode(c.v);
    const g = groups.get(k) ?? { v: c.v, cells: [] };
    g.cells.push(c.cell);
    groups.set(k, g);
  }
  for (const { v, cells: list } of groups.values())
    for (const addresses of addressLists(list)) {
      const dv = ws.getRanges(addresses).dataValidation;
      // Cleared first: a rule is not set over another.
      dv.clear();
      if (!v) continue;
      dv.rule = v.rule;
      dv.errorAlert = v.errorAlert;
      dv.prompt = v.prompt;
      dv.ignoreBlanks = v.ignoreBlanks;
    }
}

interface Change {
  state: AddinState;
  /** Validation writes per sheet. */
  writes: Map<string, { cell: string; v: CellValidation | null }[]>;
  /** The written cells' validation before (for a rollback). */
  before: Map<string, { cell: string; v: CellValidation | null }[]>;
}

function push<T>(m: Map<string, T[]>, k: string, v: T): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

/**
 * Writes the state rows (lists first, with the records), points the names at the lists, then writes the
 * cells, in one batch. When it fails half-way, the state sheet, the names and every touched cell are put back.
 */
async function commit(
  context: Excel.RequestContext,
  loaded: LoadedState,
  names: Map<string, string>,
  change: Change,
  sheets: Map<string, Excel.Worksheet>,
  guard: WriteGuard,
  action: Message,
): Promise<void> {
  const written = [...change.writes.keys()].map((name) => [name, sheets.get(name)!] as const);
  const rows = listRows(change.state);
  const ours = [...names.keys()].filter((n) => n.startsWith(LIST_NAME_PREFIX));
  let synced = -1;
  try {
    ({ synced } = await writeStateRows(context, loaded, stateToRows(change.state)));
    const coll = context.workbook.names;
    for (const [name, at] of rows) {
      if (names.has(name)) coll.getItem(name).formula = listReference(at);
      else coll.add(name, listReference(at));
    }
    for (const name of ours) if (!rows.has(name)) coll.getItem(name).delete();
    for (const [sheet, cells] of change.writes) queueValidations(sheets.get(sheet)!, cells);
    await context.sync();
  } catch (e) {
    const outcome = refusedWhole(e, synced)
      ? UNCHANGED
      : await rollback(context, loaded, names, ours, rows, change, sheets);
    throw await guard.explain(e, action, { sheets: written, needsStructure: !loaded.sheet, outcome });
  }
}

function rollback(
  context: Excel.RequestContext,
  loaded: LoadedState,
  names: Map<string, string>,
  ours: string[],
  rows: Map<string, unknown>,
  change: Change,
  sheets: Map<string, Excel.Worksheet>,
): Promise<Outcome> {
  const namesStep: UndoStep = {
    what: NAMES,
    run: async () => {
      const items = [...new Set([...ours, ...rows.keys()])].map((n) => {
        const item = context.workbook.names.getItemOrNullObject(n);
        item.load("isNullObject");
        return [n, item] as const;
      });
      await context.sync();
      for (const [n, item] of items) {
        const was = names.get(n);
        if (was === undefined && !item.isNullObject) item.delete();
        else if (was !== undefined && item.isNullObject) context.workbook.names.add(n, was);
        else if (was !== undefined) item.formula = was;
      }
    },
  };
  return undo(context, [
    stateUndoStep(context, loaded),
    namesStep,
    ...[...change.before].map(([sheet, cells]) => ({
      what: cellsOf(sheet),
      run: () => queueValidations(sheets.get(sheet)!, cells),
      refusedMeansUntouched: true,
    })),
  ]);
}

/** The workbook's names and their formulas (to tell which list names exist, and to put them back). */
function queueNames(context: Excel.RequestContext): () => Map<string, string> {
  const coll = context.workbook.names.load("items/name,items/formula");
  return () => new Map(coll.items.map((n) => [n.name, String(n.formula)] as const));
}

/**
 * Puts the input rules on the active sheet: a list on every status cell of its schedule and actual columns
 * and, when the workbook has a department master, on its department cells. Cells whose value is not in their
 * list are left as they are and named. Guarding a sheet again replaces its rules; each cell keeps the
 * validation first recorded for it.
 */
export async function setInputRules(
  context: Excel.RequestContext,
  opts: { asOf?: string; lang?: Lang } = {},
): Promise<InputRulesResult> {
  if (opts.asOf !== undefined && !parseIsoDate(opts.asOf)) throw errors.asOfInvalid(opts.asOf);
  const guard = new WriteGuard(context);
  let result: { change: Change; loaded: LoadedState; names: Map<string, string>; left: LeftCell[] };
  let byName: Map<string, Excel.Worksheet>;
  let protectedSheet: boolean;
  let sheetName: string;
  try {
    const sheets = context.workbook.worksheets;
    const active = new SheetReader(sheets.getActiveWorksheet());
    const protection = active.worksheet.protection;
    let names!: () => Map<string, string>;
    const [target] = await readSheets(context, [active], () => {
      sheets.load("items/name,items/visibility");
      protection.load("protected");
      guard.queue();
      names = queueNames(context);
    });
    const name = target.snapshot.name;
    sheetName = name;
    const stateRd = stateReader(sheets);
    const masters = sheets.items
      .filter(
        (s) =>
          s.name !== name && MASTER_SHEET_NAMES.some((m) => m.toLowerCase() === s.name.trim().toLowerCase()),
      )
      .map((s) => new SheetReader(s));
    const reads = await readSheets(context, [...(stateRd ? [stateRd] : []), ...masters]);
    const loaded = loadedState(stateRd, stateRd ? reads[0] : null);
    const state = loaded.state;
    const settings = state.settings;
    const report = checkWorkbook([target.snapshot, ...reads.slice(stateRd ? 1 : 0).map((r) => r.snapshot)], {
      ...checkOptionsFromSettings(settings),
      asOf: opts.asOf ?? settings.asOf ?? isoDay(),
    });
    const own = state.guards.filter((g) => g.sheet === name);
    const plan = inputRulesPlan(report, new Set(state.createdSheets.includes(name) ? [] : [name]), () =>
      statusListName(state, name),
    );
    byName = new Map(sheets.items.map((s) => [s.name, s] as const));
    byName.set(name, active.worksheet);
    const current = await readValidations(context, byName, [
      ...plan.cells,
      ...own.filter((g) => parseAddress(g.cell)),
    ]);
    const lang = opts.lang ?? "ja";
    const change = guardChange(state, name, plan, current, lang);
    result = { change, loaded, names: names(), left: plan.left };
    protectedSheet = protection.protected;
  } catch (e) {
    throw fromOffice(e, SETTING);
  }
  const { change, loaded, names, left } = result;
  const guarded = change.state.guards.filter((g) => g.sheet === sheetName).length;
  if (!change.writes.size && !guarded && !loaded.state.guards.length)
    return { guarded: 0, left, stateProblems: loaded.problems };
  // Refused before anything is written: read-only, the sheet protected, or the structure when the state
  // sheet must be created for the records.
  guard.check({
    needsStructure: !loaded.sheet,
    protectedSheets: change.writes.size && protectedSheet ? [sheetName] : [],
  });
  await commit(context, loaded, names, change, byName, guard, SETTING);
  return { guarded, left, stateProblems: loaded.problems };
}

/** The status list of a sheet: the one its records use, else the first free PlanReview_Status name. */
function statusListName(state: AddinState, sheet: string): string {
  const used = state.guards.find((g) => g.sheet === sheet && g.list !== DEPARTMENT_LIST)?.list;
  if (used) return used;
  const taken = new Set([...state.lists.map((l) => l.name), ...state.guards.map((g) => g.list)]);
  for (let i = 1; ; i++)
    if (!taken.has(`${LIST_NAME_PREFIX}Status${i}`)) return `${LIST_NAME_PREFIX}Status${i}`;
}

/**
 * What guarding one sheet means cell by cell. A planned cell keeps the original recorded for it while it
 * still wears the add-in's rule; a recorded cell no longer planned gets its original back (when it is still
 * the add-in's) unless its value is now outside the list, in which case it is left as it is.
 */
function guardChange(
  state: AddinState,
  sheet: string,
  plan: ReturnType<typeof inputRulesPlan>,
  current: Map<string, CellValidation | null>,
  lang: Lang,
): Change {
  const old = new Map(state.guards.filter((g) => g.sheet === sheet).map((g) => [g.cell, g]));
  const leftCells = new Set(plan.left.map((l) => l.cell));
  const guards: GuardRecord[] = state.guards.filter((g) => g.sheet !== sheet);
  const writes: Change["writes"] = new Map();
  const before: Change["before"] = new Map();
  const planned = new Set<string>();
  for (const c of plan.cells) {
    planned.add(c.cell);
    const now = current.get(`${sheet}!${c.cell}`) ?? null;
    const prev = old.get(c.cell);
    const original = prev && isOurs(now, prev.list) ? prev.original : encode(now);
    guards.push({ sheet, cell: c.cell, list: c.list, original });
    const rule = ruleFor(c.list, lang);
    if (encode(now) !== encode(rule)) {
      push(writes, sheet, { cell: c.cell, v: rule });
      push(before, sheet, { cell: c.cell, v: now });
    }
  }
  for (const g of old.values()) {
    if (planned.has(g.cell)) continue;
    const now = current.get(`${sheet}!${g.cell}`) ?? null;
    if (leftCells.has(g.cell) && isOurs(now, g.list)) {
      guards.push(g);
      continue;
    }
    if (!isOurs(now, g.list)) continue;
    push(writes, sheet, { cell: g.cell, v: decode(g.original) });
    push(before, sheet, { cell: g.cell, v: now });
  }
  // Lists: the plan's, and the others' still used by a record.
  const used = new Set(guards.map((g) => g.list));
  const lists = state.lists.filter((l) => used.has(l.name) && !plan.lists.has(l.name));
  for (const [name, values] of plan.lists) if (used.has(name)) lists.push({ name, values });
  return { state: { ...state, guards, lists }, writes, before };
}

/** Removes every input rule the add-in set and that is still its own; names the cells it left alone. */
export async function clearInputRules(context: Excel.RequestContext): Promise<ClearRulesResult> {
  const guard = new WriteGuard(context);
  let prepared: {
    loaded: LoadedState;
    names: Map<string, string>;
    change: Change;
    sheets: Map<string, Excel.Worksheet>;
    notRestored: ClearRulesResult["notRestored"];
    locked: string[];
  };
  try {
    const list = context.workbook.worksheets;
    list.load("items/name");
    guard.queue();
    const names = queueNames(context);
    await context.sync();
    const reader = stateReader(list);
    const [read] = reader ? await readSheets(context, [reader]) : [null];
    const loaded = loadedState(reader, read);
    const sheets = new Map(list.items.map((s) => [s.name, s] as const));
    const present = loaded.state.guards.filter((g) => sheets.has(g.sheet) && parseAddress(g.cell));
    const protection = new Map(
      [...new Set(present.map((g) => g.sheet))].map(
        (n) => [n, sheets.get(n)!.protection.load("protected")] as const,
      ),
    );
    const current = await readValidations(context, sheets, present);
    if (!present.length) await context.sync();
    const writes: Change["writes"] = new Map();
    const before: Change["before"] = new Map();
    const notRestored: ClearRulesResult["notRestored"] = [];
    for (const g of loaded.state.guards) {
      if (!sheets.has(g.sheet)) {
        notRestored.push({ sheet: g.sheet, cell: g.cell, reason: "sheet-missing" });
        continue;
      }
      const now = current.get(`${g.sheet}!${g.cell}`) ?? null;
      if (!isOurs(now, g.list)) {
        notRestored.push({ sheet: g.sheet, cell: g.cell, reason: "changed" });
        continue;
      }
      push(writes, g.sheet, { cell: g.cell, v: decode(g.original) });
      push(before, g.sheet, { cell: g.cell, v: now });
    }
    const change: Change = { state: { ...loaded.state, guards: [], lists: [] }, writes, before };
    const locked = [...protection].filter(([n, p]) => p.protected && writes.has(n)).map(([n]) => n);
    prepared = { loaded, names: names(), change, sheets, notRestored, locked };
  } catch (e) {
    throw fromOffice(e, CLEARING);
  }
  const { loaded, names, change, sheets, notRestored, locked } = prepared;
  // Without a state sheet there is nothing the add-in set.
  if (!loaded.sheet || (!loaded.state.guards.length && !loaded.state.lists.length))
    return { restored: 0, notRestored: [] };
  guard.check({ needsStructure: false, protectedSheets: locked });
  await commit(context, loaded, names, change, sheets, guard, CLEARING);
  const restored = [...change.writes.values()].reduce((n, l) => n + l.length, 0);
  return { restored, notRestored };
}
