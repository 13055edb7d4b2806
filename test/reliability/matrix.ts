// The bad-input matrix: workbooks a person may really hand us, built with ExcelJS (sparse, so the
// biggest stay small on disk and in memory). Each says what both doors must make of it.

import ExcelJS from "exceljs";

export const AS_OF = "2014-03-31";

/** What the engine must find, whichever door reads the workbook. */
export interface Expected {
  /** Sheet name → layout. */
  layouts: Record<string, string>;
  /** Findings that must be there ("Sheet!A1 rule"); others may be too. */
  findings?: string[];
  /** Cells that must not hold a finding ("Sheet!A1"). */
  clean?: string[];
}

export interface BadInput {
  id: string;
  /** What the input is, for the docs and the test names. */
  what: string;
  build(): Promise<ExcelJS.Workbook> | ExcelJS.Workbook;
  expected: Expected;
  /** The add-in refuses it before writing anything, with this error code. */
  addinRefuses?: string;
  /** Excel cannot hold it (a workbook always has a sheet): only "validate all" applies. */
  noActiveSheet?: boolean;
  /** Seconds per run in the fake Excel: one scope only, no rename twin. */
  big?: boolean;
}

const HEADER = ["取組内容", "担当課", "H24", "H25"];

/** A small plan: row 2 holds the typo 実地 (status-unknown at D2), row 3 is clean. */
function plan(ws: ExcelJS.Worksheet, at = 1): void {
  const rows = [HEADER, ["啓発の推進", "市民協働課", "実施", "実地"], ["職員研修", "広報課", "検討", "実施"]];
  rows.forEach((r, i) => r.forEach((v, c) => (ws.getCell(at + i, c + 1).value = v)));
}

function book(f: (wb: ExcelJS.Workbook) => void): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  f(wb);
  return wb;
}

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

/** Emoji (ZWJ sequence), a surrogate pair (𠮷), NFD か + combining dakuten, a lone high surrogate. */
export const ODD_TEXT = {
  emoji: "👨‍👩‍👧 子育て支援",
  pair: "𠮷野家との協働",
  nfd: "か\u3099いこく語の案内",
  lone: "\uD83D欠けた文字",
};

export const BAD_INPUTS: BadInput[] = [
  {
    id: "no-sheets",
    what: "workbook with no sheet at all",
    build: () => new ExcelJS.Workbook(),
    expected: { layouts: {} },
    noActiveSheet: true,
  },
  {
    id: "blank-sheet",
    what: "one blank sheet",
    build: () => book((wb) => wb.addWorksheet("Sheet1")),
    expected: { layouts: { Sheet1: "none" } },
  },
  {
    id: "title-only",
    what: "a sheet holding only a title",
    build: () =>
      book((wb) => {
        wb.addWorksheet("計画").getCell("B2").value = "取組計画（平成24年度～平成27年度）";
      }),
    expected: { layouts: { 計画: "none" } },
  },
  {
    id: "max-columns",
    what: "16,384 used columns (a cell in XFD)",
    build: () =>
      book((wb) => {
        const ws = wb.addWorksheet("計画");
        plan(ws);
        ws.getCell(5, MAX_COLS).value = "右端";
      }),
    expected: { layouts: { 計画: "table" }, findings: ["計画!D2 status-unknown"], clean: ["計画!D3"] },
  },
  {
    id: "max-rows",
    what: "1,048,576 used rows (a cell in the last row; over 5,000,000 cells, read in row chunks)",
    big: true,
    build: () =>
      book((wb) => {
        const ws = wb.addWorksheet("計画");
        plan(ws);
        ws.getCell(MAX_ROWS, 5).value = "最終行";
      }),
    expected: { layouts: { 計画: "table" }, findings: ["計画!D2 status-unknown"], clean: ["計画!D3"] },
  },
  {
    id: "one-merge",
    what: "every cell of the sheet in one merged area",
    build: () =>
      book((wb) => {
        const ws = wb.addWorksheet("計画");
        ws.getCell("A1").value = "取組計画";
        ws.mergeCells("A1:H40");
      }),
    expected: { layouts: { 計画: "none" } },
  },
  {
    id: "all-merged",
    what: "a plan whose every cell is merged (2-row blocks)",
    build: () =>
      book((wb) => {
        const ws = wb.addWorksheet("計画");
        const rows = [
          HEADER,
          ["啓発の推進", "市民協働課", "実施", "実地"],
          ["職員研修", "広報課", "検討", "実施"],
        ];
        rows.forEach((r, i) =>
          r.forEach((v, c) => {
            ws.getCell(1 + 2 * i, c + 1).value = v;
            ws.mergeCells(1 + 2 * i, c + 1, 2 + 2 * i, c + 1);
          }),
        );
      }),
    expected: { layouts: { 計画: "table" } },
  },
  {
    id: "formula-errors",
    what: "formulas whose cached results are #REF!, #N/A, #DIV/0!",
    build: () =>
      book((wb) => {
        const ws = wb.addWorksheet("計画");
        plan(ws);
        const err = (formula: string, error: string) =>
          ({ formula, result: { error } }) as unknown as ExcelJS.CellFormulaValue;
        ws.getCell("C3").value = err("#REF!+1", "#REF!");
        ws.getCell("B3").value = err("VLOOKUP(A3,X:Y,2,0)", "#N/A");
        ws.getCell("D3").value = err("1/0", "#DIV/0!");
      }),
    expected: {
      layouts: { 計画: "table" },
      findings: ["計画!D2 status-unknown", "計画!C3 status-unknown", "計画!D3 status-unknown"],
    },
  },
  {
    id: "hidden",
    what: "hidden rows and columns holding statuses",
    build: () =>
      book((wb) => {
        const ws = wb.addWorksheet("計画");
        plan(ws);
        ws.getRow(2).hidden = true;
        ws.getColumn(4).hidden = true;
      }),
    // Hidden cells are still the plan's cells: a typo there is found.
    expected: { layouts: { 計画: "table" }, findings: ["計画!D2 status-unknown"], clean: ["計画!D3"] },
  },
  {
    id: "protected",
    what: "a protected sheet",
    build: async () => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet("計画");
      plan(ws);
      await ws.protect("", {});
      return wb;
    },
    expected: { layouts: { 計画: "table" }, findings: ["計画!D2 status-unknown"] },
    addinRefuses: "sheet-protected",
  },
  {
    id: "odd-text",
    what: "emoji, surrogate pairs, a lone surrogate, NFD text; a sheet name with emoji and an apostrophe",
    build: () =>
      book((wb) => {
        const ws = wb.addWorksheet("計画👨‍👩‍👧 O'Neil");
        const rows = [
          HEADER,
          [ODD_TEXT.emoji, "市民協働課", "実施", "実地"],
          [ODD_TEXT.pair, "広報課", "検討", "実施"],
          [ODD_TEXT.nfd, "市民協働課", "検討", "か\u3099"],
          [ODD_TEXT.lone, "広報課", "\uD83D", "😀"],
        ];
        rows.forEach((r, i) => r.forEach((v, c) => (ws.getCell(i + 1, c + 1).value = v)));
      }),
    expected: {
      layouts: { "計画👨‍👩‍👧 O'Neil": "table" },
      findings: [
        "計画👨‍👩‍👧 O'Neil!D2 status-unknown",
        "計画👨‍👩‍👧 O'Neil!D4 status-unknown",
        "計画👨‍👩‍👧 O'Neil!D5 status-unknown",
      ],
      clean: ["計画👨‍👩‍👧 O'Neil!D3"],
    },
  },
  {
    id: "impossible-years",
    what: "year headers that name no real year (平成40年度, R0)",
    build: () =>
      book((wb) => {
        const ws = wb.addWorksheet("計画");
        const rows = [
          ["取組内容", "担当課", "H24", "H25", "平成40年度", "R0"],
          ["啓発の推進", "市民協働課", "実施", "実地", "実地", "実地"],
        ];
        rows.forEach((r, i) => r.forEach((v, c) => (ws.getCell(i + 1, c + 1).value = v)));
      }),
    // Not year columns: what is under them is not read as a status (no finding), the real years are.
    expected: {
      layouts: { 計画: "table" },
      findings: ["計画!D2 status-unknown"],
      clean: ["計画!E2", "計画!F2", "計画!E1", "計画!F1"],
    },
  },
];

/** Checks a report's sheets against what an input expects; returns what differs (empty when all is right). */
export function mismatches(
  input: BadInput,
  sheets: { name: string; layout: string; findings: { sheet?: string; cell: string; rule: string }[] }[],
): string[] {
  const out: string[] = [];
  const layouts = Object.fromEntries(sheets.map((s) => [s.name, s.layout]));
  if (JSON.stringify(layouts) !== JSON.stringify(input.expected.layouts))
    out.push(`layouts ${JSON.stringify(layouts)}`);
  const keys = new Set(sheets.flatMap((s) => s.findings.map((f) => `${s.name}!${f.cell} ${f.rule}`)));
  const cells = new Set([...keys].map((k) => k.slice(0, k.lastIndexOf(" "))));
  for (const f of input.expected.findings ?? []) if (!keys.has(f)) out.push(`missing ${f}`);
  for (const c of input.expected.clean ?? []) if (cells.has(c)) out.push(`unexpected finding at ${c}`);
  return out;
}
