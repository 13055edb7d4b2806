// Reads an item's department cell against the master (shared by the department rules).

import {
  isGeneric,
  partStatus,
  splitDepartments,
  type DepartmentPart,
  type PartStatus,
} from "../departments";
import { cellText } from "../text/normalize";
import type { PlanItem } from "../types";
import type { RuleContext } from "./rule";

export interface ReadDepartment {
  text: string;
  parts: { part: DepartmentPart; status: PartStatus }[];
}

const cache = new WeakMap<PlanItem, ReadDepartment | null>();

/** The department cell's names with their status; null when the item has no department cell or it is empty. */
export function readDepartment(item: PlanItem, ctx: RuleContext): ReadDepartment | null {
  if (cache.has(item)) return cache.get(item) ?? null;
  let read: ReadDepartment | null = null;
  if (item.department) {
    const text = cellText(item.department.value);
    if (text !== "") {
      const parts = splitDepartments(text, ctx.master).map((part) => ({
        part,
        status: ctx.master
          ? partStatus(part.key, ctx.master)
          : isGeneric(part.key)
            ? ({ kind: "generic" } as const)
            : ({ kind: "known" } as const),
      }));
      read = { text, parts };
    }
  }
  cache.set(item, read);
  return read;
}
