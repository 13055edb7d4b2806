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
import { boxAddress, parseArea, type WorkbookData } from "./model";
import { FakeRequestContext, parseInput } from "./proxies";
import { fromExcelJS, toExcelJS } from "./xlsx";

export { ADDRESS_LIMIT, CELL_READ_LIMIT, PAYLOAD_LIMIT, FakeOfficeError };

type Handler = (args: Record<string, unknown>) => Promise<unknown> | void;

export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
  ops: number;
}

export class FakeExcel implements Host {
  syncs: SyncRecord[] = [];
  handlers: { scope: string; handler: Handler }[] = [];
  /** Options of every run() (mergeUndoGroup …). */
  runs: { mergeUndoGroup?: boolean }[] = [];
  /** Called before each sync's batch runs, with the sync's number (1-based): a user acting meanwhile. */
  beforeSync: ((n: number) => void) | null = null;
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

  /** Excel.run: the batch gets a fresh context; what is still queued is synced at the end. */
  async run<T>(
    optionsOrBatch: { mergeUndoGroup?: boolean } | ((ctx: Excel.RequestContext) => Promise<T>),
    maybeBatch?: (ctx: Excel.RequestContext) => Promise<T>,
  ): Promise<T> {
    const batch = typeof optionsOrBatch === "function" ? optionsOrBatch : maybeBatch!;
    this.runs.push(typeof optionsOrBatch === "function" ? {} : optionsOrBatch);
    const ctx = this.newContext();
    const out = await batch(ctx as unknown as Excel.RequestContext);
    if (ctx.queue.length) await ctx.sync();
    return out;
  }

  async sync(ctx: FakeContextCore): Promise<void> {
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

  changed(records: ChangeRecord[], triggerSource: "ThisLocalAddin" | "Unknown"): void {
    for (const rec of records) {
      for (const h of this.handlers) {
        if (h.scope !== "*" && h.scope !== rec.sheetId) continue;
        const args = {
          type: "WorksheetChanged",
          worksheetId: rec.sheetId,
          address: boxAddress(rec.box),
          changeType: "RangeEdited",
          source: "Local",
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

  /** A person typing into a cell (as Excel's UI parses it), firing onChanged as Excel does. */
  userEdit(sheet: string, address: string, text: string | number): void {
    const s = this.data.byName(sheet);
    if (!s) throw new Error(`no sheet ${sheet}`);
    const { box } = parseArea(address);
    const parsed =
      typeof text === "number" ? { value: text } : parseInput(text, s.numberFormat(box.top, box.left));
    if (parsed.formula) s.formulas.set(box.top * 20000 + box.left, parsed.formula);
    else s.set(box.top, box.left, parsed.value);
    this.changed([{ sheetId: s.id, box }], "Unknown");
  }

  sheet(name: string) {
    const s = this.data.byName(name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }
}

export type { WorkbookData };
