// The annotated copy and the summary workbook, written to disk and opened again with ExcelJS.

import { createHash } from "node:crypto";
import { mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { checkWorkbook } from "../../src/core/check";
import { SEVERITY_FILL } from "../../src/core/highlight";
import { summaryTables } from "../../src/core/summary/build";
import { loadWorkbook, workbookSheets } from "../../src/xlsx/read";
import { OutputError, writeAnnotatedCopy, writeSummaryWorkbook } from "../../src/xlsx/writeWorkbook";
import { FIXTURES } from "../helpers/fixtures";
import { DDE_TITLE, HYPERLINK_TITLE, planBook } from "./planBook";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "plan-review-write-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function check(buffer: Buffer, asOf = "2014-03-31") {
  const wb = await loadWorkbook(buffer);
  return checkWorkbook(
    workbookSheets(wb).map((s) => s.snapshot),
    { asOf },
  );
}

async function annotate(buffer: Buffer, name = "plan.xlsx") {
  const input = join(dir, name);
  await writeFile(input, buffer);
  const report = await check(buffer);
  const out = join(dir, name.replace(/\.xlsx$/, ".checked.xlsx"));
  await writeAnnotatedCopy(buffer, report, summaryTables([{ report }], { lang: "ja" }), out, [input], {
    lang: "ja",
  });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  return { wb, report, input, out };
}

const argb = (hex: string) => `FF${hex.slice(1)}`;
const fillOf = (c: ExcelJS.Cell) => (c.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
const noteOf = (c: ExcelJS.Cell) =>
  typeof c.note === "string" ? c.note : (c.note?.texts ?? []).map((t) => t.text).join("");

describe("annotated copy", () => {
  it("fills each finding's cell by severity and notes the message and fix", async () => {
    const { wb } = await annotate(await planBook());
    const ws = wb.getWorksheet("取組計画")!;
    expect(fillOf(ws.getCell("G5"))).toBe(argb(SEVERITY_FILL.error));
    expect(noteOf(ws.getCell("G5"))).toContain("平成25年度の実績が「未実施」です");
    expect(fillOf(ws.getCell("E6"))).toBe(argb(SEVERITY_FILL.error));
    expect(noteOf(ws.getCell("E6"))).toContain("修正案: 「実施」");
    // The note names the rule in words; rule ids stay in the JSON.
    expect(noteOf(ws.getCell("E6"))).toContain("【エラー】状況欄に語彙にない語が書かれている");
    expect(noteOf(ws.getCell("E6"))).not.toContain("status-unknown");
    expect(fillOf(ws.getCell("C7"))).toBe(argb(SEVERITY_FILL.warning));
    // Cells without findings keep no fill and no note; values are as they were.
    expect(fillOf(ws.getCell("C5"))).toBeUndefined();
    expect(ws.getCell("C5").note).toBeUndefined();
    expect(ws.getCell("E6").value).toBe("実地");
  });

  it("adds the legend and the four summary sheets after the input's sheets", async () => {
    const { wb } = await annotate(await planBook());
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "取組計画",
      "凡例と指摘一覧",
      "集計_方針別",
      "集計_担当課別",
      "未実施・期限超過一覧",
      "年度末実施結果",
    ]);
  });

  it("explains itself: a legend of the colours, the rules by name and every finding linked to its cell", async () => {
    const { wb, report } = await annotate(await planBook());
    const ws = wb.getWorksheet("凡例と指摘一覧")!;
    const texts: string[] = [];
    const fills = new Map<string, string | undefined>();
    const links: string[] = [];
    ws.eachRow((row) =>
      row.eachCell((c) => {
        const v =
          typeof c.value === "object" && c.value && "text" in c.value
            ? String(c.value.text)
            : String(c.value ?? "");
        texts.push(v);
        if (fillOf(c)) fills.set(v, fillOf(c));
        if (c.hyperlink) links.push(c.hyperlink);
      }),
    );
    expect(texts[0]).toBe("凡例と指摘一覧");
    // The colours are the highlight colours, each beside its word.
    expect(fills.get("エラー")).toBe(argb(SEVERITY_FILL.error));
    expect(fills.get("警告")).toBe(argb(SEVERITY_FILL.warning));
    expect(fills.get("情報")).toBe(argb(SEVERITY_FILL.info));
    expect(texts).toContain("状況欄に語彙にない語が書かれている");
    expect(texts.join("\n")).not.toMatch(/\b(status|department|item)-[a-z-]+\b/);
    // Every finding, linked to its cell, printable with its header repeated.
    const findings = report.sheets.flatMap((s) => s.findings);
    expect(links).toHaveLength(findings.length);
    for (const f of findings)
      expect(links).toContain(`#'${f.sheet}'!${f.cell}`.replace(/!([A-Z]+)(\d+)$/, "!$$$1$$$2"));
    expect(ws.pageSetup.printTitlesRow).toBeTruthy();
    expect(ws.pageSetup.fitToWidth).toBe(1);
  });

  it("says 該当なし on a list with nothing in it", async () => {
    const buffer = await planBook();
    const report = await check(buffer);
    const tables = summaryTables([{ report }], { lang: "ja" }).map((t) =>
      t.sheetName === "未実施・期限超過一覧" ? { ...t, rows: [] } : t,
    );
    const input = join(dir, "p.xlsx");
    await writeFile(input, buffer);
    const out = join(dir, "p.checked.xlsx");
    await writeAnnotatedCopy(buffer, report, tables, out, [input], { lang: "ja" });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet("未実施・期限超過一覧")!;
    const headerRow = Number(ws.pageSetup.printTitlesRow!.split(":")[0]);
    expect(ws.getCell(headerRow + 1, 1).value).toBe("該当なし");
  });

  it("checked again, reads its summary sheets as no plan; a plan sheet named like one is still checked", async () => {
    const { report, out } = await annotate(await planBook());
    const again = await check(await readFile(out));
    const plan = again.sheets.find((s) => s.name === "取組計画")!;
    expect(plan.findings.map((f) => [f.cell, f.rule])).toEqual(
      report.sheets[0].findings.map((f) => [f.cell, f.rule]),
    );
    const others = again.sheets.filter((s) => s.name !== "取組計画");
    expect(others.map((s) => s.name)).toContain("年度末実施結果");
    expect(others.every((s) => s.layout === "none" && s.items.length === 0 && s.findings.length === 0)).toBe(
      true,
    );

    // The same copy with the plan sheet renamed to a summary sheet's name: its own title keeps it a plan.
    const wb = await loadWorkbook(await readFile(out));
    wb.getWorksheet("年度末実施結果")!.name = "年度末実施結果 (2)";
    wb.getWorksheet("取組計画")!.name = "年度末実施結果";
    const renamed = await check(Buffer.from(await wb.xlsx.writeBuffer()));
    const asSummaryName = renamed.sheets.find((s) => s.name === "年度末実施結果")!;
    expect(asSummaryName.items).toHaveLength(plan.items.length);
    expect(asSummaryName.findings).toHaveLength(plan.findings.length);
    expect(renamed.sheets.find((s) => s.name === "年度末実施結果 (2)")!.layout).toBe("none");
  });

  it("writes titles that look like formulas as strings, never formulas", async () => {
    const { wb } = await annotate(await planBook());
    const strings: string[] = [];
    for (const ws of wb.worksheets) {
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
          expect(cell.formula).toBeFalsy();
          if (typeof cell.value === "string") strings.push(`${ws.name}!${cell.address}=${cell.value}`);
        }),
      );
    }
    const flagged = wb.getWorksheet("未実施・期限超過一覧")!;
    const found = (text: string) => {
      let at: ExcelJS.Cell | undefined;
      flagged.eachRow((row) => row.eachCell((c) => c.value === text && (at = c)));
      return at;
    };
    for (const title of [HYPERLINK_TITLE, DDE_TITLE]) {
      const cell = found(title);
      expect(cell).toBeDefined();
      expect(cell!.type).toBe(ExcelJS.ValueType.String);
      expect(cell!.numFmt).toBe("@");
    }
    expect(strings).toContain(`集計_方針別!A6=${HYPERLINK_TITLE}`);
    expect(strings.some((s) => s.startsWith("年度末実施結果!") && s.endsWith("=@SUM(A1:A2)"))).toBe(true);
  });

  it("links each flagged item back to its source cell inside the workbook", async () => {
    const { wb } = await annotate(await planBook());
    const ws = wb.getWorksheet("未実施・期限超過一覧")!;
    const links: string[] = [];
    ws.eachRow((row) => row.eachCell((c) => c.hyperlink && links.push(`${c.text} → ${c.hyperlink}`)));
    expect(links).toEqual(["取組計画!G5 → #'取組計画'!$G$5"]);
  });

  it("styles the summary sheets for printing", async () => {
    const { wb } = await annotate(await buildProgressCopy());
    const ws = wb.getWorksheet("集計_方針別")!;
    expect(ws.pageSetup.orientation).toBe("landscape");
    expect(ws.pageSetup.paperSize).toBe(9);
    expect(ws.pageSetup.fitToPage).toBe(true);
    expect(ws.pageSetup.fitToWidth).toBe(1);
    expect(ws.pageSetup.fitToHeight).toBe(0);
    const headerRow = Number(ws.pageSetup.printTitlesRow!.split(":")[0]);
    // The policy column is titled with the sheet's own header word.
    expect(ws.getCell(headerRow, 1).value).toBe("分野");
    expect(ws.getCell(headerRow, 1).font.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: headerRow });
    const rateCol = ws.getRow(headerRow).values as unknown[];
    const rate = rateCol.indexOf("実施率");
    const total = ws.getRow(ws.rowCount);
    expect(total.getCell(1).value).toBe("合計");
    expect(total.getCell(rate).value).toBeCloseTo(0.8333, 4);
    expect(total.getCell(rate).numFmt).toBe("0.0%");
    // ExcelJS reads conditional formats back but its types do not declare them.
    const formats = (ws as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] })
      .conditionalFormattings;
    const cf = formats.find((c) => c.rules.some((r) => r.type === "dataBar"));
    const letter = ws.getColumn(rate).letter;
    expect(cf?.ref).toBe(`${letter}${headerRow + 1}:${letter}${ws.rowCount}`);
    expect(ws.getColumn(2).width).toBe(30);
    expect(ws.getCell(headerRow + 2, 2).alignment.wrapText).toBe(true);
    const list = wb.getWorksheet("未実施・期限超過一覧")!;
    expect(list.autoFilter).toBeTruthy();
  });

  it("never writes over an input, also through a link", async () => {
    const buffer = await planBook();
    const input = join(dir, "plan.xlsx");
    await writeFile(input, buffer);
    const before = createHash("sha256")
      .update(await readFile(input))
      .digest("hex");
    const report = await check(buffer);
    const tables = summaryTables([{ report }], { lang: "ja" });
    await expect(writeAnnotatedCopy(buffer, report, tables, input, [input], { lang: "ja" })).rejects.toThrow(
      OutputError,
    );
    await symlink(input, join(dir, "alias.xlsx"));
    await expect(
      writeAnnotatedCopy(buffer, report, tables, join(dir, "alias.xlsx"), [input], { lang: "ja" }),
    ).rejects.toThrow(/入力ファイル/);
    await expect(
      writeSummaryWorkbook(tables, join(dir, ".", "plan.xlsx"), [input], { lang: "ja" }),
    ).rejects.toThrow(OutputError);
    expect(
      createHash("sha256")
        .update(await readFile(input))
        .digest("hex"),
    ).toBe(before);
  });
});

async function buildProgressCopy(): Promise<Buffer> {
  return readFile(join(FIXTURES, "kumamoto-progress.xlsx"));
}

describe("summary workbook", () => {
  it("holds the summary sheets of several workbooks, linking rows to the source files", async () => {
    const progress = await buildProgressCopy();
    const goto = await readFile(join(FIXTURES, "goto-results.xlsx"));
    const sources = [
      { file: "in/kumamoto-progress.xlsx", report: await check(progress) },
      { file: "in/goto-results.xlsx", report: await check(goto) },
    ];
    const out = join(dir, "summary.xlsx");
    await writeSummaryWorkbook(summaryTables(sources, { lang: "ja" }), out, [], {
      lang: "ja",
      fileTarget: (f) => `../${f}`,
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "集計_ファイル別",
      "集計_方針別",
      "集計_担当課別",
      "未実施・期限超過一覧",
      "年度末実施結果",
    ]);
    const list = wb.getWorksheet("未実施・期限超過一覧")!;
    const links: string[] = [];
    list.eachRow((row) => row.eachCell((c) => c.hyperlink && links.push(c.hyperlink)));
    expect(links).toHaveLength(9);
    expect(links[0]).toBe("../in/kumamoto-progress.xlsx#'H25進捗'!$H$14");
    expect(links.at(-1)).toBe("../in/goto-results.xlsx#'H25実施結果'!$D$43");
    const perFile = wb.getWorksheet("集計_ファイル別")!;
    expect(perFile.getCell(perFile.rowCount, 5).value).toBe(43);
  });

  it("refuses a folder as the summary file", async () => {
    await expect(writeSummaryWorkbook([], dir, [], { lang: "ja" })).rejects.toThrow(/フォルダ/);
  });
});
