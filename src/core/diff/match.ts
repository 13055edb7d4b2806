// Pairs last year's items with this year's. Each step pairs only what it can tell apart: an item
// with two equally good partners stays unpaired, and is reported as dropped or added rather than
// paired by a guess.
//   1. the same policy path and title (notation aside);
//   2. the same title under another path (a policy renamed or an item moved), one on each side;
//   3. a title with a small edit, of the same departments (or, without departments, the same path);
//   4. a title rewritten, standing where the other stood (between the same paired neighbours), of
//      the same departments and the same plan — unless the two titles are one title numbered apart
//      (第一期 and 第二期 are two items, whatever else they share).

import type { DiffItem } from "./items";
import { numberedApart, numerals, smallEdit } from "./itemKey";

export interface Matching {
  pairs: { last: DiffItem; this: DiffItem }[];
  /** Last year's items with no partner. */
  dropped: DiffItem[];
  /** This year's items with no partner. */
  added: DiffItem[];
}

class Pairing {
  readonly partnerOfLast = new Map<DiffItem, DiffItem>();
  readonly partnerOfThis = new Map<DiffItem, DiffItem>();
  constructor(
    readonly last: DiffItem[],
    readonly now: DiffItem[],
  ) {}
  pair(a: DiffItem, b: DiffItem): void {
    this.partnerOfLast.set(a, b);
    this.partnerOfThis.set(b, a);
  }
  freeLast(): DiffItem[] {
    return this.last.filter((i) => !this.partnerOfLast.has(i));
  }
  freeThis(): DiffItem[] {
    return this.now.filter((i) => !this.partnerOfThis.has(i));
  }
}

function groupBy(items: DiffItem[], key: (i: DiffItem) => string): Map<string, DiffItem[]> {
  const out = new Map<string, DiffItem[]>();
  for (const i of items) {
    const k = key(i);
    const g = out.get(k);
    if (g) g.push(i);
    else out.set(k, [i]);
  }
  return out;
}

/**
 * Pairs items of equal keys. Where a key has several items on a side (one item written twice),
 * those of the same departments pair first, then the rest in sheet order.
 */
function pairEqualKeys(p: Pairing, key: (i: DiffItem) => string, onlyOnePerSide: boolean): void {
  const now = groupBy(p.freeThis(), key);
  for (const [k, lastGroup] of groupBy(p.freeLast(), key)) {
    const thisGroup = now.get(k);
    if (!thisGroup || k === "") continue;
    if (onlyOnePerSide && (lastGroup.length > 1 || thisGroup.length > 1)) continue;
    const left = [...thisGroup];
    const rest: DiffItem[] = [];
    for (const a of lastGroup) {
      const i = left.findIndex((b) => b.department === a.department);
      if (i >= 0) p.pair(a, left.splice(i, 1)[0]);
      else rest.push(a);
    }
    rest.forEach((a, i) => {
      if (left[i]) p.pair(a, left[i]);
    });
  }
}

/** Pairs the items that have exactly one candidate, each the other's only one. */
function pairUnique(
  p: Pairing,
  last: DiffItem[],
  now: DiffItem[],
  fits: (a: DiffItem, b: DiffItem) => boolean,
) {
  const candidates = new Map<DiffItem, DiffItem[]>();
  const backwards = new Map<DiffItem, number>();
  for (const a of last) {
    const c = now.filter((b) => fits(a, b));
    candidates.set(a, c);
    for (const b of c) backwards.set(b, (backwards.get(b) ?? 0) + 1);
  }
  for (const [a, c] of candidates) if (c.length === 1 && backwards.get(c[0]) === 1) p.pair(a, c[0]);
}

function sameOwners(a: DiffItem, b: DiffItem): boolean {
  return a.department !== "" || b.department !== "" ? a.department === b.department : a.path === b.path;
}

/** This year's free items standing where `a` stood: between the partners of its paired neighbours. */
function slot(
  p: Pairing,
  a: DiffItem,
  bySheet: Map<string, DiffItem[]>,
  lastBySheet: Map<string, DiffItem[]>,
) {
  const own = lastBySheet.get(a.sheet)!;
  let before: DiffItem | undefined;
  for (let i = a.pos - 1; i >= 0 && !before; i--) before = p.partnerOfLast.get(own[i]);
  let after: DiffItem | undefined;
  for (let i = a.pos + 1; i < own.length && !after; i++) after = p.partnerOfLast.get(own[i]);
  const sheet = before?.sheet ?? after?.sheet;
  if (sheet === undefined || (before && after && before.sheet !== after.sheet)) return [];
  const items = bySheet.get(sheet)!;
  const from = before ? before.pos + 1 : 0;
  const to = after ? after.pos : items.length;
  return items.slice(from, to).filter((b) => !p.partnerOfThis.has(b));
}

export function matchItems(last: DiffItem[], now: DiffItem[]): Matching {
  const p = new Pairing(last, now);
  pairEqualKeys(p, (i) => (i.title ? `${i.path}\u0001${i.title}` : ""), false);
  pairEqualKeys(p, (i) => i.title, true);
  // Only titles of the same numbers and owners can be a small edit apart: compared within those.
  const bucket = (i: DiffItem) =>
    `${numerals(i.title)}\u0000${i.department ? `d${i.department}` : `p${i.path}`}`;
  const freeNow = groupBy(
    p.freeThis().filter((b) => b.title !== ""),
    bucket,
  );
  for (const [k, lastGroup] of groupBy(
    p.freeLast().filter((a) => a.title !== ""),
    bucket,
  )) {
    const nowGroup = freeNow.get(k);
    if (nowGroup)
      pairUnique(p, lastGroup, nowGroup, (a, b) => sameOwners(a, b) && smallEdit(a.title, b.title));
  }
  const bySheet = groupBy(now, (i) => i.sheet);
  const lastBySheet = groupBy(last, (i) => i.sheet);
  // A rewritten title is told by where the item stands, its departments and its plan, all of them said.
  for (const a of p.freeLast()) {
    if (!a.department || !a.schedule) continue;
    const fits = slot(p, a, bySheet, lastBySheet).filter(
      (b) => b.department === a.department && b.schedule === a.schedule && !numberedApart(a.title, b.title),
    );
    if (fits.length !== 1) continue;
    const rivals = p
      .freeLast()
      .filter(
        (o) =>
          o !== a &&
          o.department === a.department &&
          o.schedule === a.schedule &&
          !numberedApart(o.title, fits[0].title),
      );
    // Another of last year's items that would fit the same place makes it a guess.
    if (rivals.some((o) => slot(p, o, bySheet, lastBySheet).includes(fits[0]))) continue;
    p.pair(a, fits[0]);
  }
  const pairs = last.flatMap((a) => {
    const b = p.partnerOfLast.get(a);
    return b ? [{ last: a, this: b }] : [];
  });
  return { pairs, dropped: p.freeLast(), added: p.freeThis() };
}
