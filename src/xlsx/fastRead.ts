// Reads an .xlsx straight from its zip into the engine's snapshots, for `plan-review check`
// without --out: only each worksheet's values, merged ranges, name and visibility, without
// building ExcelJS's workbook model (styles, rows and cell objects the check never uses). The
// result is exactly what `workbookSheets(await loadWorkbook(buffer))` (read.ts) returns: the same
// sheets in the same order, the same values (ExcelJS's decoding, its date formats, date1904) and
// merges. Whatever it is not sure of throws FastReadUnsupported, and the caller reads the file
// with ExcelJS instead.

import exceljsUtils from "exceljs/lib/utils/utils";
import type { CellRange, CellValue, SheetSnapshot } from "../core/types";
import {
  children,
  expectRoot,
  readDateStyles,
  readRelationships,
  readRun,
  readSharedStrings,
  readWorkbookPart,
  walk,
  type SheetEntry,
} from "./fastParts";
import type { WorkbookSheet } from "./read";
import { CLOSE, OPEN, unsupported, XmlScanner } from "./xmlScanner";
import { ZipParts } from "./zipParts";

export { FastReadUnsupported } from "./xmlScanner";

/** The entries ExcelJS parses as worksheets (its pattern, unanchored as it is). */
const WORKSHEET_PART = /xl\/worksheets\/sheet(\d+)[.]xml/;

const STATES = new Set(["visible", "hidden", "veryHidden"]);

interface Workbook {
  strings: (string | null)[] | undefined;
  dateStyles: boolean[];
  date1904: boolean;
  zip: ZipParts;
}

/** The workbook's worksheets as `workbookSheets(await loadWorkbook(buffer))` returns them. */
export function fastWorkbookSheets(buffer: Buffer): WorkbookSheet[] {
  const zip = new ZipParts(buffer);
  const part = (name: string): string => {
    const text = zip.text(name);
    if (text === undefined) unsupported(name, "missing");
    return text;
  };
  const workbook = readWorkbookPart(part("xl/workbook.xml"));
  const rels = readRelationships(part("xl/_rels/workbook.xml.rels"), "xl/_rels/workbook.xml.rels");
  const book: Workbook = {
    // ExcelJS reads these two by their fixed names, whatever the relationships say.
    strings: zip.has("xl/sharedStrings.xml") ? readSharedStrings(part("xl/sharedStrings.xml")) : undefined,
    dateStyles: readDateStyles(part("xl/styles.xml")),
    date1904: workbook.date1904,
    zip,
  };
  const sheets = worksheetsOf(workbook.sheets, rels, zip);
  const out = sheets.map(({ entry, path }) => ({
    snapshot: readWorksheet(part(path), path, entry.name, book),
    state: (entry.state ?? "visible") as WorkbookSheet["state"],
  }));
  zip.inflateRest();
  return out;
}

/**
 * The sheets ExcelJS would list, in its order: those of workbook.xml whose relationship leads to a
 * worksheet part (chartsheets and the like are left out, as ExcelJS leaves them out).
 */
function worksheetsOf(
  sheets: SheetEntry[],
  rels: Map<string, string | undefined>,
  zip: ZipParts,
): { entry: SheetEntry; path: string }[] {
  const fail: (what: string) => never = (what) => unsupported("xl/workbook.xml", what);
  const parts = new Set([...zip.names()].filter((n) => WORKSHEET_PART.test(n)));
  const ids = new Set(sheets.map((s) => s.sheetId));
  // ExcelJS orders and keeps sheets by id: each must be a distinct positive number.
  if (ids.size !== sheets.length) fail("two sheets with the same id");
  const found: { entry: SheetEntry; path: string }[] = [];
  const paths = new Set<string>();
  const names = new Set<string>();
  for (const entry of sheets) {
    if (entry.rId === undefined || !rels.has(entry.rId)) continue;
    const target = rels.get(entry.rId);
    if (target === undefined) fail(`sheet ${entry.name}: a relationship without a target`);
    const path = `xl/${target.replace(/^(\s|\/xl\/)+/, "")}`;
    if (!parts.has(path)) continue;
    if (paths.has(path)) fail(`two sheets in ${path}`);
    paths.add(path);
    if (!(Number.isInteger(entry.sheetId) && entry.sheetId > 0))
      fail(`sheet ${entry.name}: id ${entry.sheetId}`);
    if (entry.state !== undefined && !STATES.has(entry.state))
      fail(`sheet ${entry.name}: state ${entry.state}`);
    // Names ExcelJS refuses (it fails) or shortens (with a warning) are left to it.
    const name = entry.name;
    if (
      name === "" ||
      name === "History" ||
      name.length > 31 ||
      /[*?:/\\[\]]/.test(name) ||
      /(^')|('$)/.test(name)
    )
      fail(`sheet name ${name}`);
    if (names.has(name.toLowerCase())) fail(`sheet name ${name} twice`);
    names.add(name.toLowerCase());
    found.push({ entry, path });
  }
  // ExcelJS also reads worksheet parts no sheet refers to (and may fail on them).
  if (paths.size !== parts.size) fail("a worksheet part no sheet refers to");
  return found;
}

const WORKSHEET_SKIPPED = new Set([
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "autoFilter",
  "rowBreaks",
  "pageMargins",
  "dataValidations",
  "pageSetup",
  "headerFooter",
  "printOptions",
  "picture",
  "drawing",
  "sheetProtection",
  "tableParts",
  "conditionalFormatting",
  "extLst",
]);

let refRow = 0;
let refCol = 0;

/**
 * Decodes a reference as Excel writes it ("AB12") into refRow/refCol; false for anything else.
 * Not core/address.ts parseAddress: this runs once per cell, without a regular expression or an
 * object, and refuses the "$" and lower-case forms ExcelJS would read differently.
 */
function decodeRef(s: string): boolean {
  const n = s.length;
  let i = 0;
  let col = 0;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 65 || c > 90) break;
    col = col * 26 + c - 64;
  }
  if (i === 0 || i > 3 || i === n) return false;
  const first = s.charCodeAt(i);
  if (first < 49 || first > 57) return false;
  let row = 0;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
    row = row * 10 + c - 48;
  }
  if (col > 16384 || row > 1048576) return false;
  refRow = row;
  refCol = col;
  return true;
}

/** ExcelJS's excelToDate, then the snapshot's day (read.ts toCellValue). */
function dateValue(serial: unknown, date1904: boolean): CellValue {
  const d = exceljsUtils.excelToDate(Number(serial), date1904);
  return Number.isNaN(d.getTime()) ? null : { date: d.toISOString().slice(0, 10) };
}

function sameValue(a: CellValue, b: CellValue): boolean {
  if (a !== null && b !== null && typeof a === "object" && typeof b === "object") return a.date === b.date;
  return a === b || (Number.isNaN(a) && Number.isNaN(b));
}

function stringValue(s: string): CellValue {
  return s === "" ? null : s;
}

/**
 * A formula cell's cached result as ExcelJS reads it (cell-xform): a date when the cell's format
 * is one, even from an error; undefined without a result.
 */
function formulaResult(
  t: string | undefined,
  v: string | undefined,
  date: boolean,
  date1904: boolean,
): string | number | boolean | { error: string } | { date: CellValue } | undefined {
  if (v === undefined) return undefined;
  let result: string | number | boolean | { error: string };
  if (t === "str") result = exceljsUtils.xmlDecode(v);
  else if (t === "b") result = parseInt(v, 10) !== 0;
  else if (t === "e") result = { error: v };
  else result = parseFloat(v);
  return date ? { date: dateValue(result, date1904) } : result;
}

/**
 * The snapshot value of a formula result. ExcelJS's formula value leaves out a result that is
 * falsy (0, false, "", NaN) and, with no formula of its own, is no formula at all (null); the
 * text of a hyperlink on the cell keeps the result whatever it is (`whole`).
 */
function resultValue(result: ReturnType<typeof formulaResult>, whole: boolean): CellValue {
  if (result === undefined || (!whole && !result)) return null;
  if (typeof result === "string") return stringValue(result);
  if (typeof result === "object") return "date" in result ? result.date : result.error;
  return result;
}

/** One worksheet part as a snapshot (worksheetSnapshot in read.ts, without ExcelJS's model). */
function readWorksheet(xml: string, path: string, name: string, book: Workbook): SheetSnapshot {
  const sc: XmlScanner = new XmlScanner(xml, path);
  const { strings, dateStyles, date1904 } = book;
  expectRoot(sc, "worksheet");
  // Cells with a value (not null), by position.
  const valRows: number[] = [];
  const valCols: number[] = [];
  const vals: CellValue[] = [];
  let refless = false;
  const merges: CellRange[] = [];
  const links: { ref: string | undefined; rId: string }[] = [];
  // Shared formulas' masters by `si`: whether the master has an address.
  const masters = new Map<string, boolean>();
  // Formula cells whose value would differ under a hyperlink.
  const resultDiffers = new Set<string>();

  const readCell = (rowNum: number, state: { prevCol: number; lastCol: number }): void => {
    const r = sc.attr("r");
    const t = sc.attr("t");
    const s = sc.attr("s");
    const styleId = s ? parseInt(s, 10) : 0;
    let value: string | undefined;
    let runs: (string | undefined)[] | undefined;
    let formula: string | undefined;
    let formulaType: string | undefined;
    let formulaRef: string | undefined;
    let formulaSi: string | undefined;
    if (!sc.empty) {
      let inIs = false;
      for (;;) {
        const tok = sc.next();
        if (tok === CLOSE) {
          if (sc.name === "is" && inIs) {
            inIs = false;
            continue;
          }
          if (sc.name === "c" && !inIs) break;
          sc.fail(`</${sc.name}> in a cell`);
        }
        if (tok !== OPEN) sc.fail("a cell not closed");
        switch (sc.name) {
          case "v":
          case "t": {
            const text = sc.text();
            if (text === "") break;
            if (runs) sc.fail("text and rich text in one cell");
            value = value === undefined ? text : value + text;
            break;
          }
          case "f": {
            formulaType = sc.attr("t");
            formulaRef = sc.attr("ref");
            formulaSi = sc.attr("si");
            const text = sc.text();
            if (text !== "") formula = formula === undefined ? text : formula + text;
            break;
          }
          case "is":
            if (inIs) sc.fail("<is> in <is>");
            inIs = !sc.empty;
            break;
          case "r":
            if (value !== undefined) sc.fail("text and rich text in one cell");
            (runs ??= []).push(readRun(sc));
            break;
          default:
            sc.fail(`<${sc.name}> in a cell`);
        }
      }
    }
    const date = styleId ? dateStyles[styleId] === true : false;
    let cell: CellValue | undefined;
    if (formula !== undefined || formulaType) {
      if (runs) sc.fail("rich text in a formula cell");
      // A shared formula's other cells point at its master, known once the master was read.
      let own = formula !== undefined;
      if (formulaType === "shared") {
        if (formulaRef) masters.set(String(formulaSi), Boolean(r));
        else own ||= masters.get(String(formulaSi)) === true;
      }
      const result = formulaResult(t, value, date, date1904);
      cell = own ? resultValue(result, false) : null;
      const linked = resultValue(result, true);
      if (!sameValue(cell, linked)) {
        if (r === undefined) refless = true;
        else resultDiffers.add(r);
      }
    } else if (runs) {
      if (t !== "inlineStr") sc.fail(`rich text in a cell of type ${t}`);
      cell = runs.join("") || null;
    } else if (value !== undefined) {
      if (t === "s") {
        const index = parseInt(value, 10);
        if (!strings || !(index >= 0 && index < strings.length)) sc.fail(`shared string ${value}`);
        cell = strings[index];
      } else if (t === "str") cell = stringValue(exceljsUtils.xmlDecode(value));
      else if (t === "inlineStr") cell = stringValue(value);
      else if (t === "b") cell = parseInt(value, 10) !== 0;
      else if (t === "e") cell = value;
      else cell = date ? dateValue(parseFloat(value), date1904) : parseFloat(value);
    }
    // No value: a styled cell is kept but not iterated; an unstyled one is dropped (ExcelJS's
    // "merge" cell), so it does not count as the previous cell for a cell without `r`.
    const dropped = cell === undefined && !styleId;
    let col: number;
    if (r !== undefined) {
      if (!decodeRef(r) || refRow !== rowNum) sc.fail(`cell ${r} in row ${rowNum}`);
      col = refCol;
    } else {
      refless = true;
      if (dropped) return;
      if (state.prevCol === 0) sc.fail(`row ${rowNum}: a first cell without a reference`);
      col = state.prevCol + 1;
    }
    if (col <= state.lastCol) sc.fail(`row ${rowNum}: cells out of order`);
    state.lastCol = col;
    if (!dropped) state.prevCol = col;
    if (cell !== undefined && cell !== null) {
      valRows.push(rowNum);
      valCols.push(col);
      vals.push(cell);
    }
  };

  const readSheetData = (): void => {
    let lastRow = 0;
    children(sc, "sheetData", () => {
      if (sc.name !== "row") sc.fail(`<${sc.name}> in <sheetData>`);
      const r = sc.attr("r");
      // ExcelJS drops a row without a number; Excel would put it after the previous one.
      const rowNum = r !== undefined && /^[1-9][0-9]{0,6}$/.test(r) ? Number(r) : 0;
      if (rowNum <= lastRow) sc.fail(`row ${r ?? "without a number"}`);
      lastRow = rowNum;
      const state = { prevCol: 0, lastCol: 0 };
      children(sc, "row", () => {
        if (sc.name !== "c") sc.fail(`<${sc.name}> in a row`);
        readCell(rowNum, state);
      });
    });
  };

  // ExcelJS keeps only the last of each of these lists: one of each is expected.
  const seen = new Set<string>();
  walk(sc, WORKSHEET_SKIPPED, (element) => {
    if (element === "sheetData" || element === "mergeCells" || element === "hyperlinks") {
      if (seen.has(element)) sc.fail(`<${element}> twice`);
      seen.add(element);
    }
    if (element === "sheetData") readSheetData();
    else if (element === "mergeCells")
      children(sc, "mergeCells", () => {
        const ref = sc.name === "mergeCell" ? sc.attr("ref") : undefined;
        if (ref === undefined) sc.fail(`<${sc.name}> in <mergeCells>`);
        const [a, b = a, extra] = ref.split(":");
        if (extra !== undefined || !decodeRef(a)) sc.fail(`merge ${ref}`);
        const r1 = refRow;
        const c1 = refCol;
        if (!decodeRef(b)) sc.fail(`merge ${ref}`);
        const top = Math.min(r1, refRow);
        const left = Math.min(c1, refCol);
        merges.push({ top, left, bottom: Math.max(r1, refRow), right: Math.max(c1, refCol) });
        sc.skip();
      });
    else if (element === "hyperlinks")
      children(sc, "hyperlinks", () => {
        if (sc.name !== "hyperlink") sc.fail(`<${sc.name}> in <hyperlinks>`);
        const rId = sc.attr("r:id");
        if (rId) links.push({ ref: sc.attr("ref"), rId });
        sc.skip();
      });
    else return false;
    return true;
  });

  // A cell with a hyperlink is ExcelJS's hyperlink value: the same text, but a cell without a
  // value is then kept, and counts as the previous cell for a cell without `r`. ExcelJS fails
  // when a hyperlink's relationship is missing.
  if (links.length > 0) {
    if (refless) sc.fail("cells without a reference and hyperlinks");
    const sheetNo = WORKSHEET_PART.exec(path)![1];
    const relsPath = `xl/worksheets/_rels/sheet${sheetNo}.xml.rels`;
    const relsXml = book.zip.text(relsPath);
    if (relsXml === undefined) sc.fail(`hyperlinks without ${relsPath}`);
    const rels = readRelationships(relsXml, relsPath);
    for (const { ref, rId } of links) {
      if (!rels.has(rId)) sc.fail(`hyperlink ${rId} without a relationship`);
      if (ref !== undefined && rels.get(rId) && resultDiffers.has(ref))
        sc.fail(`a hyperlink on formula cell ${ref}`);
    }
  }

  checkMergesApart(sc, merges);
  return snapshotOf(name, valRows, valCols, vals, merges);
}

/** ExcelJS refuses overlapping merges (and fails to read the file). */
function checkMergesApart(sc: XmlScanner, merges: CellRange[]): void {
  const byTop = [...merges].sort((a, b) => a.top - b.top);
  let open: CellRange[] = [];
  for (const m of byTop) {
    open = open.filter((o) => o.bottom >= m.top);
    for (const o of open) if (o.left <= m.right && m.left <= o.right) sc.fail("overlapping merges");
    open.push(m);
  }
}

/** The snapshot worksheetSnapshot (read.ts) makes of the same cells and merges. */
function snapshotOf(
  name: string,
  valRows: number[],
  valCols: number[],
  vals: CellValue[],
  merges: CellRange[],
): SheetSnapshot {
  // ExcelJS's sheet is empty unless a cell has a value or a merge has cells besides its master
  // (the master of a single-cell merge does not count as merged).
  const used = vals.length > 0 || merges.some((m) => m.bottom > m.top || m.right > m.left);
  if (!used) return { name, origin: { row: 1, col: 1 }, values: [], merges };
  let top = Infinity;
  let left = Infinity;
  let bottom = 0;
  let right = 0;
  for (let i = 0; i < vals.length; i++) {
    if (valRows[i] < top) top = valRows[i];
    if (valRows[i] > bottom) bottom = valRows[i];
    if (valCols[i] < left) left = valCols[i];
    if (valCols[i] > right) right = valCols[i];
  }
  for (const m of merges) {
    top = Math.min(top, m.top);
    left = Math.min(left, m.left);
    bottom = Math.max(bottom, m.bottom);
    right = Math.max(right, m.right);
  }
  const width = right - left + 1;
  const values: CellValue[][] = [];
  for (let r = top; r <= bottom; r++) values.push(new Array<CellValue>(width).fill(null));
  for (let i = 0; i < vals.length; i++) values[valRows[i] - top][valCols[i] - left] = vals[i];
  // Cells of a merge other than its master hold nothing of their own.
  for (const m of merges)
    for (let r = m.top; r <= m.bottom; r++) {
      const row = values[r - top];
      for (let c = r === m.top ? m.left + 1 : m.left; c <= m.right; c++) row[c - left] = null;
    }
  return { name, origin: { row: top, col: left }, values, merges };
}
