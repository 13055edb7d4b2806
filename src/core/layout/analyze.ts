// Reads a sheet into its layout and plan items, whatever the shape.

import { Grid } from "../grid";
import { legendMarks } from "../legend";
import type { ColumnInfo, Layout, PlanItem, SheetSnapshot } from "../types";
import { withMarks } from "../vocabulary";
import { eraOfText, guessBareYear, parseYearHeader, yearOfTitles } from "../fiscal";
import { findCardLabelColumn, scanCards, type CardScan } from "./cards";
import {
  LEGEND_SHEET_NAMES,
  MASTER_SHEET_NAMES,
  VOCABULARY_SHEET_NAMES,
  type AnalyzeOptions,
  type SheetModel,
} from "./model";
import { isSummarySheet } from "../summary/labels";
import { clearSheetCaches } from "../text/sheetCache";
import { LevelNames, writtenText } from "./levelNames";
import { lineOf } from "./rows";
import { gradable, indicatorColumns, readIndicators } from "../indicators/read";
import type { Indicator } from "../indicators/model";
import {
  blockItems,
  pooledColumnTexts,
  resolveColumns,
  scanTables,
  yearResolver,
  type ResolvedColumn,
} from "./table";

function emptyModel(name: string, opts: AnalyzeOptions): SheetModel {
  return {
    name,
    layout: "none",
    items: [],
    columns: [],
    planYears: [],
    actualYears: [],
    actualStatusYears: [],
    hasDepartments: false,
    statusRules: false,
    list: false,
    ambiguousYears: [],
    vocabulary: opts.vocabulary,
    legends: [],
    levelNames: [],
    indicators: [],
  };
}

const sorted = (ys: Iterable<number>): number[] => [...new Set(ys)].sort((a, b) => a - b);

/** Years of the items' cells of one kind, without building an array per item. */
function yearsOf(items: PlanItem[], kinds: ("schedule" | "actuals" | "results")[]): number[] {
  const ys = new Set<number>();
  for (const item of items) for (const k of kinds) for (const s of item[k]) ys.add(s.year);
  return sorted(ys);
}

/** Bare year labels of the cards (24年度) when the sheet names no era. */
function ambiguousCardYears(grid: Grid, cards: CardScan, opts: AnalyzeOptions): SheetModel["ambiguousYears"] {
  if (eraOfText(cards.eraTexts) !== null) return [];
  return cards.yearCellsSeen.flatMap((y) => {
    const header = parseYearHeader(y.text);
    if (header?.bare === undefined) return [];
    return [{ cell: grid.ref(y.row, y.col), year: guessBareYear(header.bare, opts.review.fiscalYear) }];
  });
}

export function analyzeSheet(snapshot: SheetSnapshot, opts: AnalyzeOptions): SheetModel {
  try {
    return analyze(snapshot, opts);
  } finally {
    clearSheetCaches();
  }
}

function analyze(snapshot: SheetSnapshot, opts: AnalyzeOptions): SheetModel {
  const name = snapshot.name;
  const reserved = [...MASTER_SHEET_NAMES, ...VOCABULARY_SHEET_NAMES, ...LEGEND_SHEET_NAMES].map((n) =>
    n.toLowerCase(),
  );
  if (reserved.includes(name.trim().toLowerCase())) return emptyModel(name, opts);
  const grid = new Grid(snapshot);
  if (snapshot.values.length === 0) return emptyModel(name, opts);
  if (isSummarySheet(name, grid.text(grid.top, grid.left))) return emptyModel(name, opts);

  // A legend anywhere on the sheet — in one cell, across cells, one entry a row, above or below the
  // table — gives its marks to every status cell of the sheet.
  let vocabulary = opts.vocabulary;
  const legends: string[] = [];
  for (let r = grid.top; r <= grid.bottom; r = grid.nextRow(r)) {
    const line = lineOf(grid, r);
    if (line?.kind !== "legend") continue;
    vocabulary = withMarks(vocabulary, legendMarks(line.text, opts.vocabulary));
    legends.push(line.text);
  }

  const labelCol = findCardLabelColumn(grid);
  if (labelCol !== null) {
    const cards = scanCards(grid, labelCol, vocabulary, opts.review);
    const items = cards.items;
    return {
      ...emptyModel(name, opts),
      layout: "cards",
      items,
      planYears: yearsOf(items, ["schedule"]),
      actualYears: yearsOf(items, ["actuals", "results"]),
      actualStatusYears: yearsOf(items, ["actuals"]),
      hasDepartments: cards.hasDepartments,
      statusRules: true,
      ambiguousYears: ambiguousCardYears(grid, cards, opts),
      vocabulary,
      legends,
      levelNames: cards.levelNames,
    };
  }

  const scan = scanTables(grid);
  if (scan.blocks.length === 0) return { ...emptyModel(name, opts), vocabulary, legends };
  // The sheet's own year (its title or name: H25実施結果) dates result columns that name none and
  // headers counted from it (前年度実績); else the review year does.
  const sheetYear = yearOfTitles([...scan.titleTexts, name]) ?? opts.review.fiscalYear;
  const years = yearResolver(scan.eraTexts, opts.review, sheetYear);
  const items: PlanItem[] = [];
  const allColumns: ResolvedColumn[][] = [];
  // The years of the items' cells, from the columns of the blocks that have items.
  const actualYears = new Set<number>();
  const actualStatusYears = new Set<number>();
  const pooled = pooledColumnTexts(grid, scan.blocks);
  const names = new LevelNames(writtenText(grid));
  const indicators: Indicator[] = [];
  for (const block of scan.blocks) {
    const columns = resolveColumns(grid, block, pooled, vocabulary, years.yearOf, opts.roleOverrides);
    allColumns.push(columns);
    const read = blockItems(grid, block, columns, vocabulary, opts.review, items.length, sheetYear, names);
    // A loop, not push(...): a sheet of 200,000 items would overflow the call stack.
    for (const item of read.items) items.push(item);
    if (read.items.length === 0) continue;
    // An indicator table's values are read while its rows are at hand; kept on an indicator sheet.
    if (columns.some((c) => c.role === "indicator") && !columns.some((c) => c.role === "item")) {
      const valueColumns = indicatorColumns(columns);
      if (gradable(valueColumns))
        for (const ind of readIndicators(grid, valueColumns, read.items, opts.review.fiscalYear))
          indicators.push(ind);
    }
    for (const a of read.cells.actual) {
      actualYears.add(a.year);
      actualStatusYears.add(a.year);
    }
    for (const a of read.cells.result) actualYears.add(a.year);
  }
  // Analysis is done with the rows: the items read their cells through merges, not row lists.
  grid.forgetRows();
  const flat = allColumns.flat();
  const has = (role: string) => flat.some((c) => c.role === role);
  const planCols = flat.filter((c) => c.role === "plan" && c.year !== undefined);
  let layout: Layout;
  // Indicators are the items of an indicator table; a table of items may carry an indicator column.
  if (has("indicator") && !has("item")) layout = "indicators";
  else if (planCols.length > 0) layout = "table";
  else if (has("target")) layout = "matrix";
  else if (has("result") || has("actual")) layout = "results";
  else if (items.length > 0) layout = "table";
  else layout = "none";

  const ambiguousYears: SheetModel["ambiguousYears"] = [];
  if (years.ambiguous) {
    const seen = new Set<string>();
    for (const c of flat) {
      const hc = c.headerCol;
      if (hc?.year?.bare !== undefined && hc.yearCell) {
        const ref = grid.ref(hc.yearCell.row, hc.yearCell.col);
        if (!seen.has(ref.address) && c.year !== undefined) ambiguousYears.push({ cell: ref, year: c.year });
        seen.add(ref.address);
      }
    }
  }
  const columns: ColumnInfo[] = (allColumns[0] ?? []).map(({ headerCol: _h, ...info }) => info);
  const statusRules = layout === "table" || layout === "results";
  const scheduled = flat.some(
    (c) => c.year !== undefined || c.role === "plan" || c.role === "actual" || c.role === "result",
  );
  return {
    name,
    layout,
    items: layout === "none" ? [] : items,
    columns,
    planYears: sorted(planCols.map((c) => c.year!)),
    actualYears: sorted(actualYears),
    actualStatusYears: sorted(actualStatusYears),
    hasDepartments: has("department"),
    statusRules,
    list: layout === "table" && items.length > 0 && !scheduled,
    ambiguousYears,
    vocabulary,
    legends,
    levelNames: layout === "none" ? [] : names.list,
    indicators: layout === "indicators" ? indicators : [],
  };
}
