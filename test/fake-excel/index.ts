// An in-memory Excel behind the Office.js API the Excel layer uses (see architecture.md, "Tests").

import ExcelJS from "exceljs";
import {
  ADDRESS_LIMIT,
  CELL_READ_LIMIT,
  FakeContextCore,
  jsonSize,
  PAYLOAD_LIMIT,
  type ChangeRecord,
  type Host,
} from "./context";
import { FakeOfficeError } from "./errors";
import { columnLetter } from "../../src/core/address";
import { boxAddress, key, parseArea, type Box, type SheetData, type WorkbookData } from "./model";
import { FakeRequestContext, parseInput } from "./proxies";
import { fromExcelJS, toExcelJS } from "./xlsx";

export { ADDRESS_LIMIT, CELL_READ_LIMIT, PAYLOAD_LIMIT, FakeOfficeError };

type Handler = (args: Record<string, unknown>) => Promise<unknown> | void;

export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
  ops: number;
}

/** Options of Excel.run as the fake takes them (RunOptions, previousObjects included). */
export interface FakeRunOptions {
  delayForCellEdit?: boolean;
  mergeUndoGroup?: boolean;
  previousObjects?: unknown;
}

type Source = "Local" | "Remote";

export class FakeExcel implements Host {
  syncs: SyncRecord[] = [];
  handlers: { scope: string; handler: Handler }[] = [];
  /** Options of every run() (mergeUndoGroup, delayForCellEdit …). */
  runs: { mergeUndoGroup?: boolean; delayForCellEdit?: boolean }[] = [];
  /** Called before each sync's batch runs, with the sync's number (1-based): a user acting meanwhile. */
  beforeSync: ((n: number) => void) | null = null;
  /**
   * Past 5,000,000 cells a read gives null values (office-js#4783, #6781) or throws RangeExceedsLimit ("The
   * cell count in the range has exceeded the maximum supported number", Office Add-ins docs, error codes).
   */
  cellLimit: "null" | "throw" = "null";
  /** A test's way to have values come back null where Excel documents no limit (office-js#4792). */
  nullValues: ((sheet: string, box: Box) => boolean) | null = null;
  /** Whether Excel.run's delayForCellEdit is honoured (see startCellEdit). */
  delaySupported = true;
  /** Set while a person is typing in a cell; resolves when they leave the cell. */
  private editing: Promise<void> | null = null;
  private endEditing: (() => void) | null = null;
  /** A person's actions, newest last, each with what undoing it does. */
  private undoStack: (() => void)[] = [];
  /** Pending event deliveries (awaited by settle()). */
  private pending: Promise<unknown>[] = [];
  readonly context: FakeRequestContext;

  constructor(public data: WorkbookData) {
    this.context = new FakeRequestContext(this);
  }

  static async fromFile(file: string | Buffer): Promise<FakeExcel> {
    const wb = new ExcelJS.Workbook();
    if (typeof file === "string") await wb.xlsx.readFile(file);
    else await wb.xlsx.load(file as unknown as ArrayBuffer);
    return FakeExcel.fromWorkbook(wb);
  }

  static fromWorkbook(wb: ExcelJS.Workbook): FakeExcel {
    return new FakeExcel(fromExcelJS(wb));
  }

  /** Saves as .xlsx (worksheet custom properties and charts are not kept: ExcelJS cannot write them). */
  async save(): Promise<Buffer> {
    return Buffer.from(await toExcelJS(this.data).xlsx.writeBuffer());
  }

  /** Save, close and reopen. */
  async reopen(): Promise<FakeExcel> {
    return FakeExcel.fromFile(await this.save());
  }

  get syncCount(): number {
    return this.syncs.length;
  }
  get bytesMoved(): number {
    return this.syncs.reduce((n, s) => n + s.requestBytes + s.responseBytes, 0);
  }
  resetCounters(): void {
    this.syncs = [];
  }

  /** A new context, as Excel.run hands one to its batch. */
  newContext(): FakeRequestContext {
    return new FakeRequestContext(this);
  }

  /**
   * Excel.run: the batch gets a fresh context, or the context of `previousObjects` (RunOptions, index.d.ts:
   * "The batch will use the same RequestContext as the passed-in object"); what is still queued is synced at
   * the end, and the context's objects are released when the batch's promise settles.
   */
  async run<T>(
    optionsOrBatch: FakeRunOptions | ((ctx: Excel.RequestContext) => Promise<T>),
    maybeBatch?: (ctx: Excel.RequestContext) => Promise<T>,
  ): Promise<T> {
    const batch = typeof optionsOrBatch === "function" ? optionsOrBatch : maybeBatch!;
    const options = typeof optionsOrBatch === "function" ? {} : optionsOrBatch;
    const { previousObjects, ...rest } = options;
    this.runs.push(rest);
    const reused = previousObjects instanceof FakeRequestContext;
    const ctx = reused ? previousObjects : this.newContext();
    const wasReleased = ctx.released;
    const wasOptions = ctx.runOptions;
    ctx.released = false;
    ctx.runOptions = rest;
    try {
      const out = await batch(ctx as unknown as Excel.RequestContext);
      if (ctx.queue.length) await ctx.sync();
      return out;
    } finally {
      // A context handed in again goes back to what it was; a run's own context is released.
      ctx.released = reused ? wasReleased : true;
      ctx.runOptions = reused ? wasOptions : {};
    }
  }

  /**
   * A person starts typing in a cell: until endCellEdit(), every batch fails with
   * InvalidOperationInCellEditMode ("The operation isn't available while Excel is in Edit cell mode",
   * Office Add-ins docs, error codes) — or, in an Excel.run with delayForCellEdit, waits ("the batch request
   * is delayed until the user exits cell edit mode", index.d.ts, Excel.RunOptions.delayForCellEdit). The
   * option is listed in ExcelApi 1.5; `delaySupported = false` models a host that ignores it.
   */
  startCellEdit(): void {
    if (this.editing) return;
    let end!: () => void;
    this.editing = new Promise<void>((r) => (end = r));
    this.endEditing = end;
  }

  /** The person presses Enter (committing `text` into `address` when given) or Esc. */
  endCellEdit(commit?: { sheet: string; address: string; text: string | number }): void {
    const end = this.endEditing;
    this.editing = null;
    this.endEditing = null;
    if (commit) this.userEdit(commit.sheet, commit.address, commit.text);
    end?.();
  }

  get inCellEdit(): boolean {
    return this.editing !== null;
  }

  async sync(ctx: FakeContextCore): Promise<void> {
    if (ctx.released && ctx.queue.length) {
      ctx.queue = [];
      throw new FakeOfficeError(
        "InvalidObjectPath",
        "The object path isn't working for what you're trying to do: the Excel.run that made it has ended.",
      );
    }
    const ops = ctx.queue;
    ctx.queue = [];
    ctx.changes = [];
    const record: SyncRecord = {
      requestBytes: jsonSize(ops.map((o) => o.request)),
      responseBytes: 0,
      ops: ops.length,
    };
    this.syncs.push(record);
    this.beforeSync?.(this.syncs.length);
    await Promise.resolve();
    if (this.editing) {
      if (ctx.runOptions.delayForCellEdit && this.delaySupported) await this.editing;
      else
        throw new FakeOfficeError(
          "InvalidOperationInCellEditMode",
          "The operation isn't available while Excel is in Edit cell mode.",
        );
    }
    if (record.requestBytes > PAYLOAD_LIMIT)
      throw new FakeOfficeError(
        "RequestPayloadSizeLimitExceeded",
        "The request payload size has exceeded the limit.",
      );
    const responses: unknown[] = [];
    try {
      // Excel runs a batch in order and stops at the first failing operation; earlier ones stay applied.
      for (const op of ops) responses.push(op.exec());
    } finally {
      if (ctx.changes.length) this.changed(ctx.changes, "ThisLocalAddin");
    }
    record.responseBytes = jsonSize(responses);
    if (record.responseBytes > PAYLOAD_LIMIT)
      throw new FakeOfficeError(
        "ResponsePayloadSizeLimitExceeded",
        "The response payload size has exceeded the limit.",
      );
    ops.forEach((op, i) => op.deliver?.(responses[i]));
  }

  /**
   * onChanged as Excel sends it (WorksheetChangedEventArgs, ExcelApi 1.7): the change type, the address (whole
   * rows "5:7" and columns "C:D" for insertions and deletions), the source ("Remote" for a co-author's edit)
   * and, from ExcelApi 1.14, triggerSource ("ThisLocalAddin" for the add-in's own writes).
   */
  changed(records: ChangeRecord[], triggerSource: "ThisLocalAddin" | "Unknown"): void {
    for (const rec of records) {
      for (const h of this.handlers) {
        if (h.scope !== "*" && h.scope !== rec.sheetId) continue;
        const args = {
          type: "WorksheetChanged",
          worksheetId: rec.sheetId,
          address: rec.address ?? boxAddress(rec.box),
          changeType: rec.changeType ?? "RangeEdited",
          source: rec.source ?? "Local",
          triggerSource,
        };
        this.pending.push(new Promise((r) => setTimeout(r, 0)).then(() => h.handler(args)));
      }
    }
  }

  /** Waits for the change events delivered so far (and the work they started). */
  async settle(): Promise<void> {
    while (this.pending.length) {
      const p = this.pending;
      this.pending = [];
      await Promise.all(p);
    }
  }

  /** A person (or, with source "Remote", a co-author) typing into a cell, as Excel's UI parses it. */
  userEdit(sheet: string, address: string, text: string | number, source: Source = "Local"): void {
    const s = this.sheet(sheet);
    const { box } = parseArea(address);
    const before = s.copy();
    const parsed =
      typeof text === "number" ? { value: text } : parseInput(text, s.numberFormat(box.top, box.left));
    s.formulas.delete(key(box.top, box.left));
    if (parsed.formula) {
      s.formulas.set(key(box.top, box.left), parsed.formula);
      s.set(box.top, box.left, undefined);
    } else s.set(box.top, box.left, parsed.value);
    this.did(s, before, { sheetId: s.id, box, source });
  }

  /** A person clearing whole rows ("5:5") or columns ("C:C") with Delete: one event for the whole address. */
  userClear(sheet: string, address: string, source: Source = "Local"): void {
    const s = this.sheet(sheet);
    const { box } = parseArea(address);
    const before = s.copy();
    s.clear(box, false);
    this.did(s, before, { sheetId: s.id, box, address, source });
  }

  /** Rows inserted above row `at` (Home → Insert → Insert Sheet Rows), or deleted from it on. */
  insertRows(sheet: string, at: number, count = 1, source: Source = "Local"): void {
    this.shift(sheet, at, count, true, source);
  }
  deleteRows(sheet: string, at: number, count = 1, source: Source = "Local"): void {
    this.shift(sheet, at, -count, true, source);
  }
  insertColumns(sheet: string, at: number, count = 1, source: Source = "Local"): void {
    this.shift(sheet, at, count, false, source);
  }
  deleteColumns(sheet: string, at: number, count = 1, source: Source = "Local"): void {
    this.shift(sheet, at, -count, false, source);
  }

  /** Ctrl+Z: the person's last action is undone, and Excel reports the change the undo makes. */
  userUndo(): void {
    this.undoStack.pop()?.();
  }

  private shift(sheet: string, at: number, count: number, rows: boolean, source: Source): void {
    const s = this.sheet(sheet);
    const before = s.copy();
    if (rows) s.shiftRows(at, count);
    else s.shiftColumns(at, count);
    const n = Math.abs(count);
    const address = rows ? `${at}:${at + n - 1}` : `${columnLetter(at)}:${columnLetter(at + n - 1)}`;
    const kind = rows ? "Row" : "Column";
    const { box } = parseArea(address);
    const record = { sheetId: s.id, box, address };
    this.did(
      s,
      before,
      { ...record, changeType: `${kind}${count > 0 ? "Inserted" : "Deleted"}`, source },
      { ...record, changeType: `${kind}${count > 0 ? "Deleted" : "Inserted"}`, source: "Local" },
    );
  }

  /** Records a person's action: its event now; its undo puts the sheet back and reports `undone`. */
  private did(s: SheetData, before: SheetData, record: ChangeRecord, undone?: ChangeRecord): void {
    this.changed([record], "Unknown");
    this.undoStack.push(() => {
      s.restore(before);
      this.changed([undone ?? { ...record, source: "Local" as const }], "Unknown");
    });
  }

  sheet(name: string): SheetData {
    const s = this.data.byName(name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }
}

export type { WorkbookData };
