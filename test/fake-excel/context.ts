// The request context and batch of the fake Excel: operations are queued by proxies and run at sync().

import { FakeOfficeError } from "./errors";
import type { WorkbookData, Box } from "./model";

/** Excel on the web's request and response limit. */
export const PAYLOAD_LIMIT = 5 * 1024 * 1024;
/** Cells one read may return; past it `values` comes back null. */
export const CELL_READ_LIMIT = 5_000_000;
/** Longest address string getRange/getRanges accept. */
export const ADDRESS_LIMIT = 8192;
/** Merged areas getMergedAreasOrNullObject returns at most (index.d.ts, Range.getMergedAreasOrNullObject). */
export const MERGED_AREAS_LIMIT = 512;

export interface Op {
  /** What is sent to Excel (its size counts against the request limit). */
  request: unknown;
  /** Runs at sync, in queue order; returns what Excel sends back (counted against the response limit). */
  exec(): unknown;
  /** Hands the response to the proxy once the whole batch succeeded. */
  deliver?(response: unknown): void;
}

export interface ChangeRecord {
  sheetId: string;
  box: Box;
  /** As Excel writes it in the event ("5:7" for whole rows); else the box's address. */
  address?: string;
  changeType?: string;
  source?: "Local" | "Remote";
}

export interface Host {
  data: WorkbookData;
  sync(ctx: FakeContextCore): Promise<void>;
  changed(records: ChangeRecord[], triggerSource: "ThisLocalAddin" | "Unknown"): void;
  /** Past 5,000,000 cells a read gives null values, or throws RangeExceedsLimit (Excel does both). */
  cellLimit: "null" | "throw";
  nullValues: ((sheet: string, box: Box) => boolean) | null;
}

export class FakeContextCore {
  queue: Op[] = [];
  /** Writes of the running batch, reported to change handlers after sync. */
  changes: ChangeRecord[] = [];
  /** The options of the Excel.run this context serves (delayForCellEdit …). */
  runOptions: { delayForCellEdit?: boolean; mergeUndoGroup?: boolean } = {};
  /**
   * Set when the Excel.run that made this context has ended: its objects are released ("When the promise is
   * resolved, any tracked objects that were automatically allocated during execution will be released",
   * index.d.ts, Excel.run), so a later sync of anything queued on it fails until Excel.run is given the
   * context again (RunOptions.previousObjects, or the events article's Excel.run(eventResult.context, …)).
   */
  released = false;
  constructor(readonly host: Host) {}

  get data(): WorkbookData {
    return this.host.data;
  }

  enqueue(op: Op): void {
    this.queue.push(op);
  }

  sync(): Promise<void> {
    return this.host.sync(this);
  }
}

/** Size in UTF-8 bytes of a value's JSON, without building one huge string. */
export function jsonSize(v: unknown): number {
  if (Array.isArray(v)) {
    let n = 2;
    for (const x of v) n += jsonSize(x) + 1;
    return n;
  }
  if (v && typeof v === "object") {
    let n = 2;
    for (const [k, x] of Object.entries(v)) n += Buffer.byteLength(k) + 4 + jsonSize(x);
    return n;
  }
  if (typeof v === "string") return Buffer.byteLength(JSON.stringify(v));
  return v === undefined ? 0 : String(v).length;
}

export function notLoaded(name: string): FakeOfficeError {
  return new FakeOfficeError(
    "PropertyNotLoaded",
    `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}
