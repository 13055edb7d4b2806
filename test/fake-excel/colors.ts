// Colours as Excel resolves them for Office.js: a theme colour through the workbook's theme, an indexed
// colour through the legacy palette, and the tint kept apart (RangeFill.color is the colour, and
// RangeFill.tintAndShade, ExcelApi 1.9, "lightens or darkens a color for the range fill … with 0 for the
// original color"). The fake turns no colour it cannot read into white: an unknown one is an error.

/** A colour as ExcelJS reads it from the file. */
export interface FileColor {
  argb?: string;
  theme?: number;
  indexed?: number;
  tint?: number;
}

/**
 * SpreadsheetML's theme colour indexes (ECMA-376 Part 1, 18.8.3 color, attribute theme): 0 lt1, 1 dk1,
 * 2 lt2, 3 dk2, then accent1–6, hlink, folHlink — the first four swapped against the theme's order.
 */
const THEME_SLOTS = [
  "lt1",
  "dk1",
  "lt2",
  "dk2",
  "accent1",
  "accent2",
  "accent3",
  "accent4",
  "accent5",
  "accent6",
  "hlink",
  "folHlink",
];

/** The legacy palette behind indexed colours (ECMA-376 Part 1, 18.8.27 indexedColors, its default values). */
const INDEXED = [
  "000000",
  "FFFFFF",
  "FF0000",
  "00FF00",
  "0000FF",
  "FFFF00",
  "FF00FF",
  "00FFFF",
  "000000",
  "FFFFFF",
  "FF0000",
  "00FF00",
  "0000FF",
  "FFFF00",
  "FF00FF",
  "00FFFF",
  "800000",
  "008000",
  "000080",
  "808000",
  "800080",
  "008080",
  "C0C0C0",
  "808080",
  "9999FF",
  "993366",
  "FFFFCC",
  "CCFFFF",
  "660066",
  "FF8080",
  "0066CC",
  "CCCCFF",
  "000080",
  "FF00FF",
  "FFFF00",
  "00FFFF",
  "800080",
  "800000",
  "008080",
  "0000FF",
  "00CCFF",
  "CCFFFF",
  "CCFFCC",
  "FFFF99",
  "99CCFF",
  "FF99CC",
  "CC99FF",
  "FFCC99",
  "3366FF",
  "33CCCC",
  "99CC00",
  "FFCC00",
  "FF9900",
  "FF6600",
  "666699",
  "969696",
  "003366",
  "339966",
  "003300",
  "333300",
  "993300",
  "993366",
  "333399",
  "333333",
];
/** 64: the system foreground (window text), 65: the system background (window). */
const SYSTEM = ["000000", "FFFFFF"];

/** The theme's colour scheme, by slot name, from the theme part's XML (<a:clrScheme>). */
export function themeColors(themeXml: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  const scheme = /<a:clrScheme\b[\s\S]*?<\/a:clrScheme>/.exec(themeXml ?? "")?.[0] ?? "";
  for (const slot of THEME_SLOTS) {
    const m = new RegExp(`<a:${slot}>\\s*<a:(?:srgbClr val|sysClr [^>]*?lastClr)="([0-9A-Fa-f]{6})"`).exec(
      scheme,
    );
    if (m) out.set(slot, m[1].toUpperCase());
  }
  return out;
}

/** "#RRGGBB" and the tint of a colour read from the file; null for none given. */
export function resolveColor(
  c: FileColor | undefined,
  theme: Map<string, string>,
): { rgb: string; tint: number } | null {
  if (!c) return null;
  const tint = c.tint ?? 0;
  if (c.argb && /^[0-9A-Fa-f]{8}$/.test(c.argb)) return { rgb: `#${c.argb.slice(2).toUpperCase()}`, tint };
  if (c.theme !== undefined) {
    const rgb = theme.get(THEME_SLOTS[c.theme] ?? "");
    if (!rgb) throw new Error(`theme colour ${c.theme} is not in the workbook's theme`);
    return { rgb: `#${rgb}`, tint };
  }
  if (c.indexed !== undefined) {
    const rgb = INDEXED[c.indexed] ?? SYSTEM[c.indexed - 64];
    if (!rgb) throw new Error(`indexed colour ${c.indexed} is not in the palette`);
    return { rgb: `#${rgb}`, tint };
  }
  return null;
}
