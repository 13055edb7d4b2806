// Small formatting helpers for the benchmark's printed tables.

export const ms = (x: number): string => `${x.toFixed(0)} ms`;
export const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(0)} KB`;
export const perSec = (n: number, msTaken: number): string =>
  `${Math.round((n / msTaken) * 1000).toLocaleString("en-US")}/s`;
export const ratio = (a: number, b: number): string => `${(a / b).toFixed(2)}×`;

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/** A plain text table with aligned columns. */
export function table(head: string[], rows: string[][]): string {
  const all = [head, ...rows];
  const widths = head.map((_, i) => Math.max(...all.map((r) => r[i].length)));
  return all.map((r) => r.map((c, i) => c.padEnd(widths[i])).join("  ")).join("\n");
}
