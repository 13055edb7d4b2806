// A1-style addresses for 1-based row and column numbers.

export function columnLetter(col: number): string {
  let s = "";
  let n = col;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function address(row: number, col: number): string {
  return columnLetter(col) + row;
}

/** Parses "B12" (or "$B$12") into 1-based row and column; null when it is not an address. */
export function parseAddress(a1: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(a1.trim());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), col };
}

/** "A1" for one cell, "A1:C3" for a rectangle. */
export function rangeAddress(top: number, left: number, bottom: number, right: number): string {
  const a = address(top, left);
  return top === bottom && left === right ? a : `${a}:${address(bottom, right)}`;
}
