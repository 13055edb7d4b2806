// Live mode: as a person edits, re-check the items whose cells changed and update their highlights
// (debounced). The add-in's own writes are ignored: by the event's triggerSource (ExcelApi 1.14), else
// by ignoring events that arrive while its own re-check runs, and always those on its state sheet.

import { parseAddress } from "../core/address";
import type { WorkbookReport } from "../core/check";
import { STATE_SHEET_NAME } from "../core/state";
import type { CellRange } from "../core/types";
import { parseAreaList } from "./office";
import { recheckSheet, type ValidateResult } from "./validate";

export interface LiveOptions {
  /** Excel.run: each re-check gets its own context (event handlers outlive the one that registered them). */
  run: <T>(batch: (ctx: Excel.RequestContext) => Promise<T>) => Promise<T>;
  asOf?: string;
  /** Quiet time before a re-check (ms). */
  debounceMs?: number;
  onUpdate?: (update: { sheet: string; result: ValidateResult; items: number[] }) => void;
  onError?: (error: unknown) => void;
}

export interface LiveMode {
  stop(): Promise<void>;
  /** Resolves when no re-check is waiting or running. */
  idle(): Promise<void>;
}

const within = (r: CellRange, row: number, col: number) =>
  row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;
const overlaps = (a: CellRange, b: CellRange) =>
  a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;

/** The edited items of a sheet and the cells whose highlights may change: their ranges and the edited cells. */
export function touchedBy(sheet: string, edited: CellRange[]) {
  let items: number[] = [];
  const touch = (report: WorkbookReport) => {
    const s = report.sheets.find((x) => x.name === sheet);
    const hit = (s?.items ?? []).filter((it) =>
      parseAreaList(it.range).some((r) => edited.some((e) => overlaps(r, e))),
    );
    items = hit.map((it) => it.index);
    const boxes = [...edited, ...hit.flatMap((it) => parseAreaList(it.range))];
    return (name: string, cell: string) => {
      const p = parseAddress(cell);
      return name === sheet && p !== null && boxes.some((b) => within(b, p.row, p.col));
    };
  };
  return { touch, items: () => items };
}

export async function startLiveMode(context: Excel.RequestContext, opts: LiveOptions): Promise<LiveMode> {
  const pending = new Map<string, CellRange[]>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running: Promise<void> = Promise.resolve();
  let busy = false;

  const flush = () => {
    timer = null;
    const work = [...pending];
    pending.clear();
    running = running.then(async () => {
      busy = true;
      try {
        for (const [sheetId, edited] of work) {
          await opts.run(async (ctx) => {
            const ws = ctx.workbook.worksheets.getItem(sheetId).load("name");
            await ctx.sync();
            if (ws.name === STATE_SHEET_NAME) return;
            const t = touchedBy(ws.name, edited);
            const result = await recheckSheet(ctx, { sheet: ws.name, asOf: opts.asOf, touch: t.touch });
            opts.onUpdate?.({ sheet: ws.name, result, items: t.items() });
          });
        }
      } catch (e) {
        opts.onError?.(e);
      } finally {
        busy = false;
      }
    });
  };

  const handler = async (e: Excel.WorksheetChangedEventArgs) => {
    if (e.triggerSource === "ThisLocalAddin") return;
    if (e.triggerSource === undefined && busy) return;
    const boxes = parseAreaList(e.address);
    pending.set(e.worksheetId, [...(pending.get(e.worksheetId) ?? []), ...boxes]);
    if (timer) clearTimeout(timer);
    timer = setTimeout(flush, opts.debounceMs ?? 600);
  };

  const registration = context.workbook.worksheets.onChanged.add(handler);
  await context.sync();
  return {
    async stop() {
      if (timer) clearTimeout(timer);
      pending.clear();
      registration.remove();
      await context.sync();
      await running;
    },
    async idle() {
      while (timer || pending.size) await new Promise((r) => setTimeout(r, 5));
      await running;
    },
  };
}
