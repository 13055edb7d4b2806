// 前年度比較: last year's workbook and this year's, both checked, compared item by item. Each change
// is a finding of a comparison rule (rules/diff-*.ts), on a cell of this year's workbook, or on the
// row of last year's for an item that is gone.

import type { CheckOptions, WorkbookReport } from "../check";
import { CheckedFinding } from "../finding";
import { isClosed, reviewYear } from "../fiscal";
import { RULES } from "../rules";
import type { DiffContext, DiffReport, ItemPair, Rule } from "../rules/rule";
import { findingValue } from "../text/normalize";
import type { Finding } from "../types";
import { diffItems } from "./items";
import { matchItems } from "./match";

/** A place in one of the two workbooks. */
export interface DiffPlace {
  sheet: string;
  cell: string;
}

export interface DiffFinding extends Finding {
  /** The workbook the finding's cell is in: this year's, or last year's for an item that is gone. */
  book: "this" | "last";
  /** For a finding in this year's workbook, the cell of last year's it was compared with. */
  last?: DiffPlace;
  /** The item's title and policy (of last year's workbook for an item that is gone). */
  title: string;
  policy: string;
}

export interface DiffReportOut {
  findings: DiffFinding[];
  /** Items paired, gone and new: what the comparison saw, for the counts people are shown. */
  paired: number;
  dropped: number;
  added: number;
  /** Review days of the two workbooks (years closed as of last year's decide what is history). */
  lastAsOf: string;
  thisAsOf: string;
}

const COMPARE_RULES: Rule[] = RULES.filter((r) => r.compare);
const RULE_ORDER = new Map(COMPARE_RULES.map((r, i) => [r.meta.id, i]));

/** Compares two checked workbooks; rule settings as the checker takes them (off, or a severity). */
export function compareWorkbooks(
  last: WorkbookReport,
  now: WorkbookReport,
  opts: Pick<CheckOptions, "rules"> = {},
): DiffReportOut {
  const lastReview = reviewYear(last.asOf);
  const lastItems = diffItems(last);
  const thisItems = diffItems(now);
  const matching = matchItems(lastItems, thisItems);
  const inThis: { f: DiffFinding; order: number; rank: number }[] = [];
  const inLast: { f: DiffFinding; order: number; rank: number }[] = [];
  const pairs: ItemPair[] = [
    ...matching.pairs,
    ...matching.dropped.map((d) => ({ last: d, this: null })),
    ...matching.added.map((a) => ({ last: null, this: a })),
  ];
  for (const rule of COMPARE_RULES) {
    const setting = opts.rules?.[rule.meta.id] ?? rule.meta.severity;
    if (setting === "off") continue;
    const rank = RULE_ORDER.get(rule.meta.id)!;
    for (const pair of pairs) {
      const ctx: DiffContext = {
        closedInLast: (year) => isClosed(year, lastReview),
        report(r: DiffReport) {
          const side = r.inLast ? pair.last! : pair.this!;
          const checked = new CheckedFinding(
            side.sheet,
            r.cell.row,
            r.cell.col,
            rule.meta.id,
            setting,
            r.messageId,
            r.data ?? {},
            findingValue(r.cell.value),
          );
          checked.item = side.item.index;
          const f: DiffFinding = {
            ...checked.toJSON(),
            book: r.inLast ? "last" : "this",
            title: side.item.title,
            policy: side.item.path[0] ?? "",
          };
          if (r.last && pair.last) f.last = { sheet: pair.last.sheet, cell: r.last.address };
          (r.inLast ? inLast : inThis).push({ f, order: side.order, rank });
        },
      };
      rule.compare!(pair, ctx);
    }
  }
  // This year's in its order (item, then cell, then rule), then what is gone in last year's order.
  const sort = (list: typeof inThis) =>
    list
      .sort((a, b) => a.order - b.order || a.f.row - b.f.row || a.f.col - b.f.col || a.rank - b.rank)
      .map((x) => x.f);
  return {
    findings: [...sort(inThis), ...sort(inLast)],
    paired: matching.pairs.length,
    dropped: matching.dropped.length,
    added: matching.added.length,
    lastAsOf: last.asOf,
    thisAsOf: now.asOf,
  };
}
