// Whether a write may start, and why one failed. The facts are read with the run's last read, so a refusal
// comes before anything changes: Workbook.readOnly (ExcelApi 1.8), Workbook.protection.protected (1.7: the
// structure — no sheet added or deleted), Worksheet.protection.protected (1.2). Office reports all three as
// AccessDenied when a write hits them, so after a failed write the facts are read again to say which it was.

import {
  errors,
  ExcelLayerError,
  fromOffice,
  officeCode,
  refusalOf,
  type Outcome,
  type WriteFacts,
} from "./errors";
import type { Message } from "../core/rules/rule";

export class WriteGuard {
  private readonly workbook: Excel.Workbook;

  constructor(private readonly context: Excel.RequestContext) {
    this.workbook = context.workbook;
  }

  /** Queues the workbook's facts (the sheets' protection the callers load with their own reads). */
  queue(): this {
    this.workbook.load("readOnly");
    this.workbook.protection.load("protected");
    return this;
  }

  facts(opts: { needsStructure: boolean; protectedSheets: string[] }): WriteFacts {
    return {
      readOnly: this.workbook.readOnly,
      structureProtected: this.workbook.protection.protected,
      ...opts,
    };
  }

  /** Refuses before anything is written: read-only, a protected sheet, a protected structure when needed. */
  check(opts: { needsStructure: boolean; protectedSheets: string[] }): void {
    const refusal = refusalOf(this.facts(opts));
    if (refusal) throw refusal;
  }

  /**
   * The error for a write that failed after the checks passed (something changed meanwhile): the facts are
   * read again, in their own sync, to tell a protected sheet, a protected structure and a read-only
   * workbook apart; `outcome` is what the rollback achieved.
   */
  async explain(
    e: unknown,
    action: Message,
    opts: { sheets: (readonly [string, Excel.Worksheet])[]; needsStructure: boolean; outcome: Outcome },
  ): Promise<ExcelLayerError> {
    if (e instanceof ExcelLayerError) return e;
    const code = officeCode(e);
    if (code === "AccessDenied") {
      try {
        this.queue();
        const protections = opts.sheets.map(([n, ws]) => [n, ws.protection.load("protected")] as const);
        await this.context.sync();
        if (this.workbook.readOnly) return errors.readOnly(opts.outcome);
        const locked = protections.filter(([, p]) => p.protected).map(([n]) => n);
        if (locked.length) return errors.protected(locked.join("、"), opts.outcome);
        if (this.workbook.protection.protected && opts.needsStructure)
          return errors.structureProtected(opts.outcome);
      } catch {
        // The facts could not be read: the plain explanation below.
      }
    }
    if (code === "ItemNotFound" && opts.sheets.length)
      return errors.missing(opts.sheets.map(([n]) => n).join("、"), opts.outcome);
    return fromOffice(e, action, opts.outcome);
  }
}
