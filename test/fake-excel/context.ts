// The request context and batch of the fake Excel: operations are queued by proxies and run at sync().

import { FakeOfficeError } from "./errors";
import type { WorkbookData, Box } from "./model";

/** Excel on the web's request and response limit. */
export const PAYLOAD_LIMIT = 5 * 1024 * 1024;
/** Cells one read may return; past it `values` comes back null. */
export const CELL_READ_LIMIT = 5_000_000;
/** Longest address string getRange/getRanges accept. */
export const ADDRESS_LIMIT = 8192;

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
}

export interface Host {
  data: WorkbookData;
  sync(ctx: FakeContextCore): Promise<void>;
  changed(records: ChangeRecord[], triggerSource: "ThisLocalAddin" | "Unknown"): void;
}

export class FakeContextCore {
  queue: Op[] = [];
  /** Writes of the running batch, reported to change handlers after sync. */
  changes: ChangeRecord[] = [];
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
