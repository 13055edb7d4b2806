// Live mode: as a person edits, re-check the items whose cells changed and update their highlights
// (debounced). Change events are taken as Excel sends them (WorksheetChangedEventArgs): edits of cells, of
// whole rows ("5:5") and columns ("C:C"), a co-author's edits (source "Remote"), undo, and rows or columns
// inserted or deleted — which move the cells the add-in's records name, so the records move with them.
// The add-in's own writes are ignored: by the event's triggerSource (ExcelApi 1.14), else by ignoring
// edits that arrive while its own re-check runs, and always those on its state sheet. A re-check Excel
// refuses because a person is typing in a cell is tried again once they leave it, never lost.

import { parseAddress } from "../core/address";
import type { WorkbookReport } from "../core/check";
import { STATE_SHEET_NAME } from "../core/state";
import type { CellRange } from "../core/types";
import { fromOffice, isEditModeError } from "./errors";
import { parseAreaList, RUN_OPTIONS, type Runner } from "./office";
import { shiftArea, shiftOf, type Shift } from "./shifts";
import { recheckSheet, type ValidateResult } from "./validate";

const RECHECKING = { ja: "自動の再検証", en: "The live re-check" };
const STARTING = { ja: "自動の再検証の開始", en: "Starting live mode" };
const STOPPING = { ja: "自動の再検証の停止", en: "Stopping live mode" };

export interface LiveOptions {
  /** Excel.run: each re-check gets its own context (event handlers outlive the one that registered them). */
  run: Runner;
  asOf?: string;
  /** Quiet time before a re-check (ms). */
  debounceMs?: number;
  /** Wait before trying again a re-check Excel refused while a cell was being edited (ms). */
  retryMs?: number;
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

/** What waits for a sheet's re-check: the edited areas (in today's positions) and the moves since. */
interface Pending {
  edited: CellRange[];
  shifts: Shift[];
}

interface ChangedEvent {
  worksheetId: string;
  address: string;
  changeType: string;
  triggerSource?: string;
  changeDirectionState?: { insertShiftDirection?: string; deleteShiftDirection?: string };
}

export async function startLiveMode(context: Excel.RequestContext, opts: LiveOptions): Promise<LiveMode> {
  const pending = new Map<string, Pending>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running: Promise<void> = Promise.resolve();
  let busy = false;
  let stopped = false;

  const schedule = (ms: number) => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(flush, ms);
  };

  const add = (sheetId: string, p: Pending) => {
    const cur = pending.get(sheetId) ?? { edited: [], shifts: [] };
    // Areas edited earlier move with the rows and columns inserted or deleted after them.
    const moved = cur.edited.flatMap((r) => {
      const m = shiftArea(r, p.shifts);
      return m ? [m] : [];
    });
    pending.set(sheetId, { edited: [...moved, ...p.edited], shifts: [...cur.shifts, ...p.shifts] });
  };

  const flush = () => {
    timer = null;
    const work = [...pending];
    pending.clear();
    running = running.then(async () => {
      busy = true;
      try {
        for (let i = 0; i < work.length; i++) {
          const [sheetId, p] = work[i];
          try {
            await opts.run(RUN_OPTIONS, async (ctx) => {
              const ws = ctx.workbook.worksheets.getItem(sheetId).load("name");
              await ctx.sync();
              if (ws.name === STATE_SHEET_NAME) return;
              const t = touchedBy(ws.name, p.edited);
              const result = await recheckSheet(ctx, {
                sheet: ws.name,
                asOf: opts.asOf,
                touch: t.touch,
                shifts: p.shifts,
              });
              opts.onUpdate?.({ sheet: ws.name, result, items: t.items() });
            });
          } catch (e) {
            if (!isEditModeError(e) || stopped) throw e;
            // Excel did not wait for the person to leave the cell: this and the remaining sheets' work goes
            // back in front of what arrived meanwhile, and is tried again shortly.
            const later = new Map(pending);
            pending.clear();
            for (const [id, q] of work.slice(i)) add(id, q);
            for (const [id, q] of later) add(id, q);
            schedule(opts.retryMs ?? 1000);
            return;
          }
        }
      } catch (e) {
        opts.onError?.(fromOffice(e, RECHECKING));
      } finally {
        busy = false;
      }
    });
  };

  const handler = async (e: Excel.WorksheetChangedEventArgs) => {
    const event = e as unknown as ChangedEvent;
    if (event.triggerSource === "ThisLocalAddin") return;
    const shift = shiftOf(event);
    // Rows and columns never move by the add-in's hand: such an event is always a person's (or an undo).
    if (!shift && event.triggerSource === undefined && busy) return;
    add(event.worksheetId, { edited: parseAreaList(event.address), shifts: shift ? [shift] : [] });
    schedule(opts.debounceMs ?? 600);
  };

  const registration = context.workbook.worksheets.onChanged.add(handler);
  try {
    await context.sync();
  } catch (e) {
    throw fromOffice(e, STARTING);
  }
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
      pending.clear();
      // The documented way: a batch on the context that registered the handler ("Remove an event handler",
      // Office Add-ins docs: Excel.run(eventResult.context, …); RunOptions.previousObjects says the same).
      try {
        await opts.run({ ...RUN_OPTIONS, previousObjects: registration.context }, async (ctx) => {
          registration.remove();
          await ctx.sync();
        });
      } catch (e) {
        throw fromOffice(e, STOPPING);
      }
      await running;
    },
    async idle() {
      while (timer || pending.size) await new Promise((r) => setTimeout(r, 5));
      await running;
    },
  };
}
