// Everything a run could change, state sheet included: sheets, visibility, values, formulas, formats, fills.

import type { FakeExcel } from "../fake-excel";

export function picture(fake: FakeExcel): string {
  return JSON.stringify(
    fake.data.sheets.map((s) => [
      s.name,
      s.visibility,
      [...s.rows]
        .map(([r, c]) => [r, c.flatMap((v, i) => (v === undefined ? [] : [[i, v]]))])
        .filter(([, c]) => (c as unknown[]).length),
      // Sorted: a cell coloured and put back is the same cell, whatever the order of the map.
      [...s.formulas].sort((a, b) => a[0] - b[0]),
      [...s.numberFormats].sort((a, b) => a[0] - b[0]),
      [...s.fills].sort((a, b) => a[0] - b[0]),
    ]),
  );
}
