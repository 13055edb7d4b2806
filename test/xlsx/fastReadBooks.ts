// Workbooks for the fast reader's tests: hand-made zips for what ExcelJS never writes (prefixed
// namespaces, inline strings, phonetic runs, cells without references, single quotes…), and the
// comparison of both readers on a file.

import JSZip from "jszip";
import { fastWorkbookSheets, FastReadUnsupported } from "../../src/xlsx/fastRead";
import { loadWorkbook, workbookSheets, type WorkbookSheet } from "../../src/xlsx/read";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";
const WORKSHEET = `${REL}/worksheet`;

export interface HandSheet {
  name: string;
  /** The worksheet part's XML from inside <worksheet> (or the whole part with `whole`). */
  xml: string;
  whole?: boolean;
  state?: string;
  /** A chartsheet: its relationship and part are of that type. */
  chart?: boolean;
  /** The sheet's relationships part (hyperlink targets). */
  rels?: string;
}

export interface HandBook {
  sheets: HandSheet[];
  /** <si> elements of the shared strings part (none: no part). */
  strings?: string[];
  /** Custom number formats by id. */
  formats?: Record<number, string>;
  /** numFmtId of each cell style (index 0 first). */
  styles?: number[];
  date1904?: boolean;
  /** Replaces parts after they are written (name → text). */
  parts?: Record<string, string>;
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

/** A zip an .xlsx reader accepts, written part by part. */
export async function handBook(book: HandBook): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/></Types>`,
  );
  zip.file(
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  const sheets = book.sheets
    .map(
      (s, i) =>
        `<sheet name="${esc(s.name)}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ""} r:id="rId${i + 1}"/>`,
    )
    .join("");
  zip.file(
    "xl/workbook.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${MAIN}" xmlns:r="${REL}"><workbookPr${book.date1904 ? ' date1904="1"' : ""}/><sheets>${sheets}</sheets></workbook>`,
  );
  const rels = book.sheets
    .map((s, i) =>
      s.chart
        ? `<Relationship Id="rId${i + 1}" Type="${REL}/chartsheet" Target="chartsheets/sheet${i + 1}.xml"/>`
        : `<Relationship Id="rId${i + 1}" Type="${WORKSHEET}" Target="worksheets/sheet${i + 1}.xml"/>`,
    )
    .join("");
  zip.file(
    "xl/_rels/workbook.xml.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG}">${rels}</Relationships>`,
  );
  const formats = Object.entries(book.formats ?? {})
    .map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${esc(code)}"/>`)
    .join("");
  const xfs = (book.styles ?? [0]).map(
    (id) => `<xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" xfId="0"/>`,
  );
  zip.file(
    "xl/styles.xml",
    `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${MAIN}">${formats ? `<numFmts count="1">${formats}</numFmts>` : ""}<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="${xfs.length}">${xfs.join("")}</cellXfs></styleSheet>`,
  );
  if (book.strings)
    zip.file(
      "xl/sharedStrings.xml",
      `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${MAIN}">${book.strings.join("")}</sst>`,
    );
  book.sheets.forEach((s, i) => {
    const xml = s.whole
      ? s.xml
      : `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}" xmlns:r="${REL}">${s.xml}</worksheet>`;
    zip.file(s.chart ? `xl/chartsheets/sheet${i + 1}.xml` : `xl/worksheets/sheet${i + 1}.xml`, xml);
    if (s.rels) zip.file(`xl/worksheets/_rels/sheet${i + 1}.xml.rels`, s.rels);
  });
  for (const [name, text] of Object.entries(book.parts ?? {})) zip.file(name, text);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** What ExcelJS reads, through the project's reader (read.ts). */
export async function exceljsSheets(buffer: Buffer): Promise<WorkbookSheet[]> {
  return workbookSheets(await loadWorkbook(buffer));
}

/** The fast reader's sheets, or "fallback" when it leaves the file to ExcelJS. */
export function fastOrFallback(buffer: Buffer): WorkbookSheet[] | "fallback" {
  try {
    return fastWorkbookSheets(buffer);
  } catch (e) {
    if (e instanceof FastReadUnsupported) return "fallback";
    throw e;
  }
}
