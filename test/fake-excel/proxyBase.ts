// The base of the fake Excel's proxies: loaded properties, load() queuing reads, writes queued for sync.

import { FakeContextCore, notLoaded } from "./context";
import { FakeOfficeError } from "./errors";
import type { Box, SheetData, WorkbookData } from "./model";

export type PropList = string | string[] | undefined;

export function propList(p: PropList): string[] {
  if (p === undefined) return [];
  const list = Array.isArray(p) ? p : p.split(",");
  return list.map((s) => s.trim()).filter(Boolean);
}

/** A value that a method returns after sync (OfficeExtension.ClientResult). */
export class ClientResult<T> {
  private has = false;
  private v?: T;
  set(v: T): void {
    this.has = true;
    this.v = v;
  }
  get value(): T {
    if (!this.has) throw notLoaded("value");
    return this.v as T;
  }
}

/** Base of every proxy: loaded properties, and load() that queues reads. */
export abstract class ClientObject {
  protected loaded = new Map<string, unknown>();
  constructor(protected readonly ctx: FakeContextCore) {}

  /** Scalar properties load() with no argument reads. */
  protected abstract readonly scalars: string[];
  /** Reads a property at sync time (undefined on a null object). */
  protected abstract read(name: string): unknown;
  protected nav(_name: string): ClientObject | undefined {
    return undefined;
  }

  protected prop<T>(name: string): T {
    if (!this.loaded.has(name)) throw notLoaded(name);
    return this.loaded.get(name) as T;
  }

  load(props?: PropList): this {
    const list = propList(props);
    const names = list.length ? list : this.scalars;
    const own: string[] = [];
    const sub = new Map<string, string[]>();
    for (const n of names) {
      const i = n.indexOf("/");
      if (i < 0 && !this.nav(n)) own.push(n);
      else {
        const head = i < 0 ? n : n.slice(0, i);
        sub.set(head, [...(sub.get(head) ?? []), ...(i < 0 ? [] : [n.slice(i + 1)])]);
      }
    }
    for (const [head, rest] of sub) {
      const child = this.nav(head);
      if (!child) throw new FakeOfficeError("InvalidArgument", `Unknown property: ${head}`);
      child.load(rest.length ? rest : undefined);
    }
    if (own.length) {
      this.ctx.enqueue({
        request: { load: own },
        exec: () => {
          const out: Record<string, unknown> = {};
          for (const n of own) out[n] = this.read(n);
          return out;
        },
        deliver: (r) => {
          for (const [n, v] of Object.entries(r as Record<string, unknown>))
            if (v !== undefined) this.loaded.set(n, v);
        },
      });
    }
    return this;
  }

  /** Reads properties now (a collection's items, inside the batch that lists them). */
  readProps(props: string[]): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const n of props.length ? props : this.scalars) out[n] = this.read(n);
    return out;
  }

  setLoaded(rec: Record<string, unknown>): void {
    for (const [n, v] of Object.entries(rec)) if (v !== undefined) this.loaded.set(n, v);
  }

  protected write(request: unknown, exec: () => void): void {
    this.ctx.enqueue({
      request,
      exec: () => {
        exec();
        return undefined;
      },
    });
  }
}

/**
 * Writes to cells: refused on a protected sheet (AccessDenied, as Graph and Excel report it) and in a workbook
 * open read-only. Desktop Excel's read-only mode still lets cells change (only saving is refused); Excel on
 * the web's viewing mode refuses every edit — the fake takes the stricter of the two.
 */
export function ensureWritable(s: SheetData, data: WorkbookData): void {
  if (data.readOnly)
    throw new FakeOfficeError(
      "AccessDenied",
      "The workbook is open read-only. You cannot perform the requested operation.",
    );
  if (s.protected)
    throw new FakeOfficeError(
      "AccessDenied",
      "The cell or chart you're trying to change is on a protected sheet. To make a change, unprotect the sheet.",
    );
}

/** What a range or a set of areas stands for at sync time. */
export interface Target {
  sheet: SheetData;
  boxes: Box[];
}
