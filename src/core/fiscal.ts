// Japanese fiscal years (April–March) and the eras year headers are written in.

import { squash } from "./text/normalize";
import { sheetCache } from "./text/sheetCache";

export type Era = "heisei" | "reiwa";

const ERA_BASE: Record<Era, number> = { heisei: 1988, reiwa: 2018 };
// Last valid year of each era (平成31 = 2019; 令和 is open-ended within reason).
const ERA_MAX: Record<Era, number> = { heisei: 31, reiwa: 99 };

/** Parses an ISO day ("2014-03-31"); null when it is not a real date. */
export function parseIsoDate(text: string): { y: number; m: number; d: number } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const dt = new Date(Date.UTC(y, mo - 1, d));
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== mo - 1 || dt.getUTCDate() !== d) return null;
  return { y, m: mo, d };
}

/** A day as YYYY-MM-DD in the machine's own time zone (the default "as of": today where the user is). */
export function isoDay(d: Date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** The same day a year before (29 February: the 28th): last year's review day for a comparison. */
export function yearBefore(asOf: string): string {
  const d = parseIsoDate(asOf);
  if (!d) throw new Error(`"${asOf}" is not a date (YYYY-MM-DD)`);
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.y - 1}-${p(d.m)}-${p(d.m === 2 && d.d === 29 ? 28 : d.d)}`;
}

/** The fiscal year of a day: 2024-03-31 is in 年度 2023. */
export function fiscalYearOf(day: { y: number; m: number }): number {
  return day.m >= 4 ? day.y : day.y - 1;
}

/** The review context derived from the "as of" day. */
export interface ReviewYear {
  asOf: string;
  fiscalYear: number;
  /** True when the review year itself is over (as of on or after March 31 of F+1). */
  fiscalYearClosed: boolean;
}

export function reviewYear(asOf: string): ReviewYear {
  const day = parseIsoDate(asOf);
  if (!day) throw new Error(`"${asOf}" is not a date (YYYY-MM-DD)`);
  const f = fiscalYearOf(day);
  const closed = day.y > f + 1 || (day.y === f + 1 && day.m === 3 && day.d >= 31);
  return { asOf, fiscalYear: f, fiscalYearClosed: closed };
}

/** A year is closed when it is before F, or F itself once its year-end has come. */
export function isClosed(year: number, review: ReviewYear): boolean {
  return year < review.fiscalYear || (year === review.fiscalYear && review.fiscalYearClosed);
}

export function formatJapaneseFiscalYear(year: number): string {
  if (year >= 2019) return year === 2019 ? "令和元年度" : `令和${year - 2018}年度`;
  if (year >= 1989) return year === 1989 ? "平成元年度" : `平成${year - 1988}年度`;
  return `${year}年度`;
}

/**
 * A year header: its fiscal year; `bare` when it is a two-digit year whose era the sheet must
 * settle; `relative` when it counts from the sheet's own year (前年度 −1, 今年度 0, 次年度 +1).
 */
export interface YearHeader {
  year: number | null;
  bare?: number;
  relative?: number;
  /** Words after the year ("実績", "計画") when written in the same cell (H25実績). */
  rest: string;
}

const YEAR_TOKEN =
  /^(?:(H|平成|R|令和)(\d{1,2}|元)|(\d{4})|(\d{1,2}))(?:年度|年)?(?:\((?:\d{4}|[HR]\d{1,2})(?:年度|年)?\))?(.*)$/;

// Year rows repeat the same few headers on every card: read each text once (readers never mutate).
const yearHeaders = sheetCache<string, YearHeader | null>();

/** Reads a header cell as a fiscal year, or null when it is not one. */
export function parseYearHeader(text: string): YearHeader | null {
  const hit = yearHeaders.get(text);
  if (hit !== undefined) return hit;
  const year = readYearHeader(text);
  if (yearHeaders.size < 20000) yearHeaders.set(text, year);
  return year;
}

// Words a year header may carry after its year (H25実績, 今年度計画): anything else (予算額) is no year column.
const YEAR_REST =
  /^(?:実績|計画|予定|進捗|進捗状況|進捗度|実施状況|実施結果|結果|取組状況|評価|評価結果|達成度|達成状況|目標|目標値|見込み?|取組計画|取組実績|事業計画|実施計画)$/;

const RELATIVE: Record<string, number> = {
  前年度: -1,
  昨年度: -1,
  前々年度: -2,
  今年度: 0,
  本年度: 0,
  当年度: 0,
  次年度: 1,
  来年度: 1,
  翌年度: 1,
};
const RELATIVE_TOKEN = /^(前々年度|前年度|昨年度|今年度|本年度|当年度|次年度|来年度|翌年度)(.*)$/;

function readYearHeader(text: string): YearHeader | null {
  const s = squash(text).toUpperCase();
  const rel = RELATIVE_TOKEN.exec(s);
  if (rel) return YEAR_REST.test(rel[2]) ? { year: null, relative: RELATIVE[rel[1]], rest: rel[2] } : null;
  const m = YEAR_TOKEN.exec(s);
  if (!m) return null;
  const rest = m[5] ?? "";
  if (rest && !YEAR_REST.test(rest)) return null;
  if (m[1]) {
    const era: Era = m[1] === "H" || m[1] === "平成" ? "heisei" : "reiwa";
    const n = m[2] === "元" ? 1 : Number(m[2]);
    if (n < 1 || n > ERA_MAX[era]) return null;
    return { year: ERA_BASE[era] + n, rest };
  }
  if (m[3]) {
    const y = Number(m[3]);
    if (y < 1989 || y > 2100) return null;
    return { year: y, rest };
  }
  // Bare number: only with 年度 written ("24年度"), never a plain "24".
  if (!/年/.test(s)) return null;
  const n = Number(m[4]);
  if (n < 1) return null;
  return { year: null, bare: n, rest };
}

/** Which era the sheet's own text names (title rows, headers), or null when it does not settle it. */
export function eraOfText(texts: Iterable<string>): Era | null {
  let heisei = false;
  let reiwa = false;
  // Card sheets repeat their year headers on every card: each distinct text once.
  for (const t of new Set(texts)) {
    const s = squash(t);
    if (/平成\d|平成元|(?:^|[^A-Z])H\d{1,2}(?:年|$|[^0-9])/.test(s)) heisei = true;
    if (/令和\d|令和元|(?:^|[^A-Z])R\d{1,2}(?:年|$|[^0-9])/.test(s)) reiwa = true;
  }
  if (heisei === reiwa) return null;
  return heisei ? "heisei" : "reiwa";
}

export function resolveBareYear(n: number, era: Era): number | null {
  if (n < 1 || n > ERA_MAX[era]) return null;
  return ERA_BASE[era] + n;
}

/** Without an era on the sheet: the reading closest to the review year. */
export function guessBareYear(n: number, review: number): number {
  const candidates = (["heisei", "reiwa"] as Era[])
    .map((e) => resolveBareYear(n, e))
    .filter((y): y is number => y !== null);
  if (candidates.length === 0) return 2018 + n;
  return candidates.reduce((a, b) => (Math.abs(b - review) < Math.abs(a - review) ? b : a));
}

/** How a sheet settles the years of its headers: the era it names, its own year, the review year. */
export interface YearContext {
  era: Era | null;
  /** The year the sheet's title or name gives, else the review year. */
  sheetYear: number;
  review: number;
}

/** The fiscal year of a year header on a sheet. */
export function resolveYearHeader(y: YearHeader, ctx: YearContext): number | undefined {
  if (y.year !== null) return y.year;
  if (y.relative !== undefined) return ctx.sheetYear + y.relative;
  if (y.bare === undefined) return undefined;
  return ctx.era ? (resolveBareYear(y.bare, ctx.era) ?? undefined) : guessBareYear(y.bare, ctx.review);
}

const TITLE_YEAR = /(平成|令和|H|R)\s*(\d{1,2}|元)\s*(?:年度?|(?=[^\d./]|$))|(\d{4})\s*年度/gu;

/**
 * The one fiscal year a sheet's titles or its name give (平成25年度…実施結果, H25実施結果), from
 * the first text that names exactly one; null when none does. A plan period (平成22年度～平成27年度)
 * names two, so no single year.
 */
export function yearOfTitles(texts: string[]): number | null {
  for (const text of texts) {
    const s = text.normalize("NFKC").toUpperCase();
    const years = new Set<number>();
    for (const m of s.matchAll(TITLE_YEAR)) {
      if (m[3]) years.add(Number(m[3]));
      else {
        const n = m[2] === "元" ? 1 : Number(m[2]);
        const era: Era = m[1] === "H" || m[1] === "平成" ? "heisei" : "reiwa";
        const y = resolveBareYear(n, era);
        if (y !== null) years.add(y);
      }
    }
    if (years.size === 1) return [...years][0];
  }
  return null;
}
