// The department master (課一覧) and reading a department cell that may name several departments.

import { headerKey, squash, cellText } from "./text/normalize";
import type { CellValue } from "./types";
import { GENERIC_DEPARTMENTS } from "./vocabulary";

export interface DepartmentMaster {
  /** Current names as written. */
  names: string[];
  /** Normalised name → name as written. */
  byKey: Map<string, string>;
  /** Normalised former name → current name as written. */
  aliases: Map<string, string>;
  /** Where the list came from: "sheet:課一覧", "settings", "file:…". */
  source: string;
}

const ALIAS_HEADERS = ["旧名称", "旧課名", "旧所属名", "別名", "alias", "旧名"];

// Headers of the name column of a master list.
const NAME_HEADERS = [
  "課名",
  "所属名",
  "部署名",
  "部課名",
  "担当課",
  "所属",
  "部署",
  "課",
  "名称",
  "name",
  "department",
  "departments",
];

/**
 * Where a master list's names are: its header row and name column. The header is the first row
 * that names the column (課名, 所属名 …), else the first row holding anything; rows above it are a
 * title or a date, and empty rows and columns around the list change nothing.
 */
function masterHeader(rows: CellValue[][]): { row: number; col: number } | null {
  let first: { row: number; col: number } | null = null;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const k = headerKey(cellText(row[c] ?? null)).toLowerCase();
      if (k === "") continue;
      first ??= { row: r, col: c };
      if (NAME_HEADERS.includes(k)) return { row: r, col: c };
    }
    // A title row stands alone; a header of several cells without a name word is the header.
    if (first && (row.filter((v) => cellText(v ?? null) !== "").length > 1 || r > first.row + 2))
      return first;
  }
  return first;
}

/** Builds a master from rows: a name column (its header skipped) holds current names, an alias column maps old names. */
export function masterFromRows(rows: CellValue[][], source: string): DepartmentMaster {
  const master: DepartmentMaster = { names: [], byKey: new Map(), aliases: new Map(), source };
  const at = masterHeader(rows);
  if (!at) return master;
  const header = (rows[at.row] ?? []).map((v) => headerKey(cellText(v ?? null)).toLowerCase());
  const aliasCol = header.findIndex((h, i) => i > at.col && ALIAS_HEADERS.some((a) => h === a.toLowerCase()));
  for (const row of rows.slice(at.row + 1)) {
    if (!row) continue;
    const name = cellText(row[at.col] ?? null);
    if (name === "") continue;
    addName(master, name);
    if (aliasCol > 0) {
      for (const old of cellText(row[aliasCol] ?? null).split(/[、,，\n]/)) {
        if (old.trim()) master.aliases.set(squash(old), name);
      }
    }
  }
  return master;
}

export function masterFromNames(
  names: string[],
  aliases: Record<string, string>,
  source: string,
): DepartmentMaster {
  const master: DepartmentMaster = { names: [], byKey: new Map(), aliases: new Map(), source };
  for (const n of names) if (n.trim()) addName(master, n.trim());
  for (const [old, current] of Object.entries(aliases)) master.aliases.set(squash(old), current);
  return master;
}

function addName(master: DepartmentMaster, name: string): void {
  const key = squash(name);
  if (master.byKey.has(key)) return;
  master.names.push(name);
  master.byKey.set(key, name);
}

export interface DepartmentPart {
  /** The name as written in the cell. */
  text: string;
  key: string;
  start: number;
  end: number;
}

// Separators between names; a space before a parenthesised unit joins it to its name.
const SEPARATOR = /[・、，,/／]|及び|[\s\u3000]+(?![（(])/gu;

const splits = new WeakMap<object, Map<string, DepartmentPart[]>>();
const NO_MASTER = {};

/** Splits a department cell into names, matching master names that contain a separator first. */
export function splitDepartments(text: string, master: DepartmentMaster | null): DepartmentPart[] {
  let cache = splits.get(master ?? NO_MASTER);
  if (!cache) splits.set(master ?? NO_MASTER, (cache = new Map()));
  let parts = cache.get(text);
  if (!parts) {
    parts = split(text, master);
    if (cache.size < 10000) cache.set(text, parts);
  }
  return parts;
}

function split(text: string, master: DepartmentMaster | null): DepartmentPart[] {
  const parts: DepartmentPart[] = [];
  const taken: [number, number][] = [];
  if (master) {
    for (const name of master.names) {
      if (!/[・、，,/／\s]|及び/.test(name)) continue;
      let from = 0;
      let i: number;
      while ((i = text.indexOf(name, from)) >= 0) {
        parts.push({ text: name, key: squash(name), start: i, end: i + name.length });
        taken.push([i, i + name.length]);
        from = i + name.length;
      }
    }
  }
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const t = raw.trim();
    if (t && !taken.some(([a, b]) => start < b && end > a)) {
      parts.push({ text: t, key: squash(t), start: start + lead, end: start + lead + t.length });
    }
  };
  for (const m of text.matchAll(SEPARATOR)) {
    const at = m.index ?? 0;
    if (taken.some(([a, b]) => at >= a && at < b)) continue;
    push(at);
    start = at + m[0].length;
  }
  push(text.length);
  return parts.sort((a, b) => a.start - b.start);
}

export type PartStatus =
  { kind: "known" } | { kind: "generic" } | { kind: "renamed"; current: string } | { kind: "unknown" };

export function isGeneric(key: string): boolean {
  return GENERIC_DEPARTMENTS.some((g) => squash(g) === key);
}

// A 課 written with its 部 or 局 before it (市民生活部市民環境課): the unit after the last 部 or 局.
const DIVISION = /^.+?(?:部|局)(?!$)(.+?[課室係所館]|.+センター)$/u;

/** The unit of a name written with its division before it, or null. */
function unitOf(key: string): string | null {
  return DIVISION.exec(key)?.[1] ?? null;
}

const unitsOf = new WeakMap<DepartmentMaster, Set<string>>();

/** Units of the master's names written with their division (to match a cell that leaves it out). */
function masterUnits(master: DepartmentMaster): Set<string> {
  let units = unitsOf.get(master);
  if (!units) {
    units = new Set();
    for (const key of master.byKey.keys()) {
      const u = unitOf(key);
      if (u) units.add(u);
    }
    unitsOf.set(master, units);
  }
  return units;
}

/**
 * Whether a name is in the master (ward pattern: 各区 + a listed name; a 部 and 課 written together
 * or not, either way round), a former name, or generic.
 */
export function partStatus(key: string, master: DepartmentMaster): PartStatus {
  if (master.byKey.has(key)) return { kind: "known" };
  const unit = unitOf(key);
  if ((unit && master.byKey.has(unit)) || masterUnits(master).has(key)) return { kind: "known" };
  // Ward patterns: 各区 + a listed name (各区総務企画課), or 各 + a listed ward office (各区役所).
  if (key.startsWith("各区") && (master.byKey.has(key.slice(2)) || master.byKey.has(key.slice(1))))
    return { kind: "known" };
  const current = master.aliases.get(key);
  if (current) return { kind: "renamed", current };
  if (isGeneric(key)) return { kind: "generic" };
  return { kind: "unknown" };
}

/** The cell text with some parts replaced (a fix is the whole corrected cell value). */
export function replaceParts(text: string, replacements: { part: DepartmentPart; by: string }[]): string {
  let out = text;
  for (const { part, by } of [...replacements].sort((a, b) => b.part.start - a.part.start)) {
    out = out.slice(0, part.start) + by + out.slice(part.end);
  }
  return out;
}
