// Which number formats show a date, and the day a serial number stands for (ECMA-376 Part 1,
// §18.8.30 numFmt and §18.17.4 dates). Shared by both doors, so that they agree on which cells
// are dates.

/**
 * The built-in formats that show a date or a time (ids without a <numFmt> of their own). 27–36 and
 * 50–58 are the East Asian built-ins, here as Japanese Excel defines them (和暦 and 年月日):
 * 32 and 33 are times, the others dates.
 */
const BUILT_IN: Record<number, string> = {
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: "m/d/yy h:mm",
  27: "[$-411]ge.m.d",
  28: '[$-411]ggge"年"m"月"d"日"',
  29: '[$-411]ggge"年"m"月"d"日"',
  30: "m/d/yy",
  31: 'yyyy"年"m"月"d"日"',
  32: 'h"時"mm"分"',
  33: 'h"時"mm"分"ss"秒"',
  34: 'yyyy"年"m"月"',
  35: 'm"月"d"日"',
  36: "[$-411]ge.m.d",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  50: "[$-411]ge.m.d",
  51: '[$-411]ggge"年"m"月"d"日"',
  52: 'yyyy"年"m"月"',
  53: 'm"月"d"日"',
  54: '[$-411]ggge"年"m"月"d"日"',
  55: 'yyyy"年"m"月"',
  56: 'm"月"d"日"',
  57: "[$-411]ge.m.d",
  58: '[$-411]ggge"年"m"月"d"日"',
};

/** The code of a built-in format that shows a date or time; undefined for any other id. */
export function builtInDateFormat(id: number): string | undefined {
  return BUILT_IN[id];
}

/**
 * What a format code shows a number as: a date (a day, with or without its time), a time of day
 * alone, or something else. Only the first section counts (the one for positive numbers); quoted
 * text, escaped characters, colours, locales and conditions ([…]) are not codes. "m" is a month
 * unless the format shows hours or seconds and no day or year.
 */
export function formatKind(code: string): "date" | "time" | "other" {
  let s = code
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/[_*]./g, "");
  const elapsed = /\[(h+|m+|s+)\]/i.test(s);
  s = s.replace(/\[[^\]]*\]/g, "").split(";")[0];
  s = s
    .replace(/general/gi, "")
    .replace(/am\/pm|a\/p/gi, "h")
    .replace(/[eE][+-]/g, "")
    .toLowerCase();
  if (/[ydge]/.test(s)) return "date";
  if (/[hs]/.test(s) || elapsed) return "time";
  return /m/.test(s) ? "date" : "other";
}

/** The date systems of ECMA-376 §18.17.4.1: 1900 (with Lotus's 29 February 1900) and 1904. */
export type DateSystem = "1900" | "1904";

const DAY_MS = 86_400_000;
// 1899-12-30 and 1904-01-01, in days since 1970-01-01.
const EPOCH_1900 = -25_569;
const EPOCH_1904 = -24_107;
// Serial 2958465 is 9999-12-31, the last day either system shows.
const LAST_1900 = 2_958_465;

/**
 * The day ("YYYY-MM-DD") a serial date-time stands for, or null when it is no day the date system
 * shows (negative, past 9999, or 1900's 0 and 29 February). The time of day is rounded to the
 * millisecond, as Excel shows it, and then dropped.
 */
export function serialDay(serial: number, system: DateSystem): string | null {
  if (!Number.isFinite(serial) || serial < 0) return null;
  const ms = Math.round(serial * DAY_MS);
  let days = Math.floor(ms / DAY_MS);
  if (system === "1904") {
    if (days > LAST_1900 - 1462) return null;
    days += EPOCH_1904;
  } else {
    if (days === 0 || days === 60 || days > LAST_1900) return null;
    // Serials before 1 March 1900 count the 29 February that never was.
    days += days < 60 ? EPOCH_1900 + 1 : EPOCH_1900;
  }
  return new Date(days * DAY_MS).toISOString().slice(0, 10);
}
