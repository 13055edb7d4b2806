// Why a workbook, or one of its sheets, cannot be read fully. The reader never returns less than
// the file holds: whatever it cannot read is one of these, naming the part, the sheet and the cell
// where it can, and the command turns it into a message for people (src/cli/readError.ts).

/**
 * - `zip`: the file is not a whole zip archive, or uses what Office Open XML does not allow in one
 *   (encryption, another compression method, split archives).
 * - `package`: a zip archive, but no workbook: its relationships lead to no workbook part.
 * - `xml`: a part is not well-formed XML.
 * - `content`: a part holds what ECMA-376 does not allow there (a cell reference out of order, a
 *   shared string that does not exist…).
 * - `missing`: a part the workbook refers to is not in the file.
 * - `formula`: a formula cell without a calculated value: the file holds no value to read.
 */
export type ReadErrorKind = "zip" | "package" | "xml" | "content" | "missing" | "formula";

export class XlsxReadError extends Error {
  constructor(
    readonly kind: ReadErrorKind,
    /** The part (zip entry) where it was found. */
    readonly part: string,
    /** What was found, in English (technical: element names, offsets). */
    readonly detail: string,
    /** The worksheet being read, by its name in the workbook. */
    readonly sheet?: string,
    /** The cell, in A1 notation. */
    readonly cell?: string,
  ) {
    super(
      `${sheet !== undefined ? `sheet ${sheet}: ` : ""}${cell !== undefined ? `${cell}: ` : ""}${detail} (${part})`,
    );
    this.name = "XlsxReadError";
  }

  /** The same error, now known to be about a sheet (and a cell). */
  inSheet(sheet: string, cell?: string): XlsxReadError {
    return new XlsxReadError(this.kind, this.part, this.detail, sheet, cell ?? this.cell);
  }
}

export function readError(kind: ReadErrorKind, part: string, detail: string): never {
  throw new XlsxReadError(kind, part, detail);
}
