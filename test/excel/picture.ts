// Everything a run could change, state sheet included: sheets, visibility, values, formulas, formats, fills,
// data validation, and the workbook's names.

import type { FakeExcel } from "../fake-excel";

export function picture(fake: FakeExcel): string {
  const sheets = fake.data.sheets.map((s) => [
    s.name,
    s.visibility,
    [...s.rows]
      .map(([r, c]) => [r, c.flatMap((v, i) => (v === undefined ? [] : [[i, v]]))])
      .filter(([, c]) => (c as unknown[]).length),
    // Sorted: a cell coloured and put back is the same cell, whatever the order of the map.
    [...s.formulas].sort((a, b) => a[0] - b[0]),
    [...s.numberFormats].sort((a, b) => a[0] - b[0]),
    [...s.fills].sort((a, b) => a[0] - b[0]),
    [...s.validations].sort((a, b) => a[0] - b[0]),
  ]);
  const names = [...fake.data.names.values()].sort((a, b) => a.name.localeCompare(b.name));
  // One more entry after the sheets (each sheet's entry starts with its name; this one with none).
  return JSON.stringify([...sheets, [null, names]]);
}
