// Dates: Office.js gives serial day numbers; a number is a date when its number format is one.

/** A date or time format: the same test ExcelJS applies, so both doors agree on which cells are dates. */
export function isDateFormat(format: string): boolean {
  const f = format.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, "");
  return /[ymdhMsb]/.test(f);
}

/** Serial day (1900 system) → "YYYY-MM-DD", computed as ExcelJS does. */
export function serialToIsoDate(serial: number): string {
  return new Date(Math.round((serial - 25569) * 86400000)).toISOString().slice(0, 10);
}
