// Reads an item's department cell against the master (shared by the department rules).

import {
  isGeneric,
  partStatus,
  splitDepartments,
  type DepartmentPart,
  type PartStatus,
} from "../departments";
import { filledText } from "../text/normalize";
import type { PlanItem } from "../types";
import type { RuleContext } from "./rule";

export interface ReadDepartment {
  text: string;
  parts: { part: DepartmentPart; status: PartStatus }[];
}

// Department cells repeat a few names: read each text once per master (readers never mutate).
const byMaster = new WeakMap<object, Map<string, ReadDepartment>>();
const NO_MASTER = {};
let lastMaster: object | null = null;
let lastCache = new Map<string, ReadDepartment>();

/** The department cell's names with their status; null when the item has no department cell or it is empty. */
export function readDepartment(item: PlanItem, ctx: RuleContext): ReadDepartment | null {
  if (!item.department) return null;
  const text = filledText(item.department.value);
  if (text === "") return null;
  const master = ctx.master ?? NO_MASTER;
  if (master !== lastMaster) {
    let cache = byMaster.get(master);
    if (!cache) byMaster.set(master, (cache = new Map()));
    lastMaster = master;
    lastCache = cache;
  }
  const hit = lastCache.get(text);
  if (hit) return hit;
  const parts = splitDepartments(text, ctx.master).map((part) => ({
    part,
    status: ctx.master
      ? partStatus(part.key, ctx.master)
      : isGeneric(part.key)
        ? ({ kind: "generic" } as const)
        : ({ kind: "known" } as const),
  }));
  const read = { text, parts };
  if (lastCache.size < 10000) lastCache.set(text, read);
  return read;
}
