// 取りまとめ: every counted item of every collected workbook on one sheet that is itself a plan
// sheet — a header row the engine reads as a table (方針 › 区分 › 取組, 担当課, a 計画, 実績 and
// 実施結果 column per year) — so that checking it gives each item the findings it had in its own
// file. The years are the union of every file's years (西暦 年度, which no era can make ambiguous);
// an item has empty cells in the years its own sheet has no column for.
//
// Which items: those the summaries count (entries.ts), so that the 取りまとめ and the summary
// sheets beside it hold the same items, each once.

import type { WorkbookReport } from "../check";
import type { DepartmentMaster } from "../departments";
import type { Lang } from "../messages";
import type { Message } from "../rules/rule";
import { cellText } from "../text/normalize";
import type { CellValue, Severity } from "../types";
import { summaryTables } from "./build";
import { text } from "./columns";
import { counted, fileLabel, summaryEntries, type SummaryEntry, type SummarySource } from "./entries";
import { departmentText, stateLabel } from "./itemCells";
import {
  COLLECTED_FILES_SHEET,
  COLLECTED_FILES_TITLE,
  COLLECTED_MASTER_SHEET,
  COLLECTED_MASTER_TITLE,
  COLLECTED_SHEET,
  COLLECTED_TITLE,
  COLUMN,
  ROW,
} from "./labels";
import type { SummaryColumn, SummaryRow, SummaryTable } from "./tables";

export { COLLECTED_SHEET, COLLECTED_TITLE };

/** A second-level cell left blank would read as "same as above": an item without one says so. */
const NO_SECOND: Message = { ja: "（区分なし）", en: "(no group)" };

type Kind = "plan" | "actual" | "result";
const KIND_HEADER: Record<Kind, string> = { plan: "計画", actual: "実績", result: "実施結果" };

/** What a cell held, as a summary cell: numbers stay numbers, the rest its text as written. */
function asCell(v: CellValue): string | number | null {
  if (typeof v === "number") return v;
  return cellText(v) || null;
}

/** The item's cells of one kind, by fiscal year. */
function byYear(e: SummaryEntry, kind: Kind): Map<number, CellValue> {
  const list = kind === "plan" ? e.item.schedule : kind === "actual" ? e.item.actuals : e.item.results;
  const out = new Map<number, CellValue>();
  for (const s of list) if (!out.has(s.year)) out.set(s.year, s.cell.value);
  return out;
}

const same = (word: string): Message => ({ ja: word, en: word });

/**
 * A column titled in Japanese in either language: the header row is a plan sheet's, in the words
 * the engine reads (方針, 区分, 取組, 内容, 担当課, 2013年度計画 …); the sheet's title is translated.
 */
function header(key: string, width: number): SummaryColumn {
  const c = text(key, width, true);
  return { ...c, title: same(COLUMN[key].ja) };
}

export interface CollectedTable extends SummaryTable {
  /** Per row, the item it carries. */
  entries: SummaryEntry[];
}

/** The year columns one sheet has (kind and year), as a key: items of one key share a header. */
function layoutKey(columns: YearColumn[]): string {
  return columns.map((c) => `${c.kind}${c.year}`).join(",");
}

interface YearColumn {
  year: number;
  kind: Kind;
}

/**
 * The year columns a sheet has: the kinds and years its items hold cells for. An item has a cell
 * wherever its sheet has the column, so any item of the sheet shows them all.
 */
function sheetYearColumns(items: Record<Kind, Map<number, CellValue>>[]): YearColumn[] {
  const kinds: Kind[] = ["plan", "actual", "result"];
  const years = [...new Set(items.flatMap((c) => kinds.flatMap((k) => [...c[k].keys()])))].sort(
    (a, b) => a - b,
  );
  return years.flatMap((y) =>
    kinds.filter((k) => items.some((c) => c[k].has(y))).map((k) => ({ year: y, kind: k })),
  );
}

/**
 * The 取りまとめ sheets: one per layout — the year columns a sheet has and whether it has a department
 * column, and its legend — since a sheet's layout decides its findings (a plan-only sheet gives item-due, never
 * item-overdue; a sheet without a department column never department-missing). Files made from one
 * template make one sheet; "取りまとめ_2" … hold the items of other layouts.
 */
export function collectedTables(sources: SummarySource[], lang: Lang): CollectedTable[] {
  const all = summaryEntries(sources);
  const kinds: Kind[] = ["plan", "actual", "result"];
  const cellsOf = new Map(
    all.map((e) => [
      e,
      Object.fromEntries(kinds.map((k) => [k, byYear(e, k)])) as Record<Kind, Map<number, CellValue>>,
    ]),
  );
  const bySheet = new Map<SummaryEntry["sheet"], SummaryEntry[]>();
  for (const e of all) {
    const list = bySheet.get(e.sheet);
    if (list) list.push(e);
    else bySheet.set(e.sheet, [e]);
  }
  const groups = new Map<
    string,
    { columns: YearColumn[]; department: boolean; legends: string[]; entries: SummaryEntry[] }
  >();
  for (const entries of bySheet.values()) {
    const columns = sheetYearColumns(entries.map((e) => cellsOf.get(e)!));
    const department = entries.some((e) => e.item.department !== null);
    // A legend gives marks their meaning on its own sheet: sheets with other legends stay apart.
    const legends = entries[0].sheet.legends ?? [];
    const key = [department, layoutKey(columns), ...legends].join("\u0000");
    const group = groups.get(key) ?? { columns, department, legends, entries: [] };
    group.entries.push(...entries);
    groups.set(key, group);
  }
  const second = all.some((e) => e.item.path.length > 1);
  return [...groups.values()].map((t, g) => {
    const columns: SummaryColumn[] = [
      header("file", 22),
      header("sheet", 12),
      header("policy", 16),
      ...(second ? [header("second", 14)] : []),
      header("title", 24),
      header("detail", 28),
      ...(t.department ? [header("department", 12)] : []),
      header("state", 10),
      header("finding", 36),
      header("cell", 8),
      ...t.columns.map((c): SummaryColumn => ({
        key: `${c.kind}${c.year}`,
        title: same(`${c.year}年度${KIND_HEADER[c.kind]}`),
        kind: "text",
        width: c.kind === "result" ? 30 : 10,
        wrap: true,
      })),
    ];
    const rows: SummaryRow[] = t.entries.map((e) => {
      const cells = cellsOf.get(e)!;
      const findings = e.findings.map((f) => (lang === "ja" ? f.message : f.messageEn));
      return {
        cells: [
          fileLabel(e.source, sources.indexOf(e.source)),
          e.sheet.name,
          e.item.path[0] || ROW.noPolicy[lang],
          ...(second ? [e.item.path[1] || NO_SECOND[lang]] : []),
          e.item.title || null,
          e.item.detail || null,
          ...(t.department ? [departmentText(e)] : []),
          stateLabel(e, lang),
          findings.length ? findings.join("\n") : null,
          e.item.range.split(":")[0],
          ...t.columns.map((c) => asCell(cells[c.kind].get(c.year) ?? null)),
        ],
      };
    });
    return {
      sheetName: g === 0 ? COLLECTED_SHEET : `${COLLECTED_SHEET}_${g + 1}`,
      title: COLLECTED_TITLE,
      // The legend lines above the header, where the engine reads them.
      ...(t.legends.length ? { notes: t.legends.map(same) } : {}),
      columns,
      rows,
      filter: true,
      entries: t.entries,
    };
  });
}

/** A collected file: its check, or why it could not be read. */
export interface CollectedFile {
  file: string;
  report?: WorkbookReport;
  master?: DepartmentMaster | null;
  error?: string;
}

const FILE_STATE = {
  read: { ja: "読み込み済み", en: "Read" },
  unread: { ja: "読めません", en: "Not read" },
} satisfies Record<string, Message>;

const SEVERITIES: Severity[] = ["error", "warning", "info"];

/** 取りまとめ_ファイル一覧: every file picked, read or not, with its counts or the reason. */
export function fileListTable(files: CollectedFile[], collected: CollectedTable[], lang: Lang): SummaryTable {
  const sheetsOf = (file: string) =>
    collected.filter((t) => t.entries.some((e) => e.source.file === file)).map((t) => t.sheetName);
  const rows: SummaryRow[] = files.map((f) => {
    if (!f.report)
      return { cells: [f.file, FILE_STATE.unread[lang], null, null, null, null, null, f.error ?? null] };
    const sheets = f.report.sheets.filter((s) => s.layout !== "none");
    const items = f.report.sheets.filter(counted).reduce((n, s) => n + s.items.length, 0);
    return {
      cells: [
        f.file,
        FILE_STATE.read[lang],
        sheets.length,
        items,
        ...SEVERITIES.map((sev) =>
          sheets.reduce((n, s) => n + s.findings.filter((x) => x.severity === sev).length, 0),
        ),
        sheetsOf(f.file).join("、") || null,
      ],
    };
  });
  const read = files.filter((f) => f.report).length;
  return {
    sheetName: COLLECTED_FILES_SHEET,
    title: COLLECTED_FILES_TITLE,
    subtitle: {
      ja: `${files.length}ファイル中 ${read}ファイルを読み込みました`,
      en: `${read} of ${files.length} files read`,
    },
    columns: [
      text("file", 28, true),
      { key: "read", title: { ja: "読み込み", en: "Read" }, kind: "text", width: 10 },
      { key: "sheets", title: { ja: "シート数", en: "Sheets" }, kind: "integer", width: 7 },
      { key: "items", title: COLUMN.items, kind: "integer", width: 6 },
      ...SEVERITIES.map((s): SummaryColumn => ({ key: s, title: COLUMN[s], kind: "integer", width: 7 })),
      {
        key: "note",
        title: { ja: "取りまとめシート・読めない理由", en: "Collected on · why not read" },
        kind: "text",
        width: 40,
        wrap: true,
      },
    ],
    rows,
  };
}

/** Whether two masters hold the same names and the same former names. */
function sameMaster(a: DepartmentMaster, b: DepartmentMaster): boolean {
  const names = (m: DepartmentMaster) => JSON.stringify([...m.names].sort());
  const aliases = (m: DepartmentMaster) => JSON.stringify([...m.aliases.entries()].sort());
  return names(a) === names(b) && aliases(a) === aliases(b);
}

/**
 * 課一覧: the department master every collected file was checked with, so that checking the
 * 取りまとめ gives the department findings the files had (department-renamed needs the former
 * names). Null when the files used different masters, or some none: one master for all would then
 * give some items findings their own file did not.
 */
export function masterTable(sources: SummarySource[]): SummaryTable | null {
  const first = sources[0]?.master ?? null;
  if (!first || sources.some((s) => !s.master || !sameMaster(s.master, first))) return null;
  const former = new Map<string, string[]>();
  for (const [old, current] of first.aliases) former.set(current, [...(former.get(current) ?? []), old]);
  return {
    sheetName: COLLECTED_MASTER_SHEET,
    title: COLLECTED_MASTER_TITLE,
    // The master sheet's own header words (課名, 旧名称), in either language.
    columns: [
      { key: "name", title: same("課名"), kind: "text", width: 24 },
      { key: "former", title: same("旧名称"), kind: "text", width: 36, wrap: true },
    ],
    rows: first.names.map((n) => ({ cells: [n, former.get(n)?.join("、") ?? null] })),
  };
}

/**
 * Everything collecting writes, both doors alike: the 取りまとめ sheets, the list of files, and the
 * summary sheets over every file read.
 */
export function collectTables(
  files: CollectedFile[],
  lang: Lang,
  opts: { master?: boolean } = {},
): SummaryTable[] {
  const sources: SummarySource[] = files
    .filter((f) => f.report)
    .map((f) => ({ file: f.file, report: f.report!, master: f.master ?? null }));
  const collected = collectedTables(sources, lang);
  const master = opts.master ? masterTable(sources) : null;
  return [
    ...collected,
    fileListTable(files, collected, lang),
    ...(master ? [master] : []),
    ...summaryTables(sources, { lang, perFile: true }),
  ];
}
