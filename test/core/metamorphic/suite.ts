// Runs every transformation over a set of workbooks: each edited copy must read as the original,
// addresses moved, and each transformation must apply to at least one of the workbooks.

import { checkWorkbook, type WorkbookReport } from "../../../src/core/check";
import type { SheetSnapshot } from "../../../src/core/types";
import { reading } from "./compare";
import { EditableSheet } from "./grid";
import { TRANSFORMS, type Book, type Transform } from "./transforms";

export interface SuiteBook {
  name: string;
  asOf: string;
  snapshots: () => Promise<SheetSnapshot[]>;
}

interface Loaded {
  asOf: string;
  snapshots: SheetSnapshot[];
  report: WorkbookReport;
}

function edit(l: Loaded, t: Transform): { book: Book; changed: number } {
  const sheets = l.snapshots.map((s) => new EditableSheet(s));
  const book: Book = { sheets, original: new Map(sheets.map((s) => [s, s.name])) };
  return { book, changed: t.apply(book, l.report) };
}

export function metamorphicSuite(books: SuiteBook[], transforms: Transform[] = TRANSFORMS): void {
  const loaded = new Map<string, Loaded>();
  const applied = new Map<string, number>();

  beforeAll(async () => {
    for (const b of books) {
      const snapshots = await b.snapshots();
      loaded.set(b.name, { asOf: b.asOf, snapshots, report: checkWorkbook(snapshots, { asOf: b.asOf }) });
    }
  });

  describe.each(transforms.map((t) => [t.name, t] as const))("%s", (name, t) => {
    test.each(books.map((b) => [b.name] as const))("%s reads the same", (book) => {
      const l = loaded.get(book)!;
      const { book: edited, changed } = edit(l, t);
      applied.set(name, (applied.get(name) ?? 0) + changed);
      if (changed === 0) return;
      const after = checkWorkbook(
        edited.sheets.map((s) => s.snapshot()),
        { asOf: l.asOf },
      );
      for (const sheet of edited.sheets) {
        const original = edited.original.get(sheet);
        if (original === undefined) continue;
        expect(reading(after, sheet.name)).toEqual(reading(l.report, original, sheet));
      }
    });

    test("applies to at least one workbook", () => {
      expect(applied.get(name) ?? 0).toBeGreaterThan(0);
    });
  });
}
