// The written workbooks open in LibreOffice: headless conversion to PDF, and the summary printed one
// page wide with its header row on every page. Needs Debian's libreoffice-calc, fonts-noto-cjk and
// poppler-utils (pdftoppm, pdftotext). The PDFs and PNGs stay in test-artifacts/libreoffice/.

import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, relative } from "node:path";
import { checkFiles, writeSummary, type FileResult } from "../../src/cli/main";
import { summaryTables } from "../../src/core/summary/build";
import { LAYOUT_NAME, LEGEND_TITLE } from "../../src/core/summary/labels";
import { headerPieces, ONE_LINE, textWidth } from "../../src/core/summary/width";
import { expectedFixtures, FIXTURES } from "../helpers/fixtures";

const ROOT = join(__dirname, "..", "..");
const ARTIFACTS = join(ROOT, "test-artifacts", "libreoffice");
const profile = mkdtempSync(join(tmpdir(), "plan-review-lo-"));
let results: FileResult[] = [];

function tool(name: string): string {
  try {
    return execFileSync("sh", ["-c", `command -v ${name}`], { encoding: "utf8" }).trim();
  } catch {
    throw new Error(`${name} is missing: apt-get install -y libreoffice-calc fonts-noto-cjk poppler-utils`);
  }
}

function toPdf(files: string[]): void {
  execFileSync(
    tool("soffice"),
    [
      "--headless",
      "--norestore",
      `-env:UserInstallation=file://${profile}`,
      "--convert-to",
      "pdf",
      "--outdir",
      ARTIFACTS,
      ...files,
    ],
    { stdio: "pipe", timeout: 170000 },
  );
}

function png(pdf: string, page: number, name: string): void {
  execFileSync(tool("pdftoppm"), [
    "-png",
    "-r",
    "110",
    "-f",
    String(page),
    "-l",
    String(page),
    "-singlefile",
    pdf,
    join(ARTIFACTS, name),
  ]);
  expect(existsSync(join(ARTIFACTS, `${name}.png`))).toBe(true);
}

function pages(pdf: string): string[] {
  const count = Number(/Pages:\s+(\d+)/.exec(execFileSync(tool("pdfinfo"), [pdf], { encoding: "utf8" }))![1]);
  return Array.from({ length: count }, (_, i) =>
    execFileSync(tool("pdftotext"), ["-layout", "-f", String(i + 1), "-l", String(i + 1), pdf, "-"], {
      encoding: "utf8",
    }),
  );
}

beforeAll(async () => {
  rmSync(ARTIFACTS, { recursive: true, force: true });
  mkdirSync(ARTIFACTS, { recursive: true });
  // Every fixture workbook, each as of its own review day, as `npm run demo` does with the samples.
  const files = expectedFixtures().map((e) => ({
    path: relative(process.cwd(), join(FIXTURES, e.workbook)),
    asOf: e.asOf,
  }));
  results = await checkFiles(files, { lang: "ja", outDir: ARTIFACTS, inputs: files.map((f) => f.path) });
  expect(results.filter((r) => r.error)).toEqual([]);
  await writeSummary(
    results,
    join(ARTIFACTS, "summary.xlsx"),
    "ja",
    files.map((f) => f.path),
  );
  toPdf(
    readdirSync(ARTIFACTS)
      .filter((f) => f.endsWith(".xlsx"))
      .map((f) => join(ARTIFACTS, f)),
  );
});

afterAll(() => rmSync(profile, { recursive: true, force: true }));

describe("LibreOffice", () => {
  it("converts every annotated copy and the summary workbook to PDF", () => {
    const books = readdirSync(ARTIFACTS).filter((f) => f.endsWith(".xlsx"));
    expect(books).toHaveLength(expectedFixtures().length + 1);
    for (const b of books) {
      const pdf = join(ARTIFACTS, b.replace(/\.xlsx$/, ".pdf"));
      expect(existsSync(pdf)).toBe(true);
      expect(pages(pdf).length).toBeGreaterThan(0);
    }
  });

  it("prints each summary sheet one page wide, its header row repeated on every page", () => {
    const text = pages(join(ARTIFACTS, "summary.pdf"));
    // The tables as written, to know each sheet's title and its first and last column titles.
    const sources = results.map((r) => ({ file: r.file, report: r.report!, master: r.master }));
    const tables = summaryTables(sources, { lang: "ja", perFile: true });
    for (const t of tables) {
      const own = text.filter((p) => p.split("\n")[0].includes(t.title.ja));
      expect(own.length).toBeGreaterThan(0);
      for (const page of own) {
        // Both ends of the header on every page: no column went to another page, titles repeat.
        expect(page).toContain(t.columns[0].title.ja);
        expect(page).toContain(t.columns.at(-1)!.title.ja);
      }
    }
    // Printed in landscape: wider than tall.
    const size = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(
      execFileSync(tool("pdfinfo"), [join(ARTIFACTS, "summary.pdf")], { encoding: "utf8" }),
    )!;
    expect(Number(size[1])).toBeGreaterThan(Number(size[2]));
  });

  it("renders the first pages of the per-policy summary and the flagged list to PNG", () => {
    const text = pages(join(ARTIFACTS, "summary.pdf"));
    const shots: [string, string][] = [
      ["方針別の集計", "summary-by-policy"],
      ["未実施・期限超過・一部未実施・要確認の取組", "summary-flagged"],
    ];
    for (const [title, name] of shots) {
      const page = text.findIndex((p) => p.split("\n")[0].includes(title)) + 1;
      expect(page).toBeGreaterThan(0);
      execFileSync(tool("pdftoppm"), [
        "-png",
        "-r",
        "110",
        "-f",
        String(page),
        "-l",
        String(page),
        "-singlefile",
        join(ARTIFACTS, "summary.pdf"),
        join(ARTIFACTS, name),
      ]);
      expect(existsSync(join(ARTIFACTS, `${name}.png`))).toBe(true);
    }
  });

  it("shows the annotated copy's legend: the colours and the rules by their Japanese names, every finding listed", () => {
    const withFindings = results.filter((r) => r.report!.sheets.some((x) => x.findings.length > 0));
    expect(withFindings.length).toBeGreaterThan(0);
    for (const r of withFindings) {
      const pdf = join(ARTIFACTS, basename(r.written!).replace(/\.xlsx$/, ".pdf"));
      const text = pages(pdf);
      const first = text.findIndex((p) => p.split("\n")[0].includes(LEGEND_TITLE.ja));
      expect(first).toBeGreaterThanOrEqual(0);
      const legend = text.slice(first).join("\n");
      for (const word of ["エラー", "警告", "情報"]) expect(legend).toContain(word);
      // Rules by name, never by id.
      expect(legend).not.toMatch(/\b(status|department|item|schedule|year|policy)-[a-z-]+\b/);
      // Every finding's cell is listed.
      for (const f of r.report!.sheets.flatMap((x) => x.findings)) expect(legend).toContain(f.cell);
      if (r.file.includes("kumamoto-plan")) png(pdf, first + 1, "annotated-legend");
    }
    expect(existsSync(join(ARTIFACTS, "annotated-legend.png"))).toBe(true);
  });

  it("names layouts in Japanese and never breaks a header inside a word", () => {
    const pdf = join(ARTIFACTS, "summary.pdf");
    const text = pages(pdf);
    const byFile = text.findIndex((p) => p.split("\n")[0].includes("ファイル別の集計"));
    expect(byFile).toBeGreaterThanOrEqual(0);
    const page = text[byFile];
    const layouts = new Set(
      results.flatMap((r) => r.report!.sheets.map((x) => x.layout)).filter((l) => l !== "none"),
    );
    for (const l of layouts) expect(page).toContain(LAYOUT_NAME[l].ja);
    // No internal layout id as a cell of its own (file names such as goto-results.xlsx aside).
    expect(page).not.toMatch(/(^|\s)(table|results|cards|matrix|indicators)(\s|$)/m);
    png(pdf, byFile + 1, "summary-by-file");

    const sources = results.map((r) => ({ file: r.file, report: r.report!, master: r.master }));
    for (const t of summaryTables(sources, { lang: "ja", perFile: true })) {
      const own = text.filter((p) => p.split("\n")[0].includes(t.title.ja)).join("\n");
      for (const c of t.columns) {
        const title = c.title.ja;
        // A short header is on one line whole; a long one may break only between its pieces.
        const parts = textWidth(title) + 1.5 <= ONE_LINE ? [title] : headerPieces(title);
        for (const part of parts)
          expect({ table: t.title.ja, header: part, found: own.includes(part) }).toEqual({
            table: t.title.ja,
            header: part,
            found: true,
          });
      }
    }
  });
});
